// The document reader: every evidence span highlighted, highlights that select, and the reader following the view.
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import minimalGraph from '../fixtures/valid-minimal/graph.json';
import minimalSource from '../fixtures/valid-minimal/source.txt?raw';
import twoDocumentsGraph from '../fixtures/valid-two-documents/graph.json';
import reportText from '../fixtures/valid-two-documents/report.txt?raw';
import memoText from '../fixtures/valid-two-documents/memo.txt?raw';
import { openDataset, textOf, type OpenDataset } from '../../src/data/open-dataset';
import { paragraphsOf } from '../../src/model/evidence';
import { renderApp } from './render-app';

function reader() {
  return screen.getByRole('region', { name: 'Document' });
}

function details() {
  return screen.getByRole('region', { name: 'Details' });
}

/**
 * The reader's highlights in text order: every run of words with spans over it is a link (its name says what
 * following it selects); a run of only spaces or punctuation between highlights is a plain mark.
 */
function highlights(): HTMLElement[] {
  const inReader = within(reader());
  return [...inReader.queryAllByRole('link'), ...inReader.queryAllByRole('mark')].sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

/** The highlighted text as the eye reads it: each unbroken stretch of highlights, in text order. */
function highlightedRuns(): string[] {
  const runs: string[] = [];
  let previous: HTMLElement | undefined;
  for (const mark of highlights()) {
    const words = mark.textContent ?? '';
    if (previous && previous.nextSibling === mark) runs[runs.length - 1] += words;
    else runs.push(words);
    previous = mark;
  }
  return runs;
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
    expect(
      within(reader()).getByText(open.dataset.documents[0]!.title, { selector: 'cite' }),
    ).toBeInTheDocument();
    // Every line of text is in the reader, bullets and all (the bullet marks become list bullets).
    const shown = reader().textContent ?? '';
    for (const line of textOf(open, 'source').split('\n')) {
      const words = line.replace(/^\s*•\s+/, '').trim();
      if (words) expect(shown).toContain(words);
    }
    expect(within(reader()).getAllByRole('listitem').length).toBeGreaterThanOrEqual(8);
  });

  it('highlights every evidence span of every node, each highlight naming what it supports', () => {
    const { open } = renderApp('/');
    const marks = highlights();
    for (const node of open.dataset.nodes) {
      const name = `${node.label} (${open.index.vocabulary.nodeType(node.type).label.toLowerCase()})`;
      const text = marks
        .filter((m) => m.title.split(' · ').includes(name))
        .map((m) => m.textContent)
        .join('');
      for (const ev of node.evidence) expect(text, name).toContain(ev.quote);
    }
  });

  it('highlights exactly the words some evidence quotes, in text order, and nothing else', () => {
    const { open } = renderApp('/');
    // Every span of every node, relation and flow step, merged where they overlap or meet, cut at paragraphs.
    const { dataset } = open;
    const sourceText = textOf(open, 'source');
    const covered = new Array<boolean>(sourceText.length).fill(false);
    const evidence = [
      ...dataset.nodes.flatMap((n) => n.evidence),
      ...dataset.edges.flatMap((e) => e.evidence),
      ...dataset.flows.flatMap((f) => f.steps.flatMap((step) => step.evidence)),
    ];
    for (const ev of evidence) covered.fill(true, ev.start, ev.end);
    const expected: string[] = [];
    for (const p of paragraphsOf(sourceText)) {
      let run = '';
      for (let i = p.start; i <= p.end; i++) {
        if (i < p.end && covered[i]) run += sourceText[i];
        else if (run) {
          expected.push(run);
          run = '';
        }
      }
    }
    expect(expected.length).toBeGreaterThan(20);
    expect(highlightedRuns()).toEqual(expected);
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

  it('each highlight is a link named for its words and for what following it selects', () => {
    renderApp('/', openMinimal());
    const text = within(reader());
    // Words that support two elements: the name says which one a press selects, and that there is another.
    expect(
      text.getByRole('link', { name: 'MI6 works closely with GCHQ: MI6 (agency), 1 of 2' }),
    ).toHaveTextContent(/^MI6 works closely with GCHQ$/);
    expect(
      text.getByRole('link', { name: 'MI6 works closely with GCHQ: MI6 (agency), 1 of 2' }),
    ).toHaveAccessibleDescription('Press Enter again for MI6 works closely with GCHQ (relation)');
    expect(
      text.getByRole('link', { name: 'a memory stick by a nervous source: Memory stick (information)' }),
    ).toBeInTheDocument();
    // Words that only a flow step quotes put the tracer on that step.
    expect(
      text.getByRole('link', {
        name: 'was handed: Step 1 of “The memory stick, from Vienna to GCHQ”: Anna Clarke is handed a memory stick',
      }),
    ).toBeInTheDocument();
  });

  it('pressing Enter again on the same words selects the next element they support, and says which one it is', async () => {
    const { user } = renderApp('/', openMinimal());
    const words = within(reader()).getByRole('link', { name: /^MI6 works closely with GCHQ: MI6 / });
    act(() => words.focus());

    await user.keyboard('{Enter}');
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent('MI6');
    const status = within(reader()).getByRole('status');
    expect(status).toHaveTextContent(
      '1 of 2 supported here. Press again for MI6 works closely with GCHQ (relation).',
    );
    expect(words).toHaveAccessibleName(
      'MI6 works closely with GCHQ: MI6 works closely with GCHQ (relation), 2 of 2',
    );

    await user.keyboard('{Enter}');
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveAccessibleName(
      'Relation: MI6 works closely with GCHQ',
    );
    // The app's live region names the new selection; the reader's status says where it is among the words' elements.
    expect(screen.getByText('Selected relation: MI6 works closely with GCHQ')).toHaveAttribute(
      'aria-live',
      'polite',
    );
    expect(status).toHaveTextContent('2 of 2 supported here. Press again for MI6 (agency).');
    expect(words).toHaveAccessibleName('MI6 works closely with GCHQ: MI6 (agency), 1 of 2');
    expect(words).toHaveFocus();

    // A selection made elsewhere is not "here": the status goes quiet.
    await user.keyboard('{Escape}');
    expect(status).toBeEmptyDOMElement();
  });

  it('commas and spaces between highlighted names are drawn but are not stops for the keyboard', () => {
    renderApp('/');
    const marks = highlights();
    const stops = marks.filter((m) => m.getAttribute('role') === 'link');
    expect(stops.length).toBeGreaterThan(100);
    for (const stop of stops) expect(stop.textContent).toMatch(/[\p{L}\p{N}]/u);
    // The runs between them are still highlighted (the text reads continuously), just not a place to stop.
    const between = within(reader()).getAllByRole('mark');
    expect(between.map((m) => m.textContent).join('')).not.toMatch(/[\p{L}\p{N}]/u);
  });

  describe('keeps the pressed highlight in view', () => {
    const original = {
      scrollIntoView: Object.getOwnPropertyDescriptor(Element.prototype, 'scrollIntoView'),
      scrollBy: Object.getOwnPropertyDescriptor(Element.prototype, 'scrollBy'),
    };
    const scrollIntoView = vi.fn<(arg?: boolean | ScrollIntoViewOptions) => void>();
    const scrollBy = vi.fn<(options?: ScrollToOptions) => void>();

    // jsdom does no layout: it has no scrollIntoView or element scrollBy, and every box is at 0.
    function stubScrolling() {
      Object.defineProperty(Element.prototype, 'scrollIntoView', {
        configurable: true,
        value: scrollIntoView,
      });
      Object.defineProperty(Element.prototype, 'scrollBy', { configurable: true, value: scrollBy });
    }

    afterEach(() => {
      scrollIntoView.mockReset();
      scrollBy.mockReset();
      for (const [name, descriptor] of Object.entries(original)) {
        if (descriptor) Object.defineProperty(Element.prototype, name, descriptor);
        else Reflect.deleteProperty(Element.prototype, name);
      }
    });

    it('after Enter grows the details panel above, the reader scrolls the focused highlight back where it was', async () => {
      stubScrolling();
      const { user } = renderApp('/');
      act(() => within(reader()).getByRole('button', { name: 'Hide document' }).focus());
      await user.tab();
      await user.keyboard('{ArrowRight}{ArrowRight}');
      const focused = document.activeElement as HTMLElement;
      expect(focused).toHaveAttribute('role', 'link');
      // Where the highlight is before the press (y 405), and after the details panel has grown above it.
      const box = (top: number) => DOMRect.fromRect({ x: 10, y: top, width: 200, height: 38 });
      vi.spyOn(focused, 'getBoundingClientRect').mockReturnValueOnce(box(405)).mockReturnValue(box(1344));

      await user.keyboard('{Enter}');
      expect(within(details()).getByRole('heading', { level: 3 })).not.toHaveTextContent('Select an entity');
      expect(scrollBy).toHaveBeenCalledWith({ top: 1344 - 405 });
      // And, whatever the panel could not scroll back, the highlight is brought into view with the least movement.
      expect(scrollIntoView).toHaveBeenCalledWith({ block: 'nearest' });
      expect(scrollIntoView.mock.contexts).toContain(focused);
      expect(focused).toHaveFocus();
    });
  });

  it('hides and shows the text, and "Show in document" brings it back', async () => {
    const { user } = renderApp('/?sel=node:mi5');
    const hide = within(reader()).getByRole('button', { name: 'Hide document' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    await user.click(hide);
    const show = within(reader()).getByRole('button', { name: 'Show document' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(highlights()).toHaveLength(0);

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

describe('document reader, several documents', () => {
  function openTwoDocuments(): OpenDataset {
    const texts = new Map([
      ['report', reportText],
      ['memo', memoText],
    ]);
    const result = openDataset(structuredClone(twoDocumentsGraph), texts, 'graph.json');
    if (!result.ok) throw new Error('valid-two-documents does not open');
    return result.open;
  }

  function picker() {
    return within(reader()).getByRole('combobox', { name: 'Document' });
  }

  it('has no document picker when the dataset has one document', () => {
    renderApp('/');
    expect(within(reader()).queryByRole('combobox', { name: 'Document' })).not.toBeInTheDocument();
  });

  it('shows the first document, with a picker naming each by title, publisher and date', () => {
    renderApp('/', openTwoDocuments());
    expect(
      within(picker())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Field report, Vienna (Dossier test fixtures, 2026-05-03)',
      'GCHQ memo on the memory stick (Dossier test fixtures, 2026-05-05)',
    ]);
    expect(picker()).toHaveDisplayValue(/^Field report, Vienna/);
    expect(reader()).toHaveTextContent('Kestrel handed her a memory stick');
    expect(reader()).not.toHaveTextContent('GCHQ thanked Anna Clarke');
  });

  it('picking the other document shows its text, and only its passages are highlighted and counted', async () => {
    const { user } = renderApp('/', openTwoDocuments());
    expect(within(reader()).getByText(/^8 passages of evidence/)).toBeInTheDocument();
    await user.selectOptions(picker(), 'GCHQ memo on the memory stick (Dossier test fixtures, 2026-05-05)');
    expect(reader()).toHaveTextContent('GCHQ thanked Anna Clarke');
    expect(reader()).not.toHaveTextContent('Kestrel handed her');
    expect(within(reader()).getByText(/^5 passages of evidence/)).toBeInTheDocument();
    expect(highlightedRuns()).toEqual([
      'GCHQ memo',
      'The memory stick from Vienna held malware built to steal diplomatic cables',
      'GCHQ thanked Anna Clarke',
    ]);
    expect(window.location.search).toContain('doc=memo');
  });

  it('a link naming the document opens the reader on it', () => {
    renderApp('/?dataset=valid-two-documents&doc=memo', openTwoDocuments());
    expect(picker()).toHaveDisplayValue(/^GCHQ memo/);
    expect(reader()).toHaveTextContent('GCHQ thanked Anna Clarke');
  });

  it('selecting an element found only in the other document switches the reader to it, its passage marked', async () => {
    const { user } = renderApp('/?sel=node:memory-stick', openTwoDocuments());
    // The memory stick is in both documents: the reader stays on the first.
    expect(picker()).toHaveDisplayValue(/^Field report/);
    // GCHQ is only in the memo.
    await user.click(screen.getByRole('button', { name: 'GCHQ finds malware on Memory stick' }));
    expect(picker()).toHaveDisplayValue(/^GCHQ memo/);
    const selected = [...reader().querySelectorAll('.is-selected')].map((el) => el.textContent).join('');
    expect(selected).toBe('GCHQ memo');
  });
});
