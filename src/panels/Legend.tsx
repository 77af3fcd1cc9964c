// The legend: what each node colour and shape, each line colour and style, and each highlight on the canvas means.
import { useOpenDataset } from '../state/store';
import { PanelSection } from './PanelSection';
import { RelationSwatch, TypeSwatch } from './TypeSwatch';
import { EditTypes } from './vocabulary/EditTypes';
import './browse.css';

export function Legend() {
  const { index } = useOpenDataset();

  const { vocabulary } = index;
  // Only what this dataset uses, in its vocabulary's order: a legend entry for something never drawn is noise.
  const nodeTypes = vocabulary.nodeTypes.filter((t) => (index.nodeCountByType.get(t.id) ?? 0) > 0);
  const usedTypes = vocabulary.relationTypes.filter((t) => (index.edgeCountByType.get(t.id) ?? 0) > 0);
  const families = vocabulary.families.filter((f) => usedTypes.some((t) => t.family === f.id));
  // A type drawn unlike its family (its own colour or line) gets its own entry, so its lines are explained too.
  const drawnAsFamily = (t: (typeof usedTypes)[number]) => {
    const own = t.style;
    const family = vocabulary.family(t.family).style;
    return own.colour === family.colour && own.line === family.line;
  };
  const ownLook = usedTypes.filter((t) => !drawnAsFamily(t));
  const hasFlows = index.dataset.flows.length > 0;

  return (
    <PanelSection id="legend" title="Legend" className="legend">
      <EditTypes />
      <h3 className="legend-subheading">Entities</h3>
      {/* A new case has nothing drawn yet: the headings say so rather than standing over nothing. */}
      {nodeTypes.length === 0 && (
        <p className="details-muted">None yet: a type shows here once an entity has it.</p>
      )}
      <ul className="legend-list">
        {nodeTypes.map((t) => (
          <li key={t.id}>
            <TypeSwatch type={t.id} size={16} /> {t.label}
          </li>
        ))}
      </ul>
      <h3 className="legend-subheading">Relations (arrow: from → to)</h3>
      {usedTypes.length === 0 && (
        <p className="details-muted">None yet: a relation type shows here once a relation has it.</p>
      )}
      <ul className="legend-list">
        {families.map((f) => {
          const types = usedTypes.filter((t) => t.family === f.id && drawnAsFamily(t));
          if (types.length === 0) return null;
          return (
            <li key={f.id}>
              <RelationSwatch family={f.id} /> <span>{f.label}</span>
              {/* Every relation type drawn this way that the dataset uses, so no line on the canvas is unexplained. */}
              <span className="legend-types">
                {': '}
                {types.map((t) => t.label).join(', ')}
              </span>
            </li>
          );
        })}
        {ownLook.map((t) => (
          <li key={`type:${t.id}`}>
            <RelationSwatch type={t.id} /> <span>{t.label}</span>
          </li>
        ))}
      </ul>
      <h3 className="legend-subheading">Highlights</h3>
      <ul className="legend-list legend-notes">
        <li>
          <span className="legend-mark legend-mark-selected" aria-hidden="true" /> Thick dark outline: the
          selection
        </li>
        <li>
          <span className="legend-mark legend-mark-faded" aria-hidden="true" /> Faded: not connected to the
          selection
        </li>
        {hasFlows && (
          <li>
            <span className="legend-mark legend-mark-handoff" aria-hidden="true">
              1
            </span>{' '}
            Numbered blue arrows: information passing from one party to another (passes intelligence to,
            reports to, hands over), in the order the traced story tells it
          </li>
        )}
        <li>
          <span className="legend-mark legend-mark-path" aria-hidden="true" /> Thick violet: the path between
          two chosen entities
        </li>
      </ul>
    </PanelSection>
  );
}
