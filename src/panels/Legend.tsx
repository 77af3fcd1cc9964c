// The legend: what each node colour and shape, each line colour and style, and each highlight on the canvas means.
import {
  NODE_TYPE_INFO,
  NODE_TYPES,
  RELATION_FAMILIES,
  RELATION_FAMILY,
  RELATION_FAMILY_INFO,
  RELATION_TYPE_INFO,
  RELATION_TYPES,
} from '../model/vocabulary';
import { useOpenDataset } from '../state/store';
import { PanelSection } from './PanelSection';
import { RelationSwatch, TypeSwatch } from './TypeSwatch';
import './browse.css';

export function Legend() {
  const { index } = useOpenDataset();

  // Only what this dataset uses: a legend entry for something never drawn is noise.
  const nodeTypes = NODE_TYPES.filter((t) => (index.nodeCountByType.get(t) ?? 0) > 0);
  const usedTypes = RELATION_TYPES.filter((t) => (index.edgeCountByType.get(t) ?? 0) > 0);
  const usedFamilies = new Set(usedTypes.map((t) => RELATION_FAMILY[t]));
  const families = RELATION_FAMILIES.filter((f) => usedFamilies.has(f));
  const hasFlows = index.dataset.flows.length > 0;

  return (
    <PanelSection id="legend" title="Legend" className="legend">
      <h3 className="legend-subheading">Entities</h3>
      <ul className="legend-list">
        {nodeTypes.map((t) => (
          <li key={t}>
            <TypeSwatch type={t} size={16} /> {NODE_TYPE_INFO[t].label}
          </li>
        ))}
      </ul>
      <h3 className="legend-subheading">Relations (arrow: from → to)</h3>
      <ul className="legend-list">
        {families.map((f) => (
          <li key={f}>
            <RelationSwatch family={f} /> <span>{RELATION_FAMILY_INFO[f].label}</span>
            {/* Every relation type drawn this way that the dataset uses, so no line on the canvas is unexplained. */}
            <span className="legend-types">
              {': '}
              {usedTypes
                .filter((t) => RELATION_FAMILY[t] === f)
                .map((t) => RELATION_TYPE_INFO[t].label)
                .join(', ')}
            </span>
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
