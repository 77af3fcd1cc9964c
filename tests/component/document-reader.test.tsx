// The document reader: every evidence span highlighted, highlights that select, and the reader following the view.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import minimalGraph from '../fixtures/valid-minimal/graph.json';
import minimalSource from '../fixtures/valid-minimal/source.txt?raw';
import { openDataset, type OpenDataset } from '../../src/data/open-dataset';
import { NODE_TYPE_INFO } from '../../src/model/vocabulary';
import { renderApp } from './render-app';

function reader() {
  return screen.getByRole('region', { name: 'Document' });
}

function details() {
  return screen.getByRole('region', { name: 'Details' });
}

/** The reader's highlights: one <mark> per run of text with the same spans over it. */
function highlights(): HTMLElement[] {
  return within(reader()).queryAllByRole('mark');
}

/** The highlights whose first-named (innermost) element is `name`, e.g. "East Africa (place)". */
function highlightsOf(name: string): HTMLElement[] {
  return highlights().filter((mark) => mark.title.split(' · ')[0] === name);
}

function openMinimal(edit: (graph: typeof minimalGraph) => void = () => {}): OpenDataset {
  const graph = structuredClone(minimalGraph);
  edit(graph);
  const result = openDataset(graph, minimalSource, 'test');
  if (!result.ok) throw new Error(`the test dataset does not open: ${JSON.stringify(result.problems)}`);
  return result.open;
}

describe('document reader', () => {
  it('shows the whole source text in paragraphs, bullet lines as a list', () => {
    const { open } = renderApp('/');
    expect(within(reader()).getByText(open.dataset.source.title, { selector: 'cite' })).toBeInTheDocument();
    // Every line of text is in the reader, bullets and all (the bullet marks become list bullets).
    const shown = reader().textContent ?? '';
    for (const line of open.sourceText.split('\n')) {
      const words = line.replace(/^\s*•\s+/, '').trim();
      if (words) expect(shown).toContain(words);
    }
    expect(within(reader()).getAllByRole('listitem').length).toBeGreaterThanOrEqual(8);
  });

  it('highlights every evidence span of every node, each highlight naming what it supports', () => {
    const { open } = renderApp('/');
    const marks = highlights();
    for (const node of open.dataset.nodes) {
      const name = `${node.label} (${NODE_TYPE_INFO[node.type].label.toLowerCase()})`;
      const text = marks
        .filter((m) => m.title.split(' · ').includes(name))
        .map((m) => m.textContent)
        .join('');
      for (const ev of node.evidence) expect(text, name).toContain(ev.quote);
    }
    // Plain text between highlights is not marked: the reader is not one big highlight.
    expect(marks.map((m) => m.textContent).join('').length).toBeLessThan(open.sourceText.length);
  });

  it('clicking a highlight selects the node it supports', async () => {
    const { user } = renderApp('/');
    const [eastAfrica] = highlightsOf('East Africa (place)');
    if (!eastAfrica) throw new Error('no highlight for East Africa');
    await user.click(eastAfrica);
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent('East Africa');
    expect(window.location.search).toContain('sel=node:east-africa');
  });

  it('clicking a highlight again selects the next element the same words support', async () => {
    // In the minimal dataset "MI6 works closely with GCHQ" is the evidence of both MI6 and the relation.
    const { user } = renderApp('/', openMinimal());
    const [words] = highlightsOf('MI6 (agency)');
    if (!words) throw new Error('no highlight for MI6');
    expect(words.title).toBe('MI6 (agency) · MI6 works closely with GCHQ (relation)');
    await user.click(words);
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent('MI6');
    await user.click(words);
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveAccessibleName(
      'Relation: MI6 works closely with GCHQ',
    );
  });

  it("emphasises the selected element's passages and no others", () => {
    const { open } = renderApp('/?sel=node:sami');
    const emphasised = highlights().filter((m) => m.classList.contains('is-selected'));
    const text = emphasised.map((m) => m.textContent).join('');
    for (const ev of open.index.nodeById.get('sami')?.evidence ?? []) expect(text).toContain(ev.quote);
    const quotes = (open.index.nodeById.get('sami')?.evidence ?? []).reduce(
      (n, ev) => n + ev.quote.length,
      0,
    );
    expect(text.length).toBe(quotes);
  });

  it("emphasises the current trace step's passage", () => {
    const { open } = renderApp('/?trace=case-study:7');
    const step = open.dataset.flows[0]?.steps.find((s) => s.order === 7);
    const inStep = highlights().filter((m) => m.classList.contains('is-step'));
    expect(inStep.map((m) => m.textContent).join('')).toBe(step?.evidence.map((ev) => ev.quote).join(''));
  });

  it('is one tab stop, on the selection; arrow keys move between highlights and Enter selects', async () => {
    const { user } = renderApp('/?sel=node:east-africa');
    const tabbable = reader().querySelectorAll<HTMLElement>('mark[tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    const start = tabbable[0] as HTMLElement;
    expect(start.classList.contains('is-selected')).toBe(true);

    act(() => start.focus());
    await user.keyboard('{ArrowRight}');
    const next = document.activeElement as HTMLElement;
    expect(next.tagName).toBe('MARK');
    expect(Number(next.dataset.seg)).toBeGreaterThan(Number(start.dataset.seg));
    expect(next.tabIndex).toBe(0);
    expect(start.tabIndex).toBe(-1);

    await user.keyboard('{ArrowLeft}');
    expect(start).toHaveFocus();
    // Walk on to a highlight of some other node or relation (steps put the tracer on, they do not select).
    let target: HTMLElement | null = null;
    for (let i = 0; i < 30 && !target; i++) {
      await user.keyboard('{ArrowRight}');
      const at = document.activeElement as HTMLElement;
      if (/^(node|edge):/.test(at.dataset.owner ?? '') && at.dataset.owner !== 'node:east-africa')
        target = at;
    }
    if (!target) throw new Error('no other node or relation highlight after East Africa');
    await user.keyboard('{Enter}');
    expect(window.location.search).toContain(`sel=${target.dataset.owner ?? ''}`);
    // The reader stays where the user is: focus is still on the highlight they chose.
    expect(target).toHaveFocus();
  });

  it('hides and shows the text, and "Show in document" brings it back', async () => {
    const { user } = renderApp('/?sel=node:mi5');
    const hide = within(reader()).getByRole('button', { name: 'Hide document' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    await user.click(hide);
    const show = within(reader()).getByRole('button', { name: 'Show document' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(within(reader()).queryAllByRole('mark')).toHaveLength(0);

    await user.click(within(details()).getByRole('button', { name: 'Show passage 1 in document' }));
    expect(within(reader()).getByRole('button', { name: 'Hide document' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(reader().querySelector('[aria-current="true"]')).toBeVisible();
  });

  it('renders labels and text from a dataset as text, never as HTML', async () => {
    const attack = '<img src=x onerror=alert(1)>';
    const open = openMinimal((graph) => {
      const node = graph.nodes.find((n) => n.id === 'gchq');
      if (node) {
        node.label = attack;
        node.summary = `<b>${attack}</b>`;
        node.aliases = ['<script>alert(1)</script>'];
      }
    });
    const { user, container } = renderApp('/?sel=node:gchq', open);
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent(attack);
    const [mark] = highlightsOf(`${attack} (agency)`);
    expect(mark).toBeDefined();
    await user.click(within(details()).getByRole('button', { name: `MI6 works closely with ${attack}` }));
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent('MI6');
  });
});
