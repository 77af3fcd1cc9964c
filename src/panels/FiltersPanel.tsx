// The filters: the facet (MI6's threat areas), entity types and relation types, each a group of checkboxes, and a
// reset, in the open dataset's vocabulary.
import { useId, useMemo, useRef, type ReactNode } from 'react';
import { NO_FILTERS, visibleElements, type Filters } from '../model/query';
import { useAppState, useDerivedView, useDispatch, useOpenDataset } from '../state/store';
import { PanelSection } from './PanelSection';
import { RelationSwatch, TypeSwatch } from './TypeSwatch';
import { useMoveKeyboardAfterRender } from './use-move-keyboard-after-render';
import './browse.css';

interface Option {
  value: string;
  label: string;
  count: number;
  swatch?: ReactNode;
}

interface FilterGroupProps {
  legend: string;
  axis: keyof Filters;
  options: Option[];
  /** The id of the line saying how ticking works, read when the group is entered. */
  hintId: string;
}

function FilterGroup({ legend, axis, options, hintId }: FilterGroupProps) {
  const filters = useAppState((s) => s.filters);
  const dispatch = useDispatch();
  const ticked: readonly string[] = filters[axis];
  if (options.length === 0) return null;
  return (
    <fieldset className="filter-group" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <ul>
        {options.map((option) => (
          <li key={option.value}>
            <label>
              <input
                type="checkbox"
                checked={ticked.includes(option.value)}
                onChange={() => dispatch({ type: 'toggleFilter', axis, value: option.value })}
              />
              {option.swatch}
              <span>
                {option.label} ({option.count})
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function withTicked(ids: readonly string[], ticked: readonly string[]): string[] {
  const known = new Set(ids);
  return [...ids, ...ticked.filter((t) => !known.has(t))];
}

export function FiltersPanel() {
  const { dataset, index } = useOpenDataset();
  const filters = useAppState((s) => s.filters);
  const view = useAppState((s) => s.view);
  const visible = useDerivedView((d) => d.visible);
  const dispatch = useDispatch();
  const hintId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  const moveKeyboardAfterRender = useMoveKeyboardAfterRender();

  // Shown in the heading even when the section is closed, so a filter left on is never forgotten.
  const activeCount = filters.threatAreas.length + filters.nodeTypes.length + filters.relationTypes.length;
  const filtered = activeCount > 0;

  // An area's count is what ticking it alone shows: its entities and the parties to its relations.
  const areaCounts = useMemo(
    () =>
      new Map(
        index.dataset.threatAreas.map((a) => [
          a.id,
          visibleElements(index, { ...NO_FILTERS, threatAreas: [a.id] }).nodeIds.size,
        ]),
      ),
    [index],
  );
  // A value named by a link but absent from the dataset still gets its box, so it can be unticked.
  const areaOptions: Option[] = [...index.nodesByThreatArea.keys()]
    .filter((id) => index.threatAreaById.has(id) || filters.threatAreas.includes(id))
    .map((id) => ({
      value: id,
      label: index.threatAreaById.get(id)?.label ?? id,
      count: areaCounts.get(id) ?? 0,
    }));
  const { vocabulary } = index;
  // The vocabulary's order, then any type a link ticks that the vocabulary lacks (so it can be unticked).
  const typeIds = withTicked(
    vocabulary.nodeTypes.map((t) => t.id),
    filters.nodeTypes,
  );
  const typeOptions: Option[] = typeIds
    .filter((t) => (index.nodeCountByType.get(t) ?? 0) > 0 || filters.nodeTypes.includes(t))
    .map((t) => ({
      value: t,
      label: vocabulary.nodeType(t).plural,
      count: index.nodeCountByType.get(t) ?? 0,
      swatch: <TypeSwatch type={t} />,
    }));
  const relationIds = withTicked(
    vocabulary.relationTypes.map((t) => t.id),
    filters.relationTypes,
  );
  const relationOptions: Option[] = relationIds
    .filter((t) => (index.edgeCountByType.get(t) ?? 0) > 0 || filters.relationTypes.includes(t))
    .map((t) => ({
      value: t,
      label: vocabulary.relationType(t).label,
      count: index.edgeCountByType.get(t) ?? 0,
      swatch: <RelationSwatch type={t} width={24} />,
    }));

  return (
    <PanelSection
      id="filters"
      title="Filters"
      badge={activeCount > 0 ? `${activeCount} on` : undefined}
      className="filters-panel"
      sectionRef={sectionRef}
    >
      {/* The graph toolbar announces these numbers; in the list view it is not there, so this line does. */}
      <p className="filter-counts" role={view === 'list' ? 'status' : undefined}>
        Showing {visible.nodeIds.size} of {dataset.nodes.length} entities and {visible.edgeIds.size} of{' '}
        {dataset.edges.length} relations
      </p>
      <p id={hintId} className="filter-hint">
        Tick to show only those. All shown when none is ticked. Numbers count the whole dataset.
      </p>
      <FilterGroup
        legend={vocabulary.facet.plural}
        axis="threatAreas"
        options={areaOptions}
        hintId={hintId}
      />
      <FilterGroup legend="Entity types" axis="nodeTypes" options={typeOptions} hintId={hintId} />
      <FilterGroup legend="Relation types" axis="relationTypes" options={relationOptions} hintId={hintId} />
      <button
        type="button"
        disabled={!filtered}
        onClick={() => {
          dispatch({ type: 'resetFilters' });
          // The button disables itself, which would drop the keyboard to the page: start again at the first box.
          moveKeyboardAfterRender(() =>
            sectionRef.current?.querySelector<HTMLInputElement>('input[type="checkbox"]'),
          );
        }}
      >
        Reset filters
      </button>
    </PanelSection>
  );
}
