// Keeping the keyboard's place: a control pressed from the keyboard that goes away, or has nothing left to do,
// leaves focus on a sensible control nearby, never on the page itself.
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { sortedSteps } from '../../src/model/flow';
import { openBundledMi6, renderApp, openAllSections } from './render-app';

// These tests use the sections' insides: start with every section open (panels.test.tsx tests the defaults).
beforeEach(openAllSections);

const caseStudy = openBundledMi6().dataset.flows.find((f) => f.id === 'case-study');
if (!caseStudy) throw new Error('the MI6 dataset has no "case-study" flow');
const n = sortedSteps(caseStudy).length;

const tracer = () => within(screen.getByRole('region', { name: 'Case study tracer' }));
const stepProgress = () => tracer().getByText(/^Step \d+ of \d+$/);
const filters = () => within(screen.getByRole('region', { name: 'Filters' }));
const focusPath = () => within(screen.getByRole('region', { name: 'Focus and path' }));

/** Tabbing to a control is the user's business; pressing it with Enter is what is tested. */
async function pressEnterOn(user: UserEvent, control: HTMLElement) {
  control.focus();
  expect(control).toHaveFocus();
  await user.keyboard('{Enter}');
}

describe('the keyboard keeps its place', () => {
  it('Enter on "Trace the case study" puts the keyboard on Next', async () => {
    const { user } = renderApp('/');
    await pressEnterOn(user, tracer().getByRole('button', { name: 'Trace the case study' }));
    expect(stepProgress()).toHaveTextContent(`Step 1 of ${n}`);
    expect(tracer().getByRole('button', { name: 'Next' })).toHaveFocus();
  });

  it('Enter on Next reaching the last step stays on Next, which then says it is unavailable and does nothing', async () => {
    const { user } = renderApp(`/?trace=case-study:${n - 1}`);
    const next = tracer().getByRole('button', { name: 'Next' });
    await pressEnterOn(user, next);
    expect(stepProgress()).toHaveTextContent(`Step ${n} of ${n}`);
    expect(tracer().getByRole('button', { name: 'Next' })).toHaveFocus();
    // A disabled button cannot keep focus in a browser (jsdom lets it), so unavailable must not mean disabled.
    expect(next).toBeEnabled();
    expect(next).toHaveAttribute('aria-disabled', 'true');

    await user.keyboard('{Enter}');
    expect(stepProgress()).toHaveTextContent(`Step ${n} of ${n}`);
    expect(next).toHaveFocus();
  });

  it('Enter on Previous reaching the first step stays on Previous, which then says it is unavailable', async () => {
    const { user } = renderApp('/?trace=case-study:2');
    const previous = tracer().getByRole('button', { name: 'Previous' });
    await pressEnterOn(user, previous);
    expect(stepProgress()).toHaveTextContent(`Step 1 of ${n}`);
    expect(tracer().getByRole('button', { name: 'Previous' })).toHaveFocus();
    expect(previous).toBeEnabled();
    expect(previous).toHaveAttribute('aria-disabled', 'true');
  });

  it('Enter on "Stop tracing" puts the keyboard back on "Trace the case study"', async () => {
    const { user } = renderApp('/?trace=case-study:3');
    await pressEnterOn(user, tracer().getByRole('button', { name: 'Stop tracing' }));
    expect(tracer().getByRole('button', { name: 'Trace the case study' })).toHaveFocus();
  });

  it('the arrow keys pressed on "Show in document" keep the keyboard on the new step’s "Show in document"', async () => {
    const { user } = renderApp('/?trace=case-study:1');
    tracer()
      .getAllByRole('button', { name: /^Show in document/ })[0]
      ?.focus();
    await user.keyboard('{ArrowRight}');
    expect(stepProgress()).toHaveTextContent(`Step 2 of ${n}`);
    expect(tracer().getAllByRole('button', { name: /^Show in document/ })[0]).toHaveFocus();
  });

  it('Enter on "Reset filters" puts the keyboard on the first filter', async () => {
    const { user, open } = renderApp('/?areas=cyber-security&types=person');
    await pressEnterOn(user, filters().getByRole('button', { name: 'Reset filters' }));
    const firstArea = open.dataset.threatAreas[0]?.label ?? '?';
    const first = filters().getAllByRole('checkbox')[0];
    expect(first).toHaveAccessibleName(new RegExp(`^${firstArea} \\(\\d+\\)$`));
    expect(first).toHaveFocus();
    expect(first).not.toBeChecked();
  });

  it('Enter on "Clear focus" puts the keyboard on the "Focus on" picker, which now says "no focus"', async () => {
    const { user } = renderApp('/?focus=sami:2');
    await pressEnterOn(user, focusPath().getByRole('button', { name: 'Clear focus' }));
    const picker = focusPath().getByRole('combobox', { name: 'Focus on' });
    expect(picker).toHaveFocus();
    expect(picker).toHaveDisplayValue('Everything (no focus)');
  });

  it('Enter on "Focus on Sami" puts the keyboard on the "Focus on" picker, which now names Sami', async () => {
    const { user } = renderApp('/?sel=node:sami');
    await pressEnterOn(user, focusPath().getByRole('button', { name: 'Focus on Sami' }));
    const picker = focusPath().getByRole('combobox', { name: 'Focus on' });
    expect(picker).toHaveFocus();
    expect(picker).toHaveDisplayValue('Sami');
  });

  it('Enter on "Clear path" puts the keyboard on the From picker', async () => {
    const { user } = renderApp('/?from=gchq&to=stranger');
    await pressEnterOn(user, focusPath().getByRole('button', { name: 'Clear path' }));
    const from = focusPath().getByRole('combobox', { name: 'From' });
    expect(from).toHaveFocus();
    expect(from).toHaveValue('');
  });

  it('Enter on "Use selected as To" puts the keyboard on the To picker, which now names the selection', async () => {
    const { user } = renderApp('/?sel=node:stranger');
    await pressEnterOn(user, focusPath().getByRole('button', { name: 'Use selected as To' }));
    const to = focusPath().getByRole('combobox', { name: 'To' });
    expect(to).toHaveFocus();
    expect(to).toHaveDisplayValue('Stranger');
  });
});
