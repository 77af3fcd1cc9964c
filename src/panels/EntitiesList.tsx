// The Entities list: the graph's nodes as a sortable table, filtered exactly as the canvas is; the canvas's text twin.
import { memo, useCallback, useEffect, useMemo, useRef, useState, type Ref } from 'react';
import { normaliseForSearch } from '../model/graph-index';
import { sortNodes, type NodeSortKey, type SortDirection } from '../model/query';
import type { GraphNode } from '../model/schema';
import { useAppState, useDerivedView, useDispatch, useOpenDataset } from '../state/store';
import { countOf } from './describe';
import { TypeSwatch } from './TypeSwatch';
import './browse.css';

/** What a first click on a column asks for: names and types A to Z, but the most connected first. */
const FIRST_DIRECTION: Record<NodeSortKey, SortDirection> = { name: 'asc', type: 'asc', connections: 'desc' };

export function EntitiesList() {
  const { dataset, index } = useOpenDataset();
  const selection = useAppState((s) => s.selection);
  const visible = useDerivedView((d) => d.visible);
  const dispatch = useDispatch();
  const [sort, setSort] = useState<{ key: NodeSortKey; direction: SortDirection }>({
    key: 'name',
    direction: 'asc',
  });
  const [nameFilter, setNameFilter] = useState('');

  const rows = useMemo(() => {
    const wanted = normaliseForSearch(nameFilter);
    const nodes = dataset.nodes.filter(
      (node) =>
        visible.nodeIds.has(node.id) &&
        (wanted === '' ||
          [node.label, ...node.aliases].some((text) => normaliseForSearch(text).includes(wanted))),
    );
    return sortNodes(nodes, sort.key, sort.direction, index);
  }, [dataset.nodes, visible.nodeIds, nameFilter, sort, index]);

  const selectedId = selection?.kind === 'node' ? selection.id : null;
  const selectedRow = useRef<HTMLTableRowElement | null>(null);
  // A selection made elsewhere (search, the details panel) brings its row into view.
  useEffect(() => {
    selectedRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedId]);

  // Stable, so a row whose entity, selection and text are unchanged is not rendered again (EntityRow is memoised).
  const select = useCallback(
    (id: string) => dispatch({ type: 'select', selection: { kind: 'node', id } }),
    [dispatch],
  );

  const sortBy = (key: NodeSortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, direction: s.direction === 'asc' ? 'desc' : 'asc' }
        : { key, direction: FIRST_DIRECTION[key] },
    );

  const ariaSort = (key: NodeSortKey) =>
    sort.key === key ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined;

  const { vocabulary } = index;
  const areaLabel = (id: string) => index.threatAreaById.get(id)?.label ?? id;
  const declaredAreas = dataset.threatAreas.map((a) => a.id);
  // A dataset with no facet values would fill the column with "None": it has no column.
  const hasFacet = declaredAreas.length > 0;
  // Four long names in a narrow column drown the row; "All threat areas" says the same in three words.
  const areasText = (areas: readonly string[]) =>
    areas.length === 0
      ? 'None'
      : declaredAreas.length > 1 && declaredAreas.every((a) => areas.includes(a))
        ? `All ${vocabulary.facet.plural.toLowerCase()}`
        : areas.map(areaLabel).join(', ');
  const hiddenCount = dataset.nodes.length - visible.nodeIds.size;
  // The table's caption counts the rows, but a caption is not announced as it changes: typing a name says how
  // many match. Silent without a name, as the filters panel already says what the filters show.
  const wanted = nameFilter.trim();
  const nameNews =
    wanted === ''
      ? ''
      : rows.length === 0
        ? `No entity matches “${wanted}” with the current filters.`
        : `${countOf(rows.length, 'entity', 'entities')} ${rows.length === 1 ? 'matches' : 'match'} “${wanted}”.`;

  return (
    <div className="entities-list">
      <div className="entities-toolbar">
        <label>
          Filter by name{' '}
          <input type="search" value={nameFilter} onChange={(e) => setNameFilter(e.target.value)} />
        </label>
        {/* Always in the DOM: a live region that appears together with its text is often not read. */}
        <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          {nameNews}
        </p>
        {hiddenCount > 0 && (
          <p className="entities-hidden-note">
            {hiddenCount} of {dataset.nodes.length} entities are hidden by the filters or focus.
          </p>
        )}
      </div>
      <div className="entities-scroll">
        <table>
          <caption>Entities ({rows.length} shown)</caption>
          <thead>
            <tr>
              <SortHeader column="name" label="Name" sort={ariaSort('name')} onSort={sortBy} />
              <SortHeader column="type" label="Type" sort={ariaSort('type')} onSort={sortBy} />
              {hasFacet && <th scope="col">{vocabulary.facet.plural}</th>}
              <SortHeader
                column="connections"
                label="Connections"
                sort={ariaSort('connections')}
                onSort={sortBy}
              />
            </tr>
          </thead>
          <tbody>
            {rows.map((node) => {
              const selected = node.id === selectedId;
              return (
                <EntityRow
                  key={node.id}
                  node={node}
                  selected={selected}
                  rowRef={selected ? selectedRow : undefined}
                  typeLabel={vocabulary.nodeType(node.type).label}
                  areas={hasFacet ? areasText(node.threatAreas) : null}
                  connections={index.degree(node.id)}
                  onSelect={select}
                />
              );
            })}
            {rows.length === 0 && (
              <tr>
                <td colSpan={4} className="entities-empty">
                  No entity matches{wanted !== '' ? ` “${wanted}”` : ''} with the current filters.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}

interface EntityRowProps {
  node: GraphNode;
  selected: boolean;
  rowRef: Ref<HTMLTableRowElement> | undefined;
  typeLabel: string;
  /** The threat areas' text, or null when the dataset has no facet column. */
  areas: string | null;
  connections: number;
  onSelect: (id: string) => void;
}

/**
 * One entity's row. Memoised: with thousands of entities a filter or a selection renders only the rows that come,
 * go or change, not the whole table again.
 */
const EntityRow = memo(function EntityRow({
  node,
  selected,
  rowRef,
  typeLabel,
  areas,
  connections,
  onSelect,
}: EntityRowProps) {
  return (
    <tr
      ref={rowRef}
      aria-current={selected ? 'true' : undefined}
      className={selected ? 'selected' : undefined}
    >
      <th scope="row">
        <button type="button" className="entity-name" onClick={() => onSelect(node.id)}>
          {node.label}
        </button>
      </th>
      <td>
        <span className="entity-type">
          <TypeSwatch type={node.type} /> {typeLabel}
        </span>
      </td>
      {areas !== null && <td>{areas}</td>}
      <td className="number">{connections}</td>
    </tr>
  );
});

/** A column header that sorts the list; aria-sort tells a screen reader which column orders it, and which way. */
function SortHeader({
  column,
  label,
  sort,
  onSort,
}: {
  column: NodeSortKey;
  label: string;
  sort: 'ascending' | 'descending' | undefined;
  onSort: (key: NodeSortKey) => void;
}) {
  return (
    <th scope="col" aria-sort={sort} className={column === 'connections' ? 'number' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span className="sort-arrow" aria-hidden="true">
          {sort === 'ascending' ? ' ▲' : sort === 'descending' ? ' ▼' : ' ↕'}
        </span>
      </button>
    </th>
  );
}
