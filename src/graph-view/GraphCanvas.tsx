// The graph canvas: Cytoscape (through react-cytoscapejs) and the controllers that keep it in step with the store,
// one concern each, in the order their effects run.
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import CytoscapeComponent from 'react-cytoscapejs';
import type { Core, ElementDefinition } from 'cytoscape';
import type { Selection } from '../state/app-state';
import { buildStylesheet } from './stylesheet';
import { keepPlacedPositions } from './elements';
import type { CanvasView } from './view-classes';
import { coveredInsets } from './camera';
import { levelOfDetail } from './level-of-detail';
import { MotionSnapshotController } from './controllers/MotionSnapshotController';
import { ZoomButtons } from './ZoomButtons';
import { SelectOnTapController } from './controllers/SelectOnTapController';
import { LayoutController, type LayoutCommand } from './controllers/LayoutController';
import type { AtScaleRun } from './layouts';
import { LayoutProgress } from './LayoutProgress';
import { ViewClassesController } from './controllers/ViewClassesController';
import { FollowSelectionController } from './controllers/FollowSelectionController';
import { FramePathController } from './controllers/FramePathController';
import { FrameVisibleController } from './controllers/FrameVisibleController';
import { ResizeController } from './controllers/ResizeController';
import { LabelController } from './controllers/LabelController';
import { CanvasKeyboardController } from './controllers/CanvasKeyboardController';
import { KeepDraggedController } from './controllers/KeepDraggedController';
import type { MovedNodes } from '../state/app-state';
import { CANVAS_TOOLTIP_ID, CanvasTooltip } from './CanvasTooltip';

/** The description of the canvas's keys, read after its name. */
const CANVAS_KEYS_ID = 'canvas-keys';
import { useCanvasHandle } from './canvas-handle';

export type { LayoutCommand };

const STYLESHEET = buildStylesheet();
// react-cytoscapejs walks every element on each update (its default diff patches the elements whatever their
// identity): memoised, it updates only when its props change, not on every click that re-renders the canvas.
const Cytoscape = memo(CytoscapeComponent);

declare global {
  interface Window {
    /** The Cytoscape instance, in the browser tests' build only (see vite.config.ts). */
    __dossierCy?: Core;
  }
}

export interface GraphCanvasProps {
  elements: ElementDefinition[];
  view: CanvasView;
  layout: LayoutCommand;
  onSelect: (selection: Selection) => void;
  /** Nodes the user dragged, with where they were left; without it, drags are not kept. */
  onNodesMoved?: (positions: MovedNodes) => void;
  /** A summary read by screen readers in place of the picture. */
  description: string;
  /** Component tests run Cytoscape without a renderer: jsdom has no canvas. */
  headless?: boolean;
}

export function GraphCanvas({
  elements: given,
  view,
  layout,
  onSelect,
  onNodesMoved,
  description,
  headless = false,
}: GraphCanvasProps) {
  const [cy, setCy] = useState<Core | null>(null);
  const [atScale, setAtScale] = useState<AtScaleRun | null>(null);
  // An edit gives new elements: what is drawn stays where it is (keepPlacedPositions), new nodes come in place.
  const [drawn, setDrawn] = useState({ given, elements: given });
  let elements = drawn.elements;
  if (drawn.given !== given) {
    elements = keepPlacedPositions(drawn.elements, given);
    setDrawn({ given, elements });
  }
  const containerRef = useRef<HTMLDivElement | null>(null);
  const canvasHandle = useCanvasHandle();

  // react-cytoscapejs calls this on every update; state only changes with a new instance (STACK.md pitfall 2).
  const receiveCy = useCallback((instance: Core) => setCy(instance), []);
  // Registered once per instance, not on each of react-cytoscapejs's updates (which all hand it over again), so a
  // canvas drawn over this one (the story) keeps the registration while it is shown.
  useEffect(() => {
    if (!cy) return;
    if (__DOSSIER_TEST_HOOKS__) window.__dossierCy = cy;
    // The Export menu draws its PNG and SVG from this instance (canvas-handle.ts).
    canvasHandle.attach(cy);
  }, [cy, canvasHandle]);
  const insets = useCallback(() => coveredInsets(containerRef.current), []);
  // Read once, when Cytoscape starts: the canvas is made anew for each dataset (App.tsx keys it).
  const detail = useMemo(() => {
    const nodes = elements.filter((e) => e.group === 'nodes').length;
    return { ...levelOfDetail(nodes, elements.length - nodes), nodes };
  }, [elements]);
  const shownView = useMemo(
    () => (detail.fadeOnSelect ? view : { ...view, fadeUnrelated: false }),
    [view, detail],
  );

  return (
    <div className="graph-canvas">
      <ZoomButtons cy={cy} />
      {atScale && <LayoutProgress run={atScale} entities={detail.nodes} />}
      {/* An application: the arrow keys are the canvas's own while it has the keyboard (the tracer leaves them). */}
      <div
        ref={containerRef}
        className="cy-host"
        role="application"
        aria-roledescription="graph"
        aria-label={description}
        aria-describedby={`${CANVAS_KEYS_ID} ${CANVAS_TOOLTIP_ID}`}
        tabIndex={0}
      >
        <Cytoscape
          elements={elements}
          stylesheet={STYLESHEET}
          cy={receiveCy}
          headless={headless}
          className="cy-container"
          minZoom={0.1}
          maxZoom={4}
          boxSelectionEnabled={false}
          autounselectify
        />
      </div>
      <p id={CANVAS_KEYS_ID} className="visually-hidden">
        Arrow keys move the selection to the nearest entity in that direction; Enter opens its details; Escape
        clears the selection.
      </p>
      {cy && <CanvasTooltip cy={cy} host={containerRef} selectedId={view.selectedId} />}
      {cy && (
        // Effects run in this order: the layout starts, the classes go on, then the camera follows the view.
        <>
          <SelectOnTapController cy={cy} onSelect={onSelect} />
          {onNodesMoved && <KeepDraggedController cy={cy} onMoved={onNodesMoved} />}
          <LayoutController
            cy={cy}
            elements={elements}
            layout={layout}
            view={view}
            insets={insets}
            headless={headless}
            onAtScale={setAtScale}
          />
          <ViewClassesController cy={cy} elements={elements} view={shownView} />
          <FollowSelectionController cy={cy} view={view} insets={insets} headless={headless} />
          <FramePathController cy={cy} path={view.path} insets={insets} headless={headless} />
          <FrameVisibleController
            cy={cy}
            visible={view.visible}
            elements={elements}
            tracing={view.trace !== null}
            insets={insets}
            headless={headless}
          />
          <ResizeController cy={cy} container={containerRef} />
          {detail.placeLabels && <LabelController cy={cy} headless={headless} />}
          {detail.snapshotOnMotion && <MotionSnapshotController cy={cy} headless={headless} />}
          <CanvasKeyboardController
            cy={cy}
            host={containerRef}
            selectedId={view.selectedId}
            onSelect={onSelect}
          />
        </>
      )}
    </div>
  );
}
