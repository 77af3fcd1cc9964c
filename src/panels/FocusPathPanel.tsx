// Focus (show only a node's neighbourhood, to a depth) and Path (the shortest chain between two nodes, in words).
import { useId, useRef, useState, type ReactNode } from 'react';
import { useAppState, useDerivedView, useDispatch, useOpenDataset } from '../state/store';
import { countOf } from './describe';
import { NodePicker } from './NodePicker';
import { PanelSection } from './PanelSection';
import { useMoveKeyboardAfterRender } from './use-move-keyboard-after-render';
import './trace.css';

const DEPTHS = [1, 2, 3];

export function FocusPathPanel() {
  const { index } = useOpenDataset();
  const selection = useAppState((s) => s.selection);
  const focus = useAppState((s) => s.focus);
  const path = useAppState((s) => s.path);
  const filters = useAppState((s) => s.filters);
  const visible = useDerivedView((d) => d.visible);
  const dispatch = useDispatch();
  const focusHeadingId = useId();
  const pathHeadingId = useId();
  const depthId = useId();
  const pathNoteId = useId();
  // The pickers are where the keyboard goes back to when a button that set or cleared their value goes away.
  const focusPickerRef = useRef<HTMLSelectElement>(null);
  const endPickerRefs = { from: useRef<HTMLSelectElement>(null), to: useRef<HTMLSelectElement>(null) };
  const moveKeyboardAfterRender = useMoveKeyboardAfterRender();

  const labelOf = (id: string | null): string => (id ? (index.nodeById.get(id)?.label ?? id) : '');
  const selectedNodeId = selection?.kind === 'node' ? selection.id : null;

  // The depth chosen before any focus is on; once focused, the focus carries its own depth.
  const [chosenDepth, setChosenDepth] = useState(1);
  const depth = focus?.depth ?? chosenDepth;
  // A deep link may ask for more than the menu offers (the URL allows up to 5): keep it choosable.
  const depthOptions = DEPTHS.includes(depth) ? DEPTHS : [...DEPTHS, depth].sort((a, b) => a - b);

  const focusOn = (nodeId: string | null) =>
    dispatch({ type: 'setFocus', focus: nodeId ? { nodeId, depth } : null });
  const changeDepth = (next: number) => {
    setChosenDepth(next);
    if (focus) dispatch({ type: 'setFocus', focus: { nodeId: focus.nodeId, depth: next } });
  };

  const filtersOn =
    filters.threatAreas.length > 0 || filters.nodeTypes.length > 0 || filters.relationTypes.length > 0;
  const filteredOut = (id: string) => !visible.nodeIds.has(id);

  const { from, to } = path;
  const setEnd = (end: 'from' | 'to', nodeId: string | null) => dispatch({ type: 'setPathEnd', end, nodeId });
  const swap = () => {
    setEnd('from', to);
    setEnd('to', from);
  };
  const clearPath = () => {
    setEnd('from', null);
    setEnd('to', null);
    // Clear path disables itself; the From picker, now empty, is where a new path starts.
    moveKeyboardAfterRender(() => endPickerRefs.from.current);
  };

  const shownEntities = visible.nodeIds.size;
  const selectedEdgeId = selection?.kind === 'edge' ? selection.id : null;

  return (
    <PanelSection
      id="focusPath"
      title="Focus and path"
      badge={focusPathBadge(focus !== null, from !== null && to !== null)}
      className="focus-path"
    >
      <div className="focus-part" role="group" aria-labelledby={focusHeadingId}>
        <h3 id={focusHeadingId}>Focus</h3>
        <NodePicker
          ref={focusPickerRef}
          label="Focus on"
          value={focus?.nodeId ?? null}
          onChange={focusOn}
          placeholder="Everything (no focus)"
        />
        <div className="depth-picker">
          <label htmlFor={depthId}>Depth</label>
          <select id={depthId} value={depth} onChange={(e) => changeDepth(Number(e.target.value))}>
            {depthOptions.map((d) => (
              <option key={d} value={d}>
                {d} {d === 1 ? 'hop' : 'hops'}
              </option>
            ))}
          </select>
        </div>
        <div className="button-row">
          {/* Both buttons go away once pressed; the picker, which then names the focus (or none), takes the keyboard. */}
          {selectedNodeId && selectedNodeId !== focus?.nodeId && (
            <button
              type="button"
              onClick={() => {
                focusOn(selectedNodeId);
                moveKeyboardAfterRender(() => focusPickerRef.current);
              }}
            >
              Focus on {labelOf(selectedNodeId)}
            </button>
          )}
          {focus && (
            <button
              type="button"
              onClick={() => {
                focusOn(null);
                moveKeyboardAfterRender(() => focusPickerRef.current);
              }}
            >
              Clear focus
            </button>
          )}
        </div>
        {focus && (
          <p className="focus-summary">
            {shownEntities === 0 && filtersOn
              ? `${labelOf(focus.nodeId)} is hidden by the current filters, so the focus shows nothing.`
              : `Showing the neighbourhood of ${labelOf(focus.nodeId)} to depth ${focus.depth} ` +
                `(${shownEntities} ${shownEntities === 1 ? 'entity' : 'entities'}).`}
          </p>
        )}
      </div>

      <div className="path-part" role="group" aria-labelledby={pathHeadingId}>
        <h3 id={pathHeadingId}>Path</h3>
        {(['from', 'to'] as const).map((end) => {
          const name = end === 'from' ? 'From' : 'To';
          return (
            <div className="path-end" key={end}>
              <NodePicker
                ref={endPickerRefs[end]}
                label={name}
                value={path[end]}
                onChange={(nodeId) => setEnd(end, nodeId)}
                describedBy={filtersOn || focus ? pathNoteId : undefined}
              />
              <button
                type="button"
                disabled={!selectedNodeId || selectedNodeId === path[end]}
                onClick={() => {
                  setEnd(end, selectedNodeId);
                  // The button disables itself; the picker beside it now names the node.
                  moveKeyboardAfterRender(() => endPickerRefs[end].current);
                }}
              >
                Use selected <span className="visually-hidden">as {name}</span>
              </button>
            </div>
          );
        })}
        <div className="button-row">
          <button type="button" onClick={swap} disabled={!from && !to}>
            Swap
          </button>
          <button type="button" onClick={clearPath} disabled={!from && !to}>
            Clear path
          </button>
        </div>
        {(filtersOn || focus) && (
          <p className="path-note" id={pathNoteId}>
            The path only uses what is shown: it stays inside{' '}
            {filtersOn && focus
              ? 'the current filters and the focus'
              : filtersOn
                ? 'the current filters'
                : 'the focus'}
            .
          </p>
        )}
        <PathResult
          from={from}
          to={to}
          labelOf={labelOf}
          restricted={filtersOn || focus !== null}
          hiddenEnd={[from, to].find((id): id is string => id !== null && filteredOut(id)) ?? null}
          selectedEdgeId={selectedEdgeId}
          onSelectEdge={(id) => dispatch({ type: 'select', selection: { kind: 'edge', id } })}
        />
      </div>
    </PanelSection>
  );
}

/** What the closed section's heading says is on: a focus hides most of the graph, so it must not go unseen. */
function focusPathBadge(focused: boolean, pathShown: boolean): string | undefined {
  if (focused && pathShown) return 'focus and path on';
  if (focused) return 'focus on';
  if (pathShown) return 'path on';
  return undefined;
}

interface PathResultProps {
  from: string | null;
  to: string | null;
  labelOf: (id: string | null) => string;
  /** Filters or focus are on, so a missing path may be theirs. */
  restricted: boolean;
  /** An end the filters or focus hide, if any. */
  hiddenEnd: string | null;
  selectedEdgeId: string | null;
  onSelectEdge: (edgeId: string) => void;
}

function PathResult({
  from,
  to,
  labelOf,
  restricted,
  hiddenEnd,
  selectedEdgeId,
  onSelectEdge,
}: PathResultProps) {
  const path = useDerivedView((d) => d.path);
  const hops = from && to && path?.found ? path.hops : [];
  let outcome: ReactNode;
  if (!from || !to) {
    outcome = (
      <p className="path-hint">
        Choose where the path starts and ends to see the shortest chain between them.
      </p>
    );
  } else if (!path?.found) {
    outcome = (
      <p className="path-none">
        No path between {labelOf(from)} and {labelOf(to)}
        {restricted ? ' with the current filters' : ''}.{hiddenEnd && ` ${labelOf(hiddenEnd)} is not shown.`}
      </p>
    );
  } else if (hops.length === 0) {
    outcome = (
      <p className="path-none">The path starts and ends at {labelOf(from)}: choose two different nodes.</p>
    );
  } else {
    outcome = (
      <p className="path-summary">
        From {labelOf(from)} to {labelOf(to)} in {countOf(hops.length, 'relation')}:
      </p>
    );
  }
  return (
    <>
      {/* The outcome appears below the pickers the user is working in, so it is also said. Always in the DOM:
          a live region that appears together with its text is often not read. */}
      <div role="status" aria-live="polite" aria-atomic="true">
        {outcome}
      </div>
      {hops.length > 0 && (
        <div className="path-result">
          <ol className="path-hops" aria-label={`Path from ${labelOf(from)} to ${labelOf(to)}`}>
            {hops.map((hop, i) => (
              <li key={`${hop.edge.id}-${i}`}>
                <button
                  type="button"
                  className="path-hop"
                  aria-current={hop.edge.id === selectedEdgeId ? 'true' : undefined}
                  onClick={() => onSelectEdge(hop.edge.id)}
                >
                  <span className="hop-arrow" aria-hidden="true">
                    {hop.reversed ? '←' : '→'}
                  </span>
                  <span className="hop-text">{hop.text}</span>
                  {hop.reversed && (
                    <span className="visually-hidden">
                      {' '}
                      (walked backwards, from {hop.from.label} to {hop.to.label})
                    </span>
                  )}
                </button>
              </li>
            ))}
          </ol>
          <p className="path-legend" aria-hidden="true">
            → follows the relation; ← walks it backwards.
          </p>
        </div>
      )}
    </>
  );
}
