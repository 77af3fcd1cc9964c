// The case-study tracer: starting, stepping by button, slider, step list and arrow keys, playing, and its URL.
import { describe, it, expect, afterEach, vi } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { openBundledMi6, renderApp } from './render-app';
import { sortedSteps } from '../../src/model/flow';
import { PLAY_INTERVAL_MS } from '../../src/panels/FlowTracer';

// Step titles come from the dataset, so a reworded title does not break the behaviour tested here.
const caseStudy = openBundledMi6().dataset.flows.find((f) => f.id === 'case-study');
if (!caseStudy) throw new Error('the MI6 dataset has no "case-study" flow');
const steps = sortedSteps(caseStudy);
const n = steps.length;
const titleOf = (stepNumber: number): string => {
  const step = steps[stepNumber - 1];
  if (!step) throw new Error(`the case study has no step ${stepNumber}`);
  return step.title;
};

const tracer = () => within(screen.getByRole('region', { name: 'Case study tracer' }));
const stepHeading = () => tracer().getByRole('heading', { level: 3 });
/** What the tracer's live region says to a screen reader. */
const announced = () => tracer().getByRole('status');

async function startTrace(url = '/') {
  const app = renderApp(url);
  await app.user.click(tracer().getByRole('button', { name: 'Trace the case study' }));
  return app;
}

/**
 * Renders the app on a fake clock that moves only when the test moves it, so a step is due exactly
 * PLAY_INTERVAL_MS after the last, whatever the machine's load. Buttons are pressed with fireEvent, which
 * waits for nothing: user-event and Testing Library's async helpers wait on timers of their own.
 */
function renderOnFakeClock(url: string) {
  vi.useFakeTimers();
  renderApp(url);
}

/** Presses one of the tracer's buttons. */
function press(name: string) {
  fireEvent.click(tracer().getByRole('button', { name }));
}

/** Moves the fake clock on, and lets React draw what the timers due by then did. */
async function passTime(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('case study tracer', () => {
  it('the case study has enough steps to test stepping through it', () => {
    expect(n).toBeGreaterThanOrEqual(4);
  });

  it('starting the trace shows step 1, its passage, and the story view: one line per actor, one column per step', async () => {
    await startTrace();
    expect(stepHeading()).toHaveTextContent(titleOf(1));
    expect(tracer().getByText(`Step 1 of ${n}`)).toBeInTheDocument();
    const quote = steps[0]?.evidence[0]?.quote ?? '';
    expect(tracer().getByText(quote)).toBeInTheDocument();
    expect(tracer().getByRole('button', { name: /Show in document/ })).toBeInTheDocument();
    // The story is drawn over the graph; the layout chosen for the graph stays for when the trace stops.
    expect(
      screen.getByRole('img', { name: new RegExp(`^The story of .* at step 1 of ${n}: ${titleOf(1)}`) }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Layout' })).toHaveValue('overview');
    fireEvent.click(tracer().getByRole('button', { name: 'Stop tracing' }));
    expect(screen.queryByRole('img', { name: /^The story of/ })).not.toBeInTheDocument();
  });

  it('"Show in document" takes the keyboard to the first highlight of the step’s passage in the reader', async () => {
    const { user } = await startTrace();
    await user.click(tracer().getByRole('button', { name: /Show in document/ }));
    const reader = screen.getByRole('region', { name: 'Document' });
    // The passage shown as current is exactly the step's quote ...
    const current = [...reader.querySelectorAll<HTMLElement>('[aria-current="true"]')];
    expect(current.map((el) => el.textContent).join('')).toBe(steps[0]?.evidence[0]?.quote);
    // ... and the keyboard is on its first highlight: a link named for its words, then what following it selects.
    const words = current[0]?.textContent ?? '';
    expect(words).toMatch(/\p{L}/u);
    const link = within(reader).getByRole('link', {
      current: true,
      name: (name) => name.startsWith(`${words}: `),
    });
    expect(link).toBe(current[0]);
    expect(link).toHaveFocus();
  });

  it('stepping keeps the keyboard on the tracer', async () => {
    const { user } = await startTrace();
    const next = tracer().getByRole('button', { name: 'Next' });
    await user.click(next);
    expect(next).toHaveFocus();
  });

  it('Next and Previous move one step, and say they are unavailable at the ends', async () => {
    const { user } = await startTrace();
    const previous = tracer().getByRole('button', { name: 'Previous' });
    const next = tracer().getByRole('button', { name: 'Next' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(next).toHaveAttribute('aria-disabled', 'false');

    await user.click(next);
    expect(stepHeading()).toHaveTextContent(titleOf(2));
    expect(tracer().getByText(`Step 2 of ${n}`)).toBeInTheDocument();
    expect(previous).toHaveAttribute('aria-disabled', 'false');

    await user.click(previous);
    expect(stepHeading()).toHaveTextContent(titleOf(1));
    // Unavailable, Previous does nothing at the first step.
    await user.click(previous);
    expect(stepHeading()).toHaveTextContent(titleOf(1));

    fireEvent.change(tracer().getByRole('slider', { name: 'Step' }), { target: { value: String(n) } });
    expect(stepHeading()).toHaveTextContent(titleOf(n));
    expect(next).toHaveAttribute('aria-disabled', 'true');
    expect(previous).toHaveAttribute('aria-disabled', 'false');
  });

  it('each step the user takes is announced with its number and title', async () => {
    const { user } = await startTrace();
    expect(announced()).toHaveTextContent(`Step 1 of ${n}: ${titleOf(1)}`);
    press('Next');
    expect(announced()).toHaveTextContent(`Step 2 of ${n}: ${titleOf(2)}`);
    const list = within(tracer().getByRole('list', { name: 'Steps' }));
    await user.click(list.getByRole('button', { name: titleOf(4) }));
    expect(announced()).toHaveTextContent(`Step 4 of ${n}: ${titleOf(4)}`);
  });

  it('the step slider jumps to a step and names it', async () => {
    await startTrace();
    const slider = tracer().getByRole('slider', { name: 'Step' });
    expect(slider).toHaveAttribute('min', '1');
    expect(slider).toHaveAttribute('max', String(n));

    fireEvent.change(slider, { target: { value: '3' } });
    expect(stepHeading()).toHaveTextContent(titleOf(3));
    expect(slider).toHaveValue('3');
    expect(slider).toHaveAttribute('aria-valuetext', `Step 3: ${titleOf(3)}`);
  });

  it('the step list marks the current step, and clicking a step jumps there', async () => {
    const { user } = await startTrace();
    const list = within(tracer().getByRole('list', { name: 'Steps' }));
    expect(list.getAllByRole('button')).toHaveLength(n);
    expect(list.getByRole('button', { name: titleOf(1) })).toHaveAttribute('aria-current', 'step');

    await user.click(list.getByRole('button', { name: titleOf(4) }));
    expect(stepHeading()).toHaveTextContent(titleOf(4));
    expect(list.getByRole('button', { name: titleOf(4) })).toHaveAttribute('aria-current', 'step');
    expect(list.getByRole('button', { name: titleOf(1) })).not.toHaveAttribute('aria-current');
  });

  it('the right and left arrow keys step the trace from anywhere on the page', async () => {
    const { user } = await startTrace();
    (document.activeElement as HTMLElement | null)?.blur();

    await user.keyboard('{ArrowRight}');
    expect(stepHeading()).toHaveTextContent(titleOf(2));
    await user.keyboard('{ArrowRight}');
    expect(stepHeading()).toHaveTextContent(titleOf(3));
    await user.keyboard('{ArrowLeft}');
    expect(stepHeading()).toHaveTextContent(titleOf(2));
  });

  it('arrow keys typed into the search box stay in the search box', async () => {
    const { user } = await startTrace();
    const search = screen.getByRole('combobox', { name: 'Search entities' });
    await user.click(search);
    await user.keyboard('MI{ArrowRight}{ArrowRight}');
    expect(stepHeading()).toHaveTextContent(titleOf(1));
  });

  it('the arrow keys do nothing when no trace is shown', async () => {
    const { user } = renderApp('/');
    await user.keyboard('{ArrowRight}');
    expect(tracer().queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
    expect(window.location.search).not.toContain('trace=');
  });

  it('Play advances by itself, one step every interval, and stops at the last step', async () => {
    renderOnFakeClock(`/?trace=case-study:${n - 2}`);
    expect(stepHeading()).toHaveTextContent(titleOf(n - 2));

    press('Play');
    expect(tracer().getByRole('button', { name: 'Pause' })).toBeInTheDocument();

    await passTime(PLAY_INTERVAL_MS - 1);
    expect(stepHeading()).toHaveTextContent(titleOf(n - 2));
    await passTime(1);
    expect(stepHeading()).toHaveTextContent(titleOf(n - 1));

    await passTime(PLAY_INTERVAL_MS);
    expect(stepHeading()).toHaveTextContent(titleOf(n));
    // At the end it stops by itself, and stays at the last step.
    expect(tracer().getByRole('button', { name: 'Play' })).toBeInTheDocument();
    await passTime(4 * PLAY_INTERVAL_MS);
    expect(stepHeading()).toHaveTextContent(titleOf(n));
  });

  it('while playing, the tracer says "Playing" once rather than every step, then the step it stops on', async () => {
    renderOnFakeClock(`/?trace=case-study:${n - 3}`);

    press('Play');
    expect(announced()).toHaveTextContent(/^Playing$/);
    await passTime(PLAY_INTERVAL_MS);
    expect(stepHeading()).toHaveTextContent(titleOf(n - 2));
    expect(announced()).toHaveTextContent(/^Playing$/);

    // Paused, it says where it is; played to the end, it says the last step.
    press('Pause');
    expect(announced()).toHaveTextContent(`Step ${n - 2} of ${n}: ${titleOf(n - 2)}`);
    press('Play');
    await passTime(PLAY_INTERVAL_MS);
    expect(announced()).toHaveTextContent(/^Playing$/);
    await passTime(PLAY_INTERVAL_MS);
    expect(tracer().getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(announced()).toHaveTextContent(`Step ${n} of ${n}: ${titleOf(n)}`);
  });

  it('Pause stops playing, and so does pressing Next', async () => {
    renderOnFakeClock('/?trace=case-study:1');

    press('Play');
    press('Pause');
    await passTime(3 * PLAY_INTERVAL_MS);
    expect(stepHeading()).toHaveTextContent(titleOf(1));

    press('Play');
    press('Next');
    expect(tracer().getByRole('button', { name: 'Play' })).toBeInTheDocument();
    await passTime(3 * PLAY_INTERVAL_MS);
    expect(stepHeading()).toHaveTextContent(titleOf(2));
  });

  it('Stop tracing ends the trace', async () => {
    const { user } = await startTrace();
    await user.click(tracer().getByRole('button', { name: 'Stop tracing' }));
    expect(tracer().queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
    expect(tracer().getByRole('button', { name: 'Trace the case study' })).toBeInTheDocument();
    expect(window.location.search).not.toContain('trace=');
  });

  it('the URL names the step shown, 1-based', async () => {
    const { user } = await startTrace();
    await user.click(tracer().getByRole('button', { name: 'Next' }));
    await user.click(tracer().getByRole('button', { name: 'Next' }));
    expect(stepHeading()).toHaveTextContent(titleOf(3));
    await waitFor(() =>
      expect(new URLSearchParams(window.location.search).get('trace')).toBe('case-study:3'),
    );
  });

  it('a link to step 4 opens the tracer at step 4', () => {
    renderApp('/?trace=case-study:4');
    expect(stepHeading()).toHaveTextContent(titleOf(4));
    expect(tracer().getByText(`Step 4 of ${n}`)).toBeInTheDocument();
    expect(tracer().getByRole('slider', { name: 'Step' })).toHaveValue('4');
  });

  it('a link past the last step opens the last step', () => {
    renderApp('/?trace=case-study:999');
    expect(stepHeading()).toHaveTextContent(titleOf(n));
  });
});
