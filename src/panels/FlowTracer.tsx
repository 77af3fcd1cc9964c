// The tracer: steps through a flow (the case study) one step at a time, by button, slider, step list, play or ←/→.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { sortedSteps } from '../model/flow';
import type { Flow } from '../model/schema';
import { useAppState, useDerivedView, useDispatch, useOpenDataset } from '../state/store';
import { FlowBuilder } from './flow-edit/FlowBuilder';
import { isTextEntry } from './keyboard';
import { PassageSource } from './Passage';
import { PanelSection } from './PanelSection';
import { useMoveKeyboardAfterRender } from './use-move-keyboard-after-render';
import './trace.css';

/** How long Play shows each step. */
export const PLAY_INTERVAL_MS = 2500;

/** Widgets that use the arrow keys themselves: the tracer leaves ←/→ to them. */
const ARROW_WIDGETS =
  '[role="listbox"],[role="tree"],[role="treegrid"],[role="grid"],[role="menu"],[role="menubar"],' +
  '[role="tablist"],[role="radiogroup"],[role="slider"],[role="toolbar"],[role="application"]';

/** Keys typed into a field, or pressed in a widget that moves with arrows, are not the tracer's. */
function keyBelongsElsewhere(target: EventTarget | null): boolean {
  if (isTextEntry(target)) return true;
  return target instanceof HTMLElement && target.closest(ARROW_WIDGETS) !== null;
}

export function FlowTracer() {
  const { dataset, index } = useOpenDataset();
  const storyRest = useAppState((s) => s.storyRest);
  const trace = useDerivedView((d) => d.trace);
  const dispatch = useDispatch();
  const flowSelectId = useId();
  const sliderId = useId();
  const stepListRef = useRef<HTMLOListElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const moveKeyboardAfterRender = useMoveKeyboardAfterRender();

  const flows = dataset.flows;
  // The flow chosen before a trace starts; while one runs, the running flow is the one shown.
  const [chosenFlowId, setChosenFlowId] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);

  const flow: Flow | undefined =
    trace?.flow ?? (chosenFlowId === null ? undefined : index.flowById.get(chosenFlowId)) ?? flows[0];
  const steps = useMemo(() => (flow ? sortedSteps(flow) : []), [flow]);
  const stepIndex = trace?.state.index ?? 0;
  const last = steps.length - 1;
  const isPlaying = playing && trace !== null;
  // Effects key on the running flow's id, not on `trace`: that object is new after every state change
  // (a click on the canvas during Play must not restart the step's timer).
  const runningFlowId = trace?.flow.id ?? null;

  // The reader brings the step's passage into view by itself; "Show in document" also moves the keyboard there,
  // which only an explicit request should do, so stepping does not ask for it.
  const goTo = useCallback(
    (flowId: string, i: number) => dispatch({ type: 'setTrace', trace: { flowId, step: i } }),
    [dispatch],
  );

  /** A move the user made: it stops Play, as a media player does. */
  const moveTo = useCallback(
    (i: number) => {
      if (runningFlowId === null) return;
      setPlaying(false);
      goTo(runningFlowId, Math.min(Math.max(i, 0), last));
    },
    [runningFlowId, goTo, last],
  );

  // Tracing shows the story view (one line per actor, one column per step) over the graph; the layout the user
  // chose stays underneath for when the trace stops.
  const start = (flowId: string) => {
    setPlaying(false);
    goTo(flowId, 0);
  };

  const stop = () => {
    setPlaying(false);
    dispatch({ type: 'setTrace', trace: null });
  };

  const togglePlay = () => {
    if (!trace) return;
    if (isPlaying) {
      setPlaying(false);
      return;
    }
    // Play from the last step starts the story again.
    if (stepIndex >= last) goTo(trace.flow.id, 0);
    setPlaying(true);
  };

  // Play: one step every PLAY_INTERVAL_MS, stopping on the last one.
  useEffect(() => {
    if (!isPlaying || runningFlowId === null) return;
    const timer = window.setTimeout(() => {
      const next = stepIndex + 1;
      if (next <= last) goTo(runningFlowId, next);
      if (next >= last) setPlaying(false);
    }, PLAY_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [isPlaying, runningFlowId, stepIndex, last, goTo]);

  // ←/→ step the trace from anywhere on the page, unless the key belongs to a field or another widget.
  useEffect(() => {
    if (runningFlowId === null) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      if (keyBelongsElsewhere(event.target)) return;
      event.preventDefault();
      moveTo(stepIndex + (event.key === 'ArrowRight' ? 1 : -1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [runningFlowId, stepIndex, moveTo]);

  // Keep the current step in sight in the step list, which scrolls on its own when the flow is long.
  useEffect(() => {
    const list = stepListRef.current;
    const item = list?.querySelector<HTMLElement>('[aria-current="step"]')?.closest('li');
    if (!list || !item) return;
    const top = item.offsetTop; // the list is positioned: offsets are from its top
    const bottom = top + item.offsetHeight + 4; // and the focus ring below it
    if (top < list.scrollTop) list.scrollTop = top;
    else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
  }, [stepIndex, runningFlowId]);

  if (!flow) {
    return (
      <PanelSection id="tracer" title="Case study tracer" className="flow-tracer">
        <p className="trace-hint">No flows yet.</p>
        {/* Keyed as below: the first step turns this into the other branch, and the builder carries on. */}
        <FlowBuilder key="builder" flow={undefined} onChoose={setChosenFlowId} />
      </PanelSection>
    );
  }

  const flowPicker =
    flows.length > 1 ? (
      <div className="trace-flow-picker">
        <label htmlFor={flowSelectId}>Flow</label>
        <select
          id={flowSelectId}
          value={flow.id}
          onChange={(e) => {
            if (trace) start(e.target.value);
            else setChosenFlowId(e.target.value);
          }}
        >
          {flows.map((f) => (
            <option key={f.id} value={f.id}>
              {f.title}
            </option>
          ))}
        </select>
      </div>
    ) : (
      <p className="trace-flow-title">{flow.title}</p>
    );

  const current = trace?.state.current;
  const atStart = stepIndex <= 0;
  const atEnd = stepIndex >= last;
  // Play would announce a step every few seconds, talking over itself and over whatever the user is reading:
  // while it plays the region says "Playing" once and keeps quiet; a step the user takes, Pause and the end
  // of the story (Play stops there) are each announced in full.
  const announcement =
    trace && current
      ? isPlaying
        ? 'Playing'
        : `Step ${stepIndex + 1} of ${steps.length}: ${current.title}`
      : '';

  return (
    <PanelSection id="tracer" title="Case study tracer" className="flow-tracer">
      {flowPicker}
      {/* Always in the DOM: a live region that appears together with its text is often not read. */}
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {!trace || !current ? (
        <>
          {flow.description && <p className="trace-description">{flow.description}</p>}
          <p className="trace-hint">
            {steps.length} step{steps.length === 1 ? '' : 's'}. Step through with the buttons or the ← and →
            keys.
          </p>
          <button
            type="button"
            className="trace-start"
            ref={startRef}
            onClick={() => {
              start(flow.id);
              // This button goes away with the trace; Next is where a keyboard user carries on.
              moveKeyboardAfterRender(() => nextRef.current);
            }}
          >
            Trace the case study
          </button>
        </>
      ) : (
        <>
          <p className="trace-progress">
            Step {stepIndex + 1} of {steps.length}
          </p>
          <h3 className="trace-step-title">{current.title}</h3>
          {current.summary && <p className="trace-step-summary">{current.summary}</p>}
          {current.evidence.map((evidence, i) => (
            // Keyed by position: stepping (←/→) while on "Show in document" keeps the same button, and the
            // keyboard on it, rather than removing it from under the user.
            <figure className="trace-passage" key={i}>
              <PassageSource document={evidence.document} />
              <blockquote>{evidence.quote}</blockquote>
              {evidence.orphan ? (
                <figcaption className="details-muted">Passage not found in the text</figcaption>
              ) : (
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    dispatch({
                      type: 'showInDocument',
                      document: evidence.document,
                      start: evidence.start,
                      end: evidence.end,
                    })
                  }
                >
                  Show in document
                  {current.evidence.length > 1 && <span className="visually-hidden"> (passage {i + 1})</span>}
                </button>
              )}
            </figure>
          ))}

          {/* At the ends, Previous and Next are aria-disabled rather than disabled. A disabled button cannot
              hold focus, so pressing Next onto the last step would drop the keyboard to the page; and moving
              focus to Previous instead would turn the user's next Enter into a step back. An aria-disabled
              button keeps focus, is announced as unavailable, and does nothing. */}
          <div className="trace-controls" role="group" aria-label="Step controls">
            <button
              type="button"
              aria-disabled={atStart}
              onClick={() => {
                if (!atStart) moveTo(stepIndex - 1);
              }}
            >
              <span aria-hidden="true">◀ </span>Previous
            </button>
            <button type="button" className="trace-play" onClick={togglePlay} disabled={steps.length < 2}>
              {isPlaying ? 'Pause' : 'Play'}
            </button>
            <button
              type="button"
              ref={nextRef}
              aria-disabled={atEnd}
              onClick={() => {
                if (!atEnd) moveTo(stepIndex + 1);
              }}
            >
              Next<span aria-hidden="true"> ▶</span>
            </button>
          </div>

          <div className="trace-slider">
            <label htmlFor={sliderId}>Step</label>
            <input
              id={sliderId}
              type="range"
              min={1}
              max={steps.length}
              step={1}
              value={stepIndex + 1}
              aria-valuetext={`Step ${stepIndex + 1}: ${current.title}`}
              onChange={(e) => moveTo(Number(e.target.value) - 1)}
            />
          </div>

          {/* role="list": without list markers, Safari would otherwise stop announcing it as a list. */}
          <ol className="trace-steps" role="list" aria-label="Steps" ref={stepListRef}>
            {steps.map((step, i) => (
              <li key={step.id}>
                {/* The list itself tells a screen reader "3 of 11"; the number is for the eye. */}
                <span className="trace-step-number" aria-hidden="true">
                  {i + 1}.
                </span>
                <button
                  type="button"
                  aria-current={i === stepIndex ? 'step' : undefined}
                  onClick={() => moveTo(i)}
                >
                  {step.title}
                </button>
              </li>
            ))}
          </ol>

          <label className="trace-rest">
            <input
              type="checkbox"
              checked={storyRest}
              onChange={(e) => dispatch({ type: 'setStoryRest', show: e.target.checked })}
            />{' '}
            Show the rest of the graph, faded
          </label>

          <button
            type="button"
            className="trace-stop"
            onClick={() => {
              stop();
              moveKeyboardAfterRender(() => startRef.current);
            }}
          >
            Stop tracing
          </button>
        </>
      )}
      {/* Built outside a trace: under the story view the graph, where the next relation is picked, is out of reach. */}
      {(!trace || !current) && <FlowBuilder key="builder" flow={flow} onChoose={setChosenFlowId} />}
    </PanelSection>
  );
}
