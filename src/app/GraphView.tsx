// The graph view: the canvas fed from the store (elements per dataset, classes per view), its layout switch and counts.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { GraphCanvas, type LayoutCommand } from '../graph-view/GraphCanvas';
import { buildElements } from '../graph-view/elements';
import { loadedStoryCanvas, loadStoryCanvas } from '../graph-view/story-canvas-loader';
// The stage the canvases lie in is laid out there: needed from the first paint, while the story's code waits.
import '../graph-view/story-canvas.css';
import { LAYOUT_LABELS } from '../graph-view/layouts';
import type { CanvasView } from '../graph-view/view-classes';
import { handOffNumbers } from '../model/flow';
import { LAYOUT_NAMES, type LayoutName, type MovedNodes, type Selection } from '../state/app-state';
import { useAppState, useDerivedView, useDispatch, useOpenDataset } from '../state/store';

export function GraphView({ onSelect, headless }: { onSelect: (s: Selection) => void; headless: boolean }) {
  const { dataset, index } = useOpenDataset();
  const trace = useAppState((s) => s.trace);
  const layoutName = useAppState((s) => s.layout);
  const layoutSeq = useAppState((s) => s.layoutSeq);
  const selection = useAppState((s) => s.selection);
  const focus = useAppState((s) => s.focus);
  const moved = useAppState((s) => s.moved);
  const visible = useDerivedView((d) => d.visible);
  const highlighted = useDerivedView((d) => d.highlighted);
  const derivedTrace = useDerivedView((d) => d.trace);
  const path = useDerivedView((d) => d.path);
  const dispatch = useDispatch();

  // The flow the tracer shows (or the dataset's first) numbers the hand-offs and is the story the story view draws.
  const flow = (trace && index.flowById.get(trace.flowId)) ?? dataset.flows[0];
  const numbers = useMemo(
    () => (flow ? handOffNumbers(flow, index) : new Map<string, number[]>()),
    [flow, index],
  );
  const elements = useMemo(() => buildElements(dataset, numbers), [dataset, numbers]);

  const layout: LayoutCommand = useMemo(
    () => ({
      name: layoutName,
      // Bumped by "Re-run layout" and back to 0 when a dataset opens, so its saved positions are used.
      seq: layoutSeq,
      savedPositions: dataset.positions,
      moved,
    }),
    [layoutName, layoutSeq, dataset.positions, moved],
  );
  // Drags are kept for the overview, the layout a dataset opens at; the others are computed afresh each time.
  const keepDragged = useCallback(
    (positions: MovedNodes) => dispatch({ type: 'moveNodes', positions }),
    [dispatch],
  );

  const view: CanvasView = useMemo(
    () => ({
      visible,
      selectedId: selection?.id ?? null,
      neighbourhood: highlighted,
      trace: derivedTrace && {
        current: { nodeIds: derivedTrace.state.currentNodeIds, edgeIds: derivedTrace.state.currentEdgeIds },
        earlier: { nodeIds: derivedTrace.state.earlierNodeIds, edgeIds: derivedTrace.state.earlierEdgeIds },
        later: { nodeIds: derivedTrace.state.laterNodeIds, edgeIds: derivedTrace.state.laterEdgeIds },
      },
      path: path?.found ? path.ids : null,
    }),
    [visible, highlighted, derivedTrace, path, selection],
  );

  const storyRest = useAppState((s) => s.storyRest);
  const storyFlow = derivedTrace?.flow ?? (layoutName === 'flow' ? flow : undefined);
  // The story view's code loads the first time it is shown (a setter of a component takes a function).
  const [StoryCanvas, setStoryCanvas] = useState(loadedStoryCanvas);
  useEffect(() => {
    if (StoryCanvas || !storyFlow) return;
    let live = true;
    loadStoryCanvas().then(
      (component) => live && setStoryCanvas(() => component),
      // Not loaded (the site unreachable): the graph stays as it is, and the next trace tries again.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [StoryCanvas, storyFlow]);
  const storyView = useMemo(
    () => ({
      step: derivedTrace?.state.index ?? null,
      selectedId: selection?.id ?? null,
      showRest: storyRest,
    }),
    [derivedTrace, selection, storyRest],
  );

  const shownNodes = visible.nodeIds.size;
  const shownEdges = visible.edgeIds.size;
  const totalNodes = dataset.nodes.length;
  const totalEdges = dataset.edges.length;
  const description =
    `Graph of ${dataset.title}: ${shownNodes} of ${totalNodes} entities and ${shownEdges} of ${totalEdges} ` +
    'relations shown. The Entities list gives the same information as text.';

  const chooseLayout = (name: LayoutName) => dispatch({ type: 'setLayout', layout: name });

  return (
    <div className="graph-view">
      <div className="graph-toolbar">
        <label>
          Layout{' '}
          <select value={layoutName} onChange={(e) => chooseLayout(e.target.value as LayoutName)}>
            {LAYOUT_NAMES.map((name) => (
              <option key={name} value={name}>
                {LAYOUT_LABELS[name]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => dispatch({ type: 'rerunLayout' })}>
          Re-run layout
        </button>
        <button
          type="button"
          title="Back to how this dataset opens: no selection, filters or trace, its own layout and positions"
          onClick={() => dispatch({ type: 'resetView' })}
        >
          Reset view
        </button>
        <p className="counts" role="status" aria-live="polite">
          Showing {shownNodes} of {totalNodes} entities, {shownEdges} of {totalEdges} relations
        </p>
      </div>
      {totalNodes === 0 ? (
        // A new case has nothing drawn yet: say how it gets its first entity.
        <p className="canvas-empty" role="status">
          No entities yet. Select words in the text to add one, or ask for suggestions.
        </p>
      ) : (
        shownNodes === 0 && (
          // An empty canvas would look broken: say why it is empty and how to get the graph back.
          <p className="canvas-empty">
            Nothing matches these filters{focus ? ' and this focus' : ''}. Untick some, or use Reset filters
            in the Filters panel.
          </p>
        )
      )}
      {layoutName === 'flow' && !storyFlow && shownNodes > 0 && (
        // The story layout of a dataset without flows would silently be the overview: say why.
        <p className="canvas-empty story-none">
          No flow to draw as a story yet: New flow in the tracer builds one. The graph is shown instead.
        </p>
      )}
      {/* A trace, or the "Case study story" layout, shows the story view over the overview, which keeps its
          layout and camera underneath for when the story closes. */}
      <div className="graph-stage">
        {/* Under the story the graph is out of reach (inert): one canvas, one set of zoom buttons, at a time. */}
        <div
          className="graph-under"
          inert={storyFlow !== undefined}
          aria-hidden={storyFlow !== undefined ? true : undefined}
        >
          <GraphCanvas
            elements={elements}
            view={view}
            layout={layout}
            onSelect={onSelect}
            onNodesMoved={layoutName === 'overview' ? keepDragged : undefined}
            description={description}
            headless={headless}
          />
        </div>
        {storyFlow && StoryCanvas && (
          <StoryCanvas
            flow={storyFlow}
            dataset={dataset}
            index={index}
            view={storyView}
            onSelect={onSelect}
            headless={headless}
          />
        )}
      </div>
    </div>
  );
}
