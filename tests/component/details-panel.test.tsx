// The details panel: what is selected, its connections (followed by click or keyboard), its passages, its actions.
import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished } from 'vitest';
import minimalGraph from '../fixtures/valid-minimal/graph.json';
import minimalSource from '../fixtures/valid-minimal/source.txt?raw';
import twoDocumentsGraph from '../fixtures/valid-two-documents/graph.json';
import reportText from '../fixtures/valid-two-documents/report.txt?raw';
import memoText from '../fixtures/valid-two-documents/memo.txt?raw';
import { openDataset } from '../../src/data/open-dataset';
import { renderApp } from './render-app';

function details() {
  return screen.getByRole('region', { name: 'Details' });
}

function reader() {
  return screen.getByRole('region', { name: 'Document' });
}

/** What the live regions say: the App's one tells a screen reader about the selection. */
function announcements(): string[] {
  return [...document.querySelectorAll('[aria-live]')].map((el) => el.textContent ?? '');
}

describe('details panel', () => {
  it('asks the user to select something when nothing is selected', () => {
    renderApp('/');
    expect(within(details()).getByText(/Select an entity on the graph/)).toBeInTheDocument();
    expect(within(details()).queryByRole('heading', { level: 3 })).not.toBeInTheDocument();
  });

  it('a node selected by URL shows its type, aliases, summary, threat areas and every passage, quote marked', () => {
    const { open } = renderApp('/?sel=node:mi5');
    const node = open.index.nodeById.get('mi5');
    if (!node) throw new Error('the MI5 node is missing from the dataset');
    const panel = details();

    expect(within(panel).getByRole('heading', { level: 3, name: 'MI5' })).toBeInTheDocument();
    expect(within(panel).getByText('Agency')).toBeInTheDocument();
    expect(within(panel).getByText('Also called:').parentElement).toHaveTextContent(
      `Also called: ${node.aliases.join(', ')}`,
    );
    expect(within(panel).getByText(node.summary)).toBeInTheDocument();
    for (const area of node.threatAreas) {
      const label = open.index.threatAreaById.get(area)?.label ?? area;
      expect(within(panel).getByText(label)).toBeInTheDocument();
    }

    const passages = within(panel).getByRole('list', { name: `Source passages (${node.evidence.length})` });
    const items = within(passages).getAllByRole('listitem');
    expect(items).toHaveLength(node.evidence.length);
    node.evidence.forEach((ev, i) => {
      const item = items[i] as HTMLElement;
      // The quote is marked inside a longer stretch of text: its sentence.
      expect(within(item).getByRole('mark')).toHaveTextContent(ev.quote, { normalizeWhitespace: false });
      expect(within(item).getByRole('blockquote').textContent?.length).toBeGreaterThan(ev.quote.length);
      expect(
        within(item).getByRole('button', { name: `Show passage ${i + 1} in document` }),
      ).toBeInTheDocument();
    });
  });

  it('lists every connection with its direction, named as a full sentence', () => {
    const { open } = renderApp('/?sel=node:gchq');
    const list = within(details()).getByRole('list', { name: /^Connections \(\d+\)$/ });
    const follow = within(list)
      .getAllByRole('button')
      .filter((b) => b.classList.contains('connection-follow'));
    expect(follow).toHaveLength(open.index.degree('gchq'));
    // Outgoing: GCHQ is the subject; incoming: the other end is.
    expect(
      within(list).getByRole('button', { name: "GCHQ passes the stranger's details to MI6" }),
    ).toHaveTextContent("→ passes the stranger's details to MI6");
    expect(
      within(list).getByRole('button', { name: 'MI6 shares the meeting intelligence with GCHQ' }),
    ).toHaveTextContent('← MI6 shares the meeting intelligence with');
  });

  it('says which connections and nodes the filters hide from the graph', () => {
    renderApp('/?sel=node:mi6&types=agency');
    const list = within(details()).getByRole('list', { name: /^Connections/ });
    expect(within(list).getByRole('button', { name: 'MI6 works closely with GCHQ' })).toBeInTheDocument();
    expect(
      within(list).getByRole('button', {
        name: 'MI6 conducts Secret overseas operations (not on the graph: filtered out)',
      }),
    ).toHaveTextContent('filtered out');
  });

  it('clicking a connection follows it to the node at the other end', async () => {
    const { user } = renderApp('/?sel=node:mi5');
    await user.click(within(details()).getByRole('button', { name: 'MI6 works closely with MI5' }));
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent('MI6');
    expect(window.location.search).toContain('sel=node:mi6');
  });

  it('the connection list is one tab stop; arrow keys move through it and Enter follows, focus staying in the list', async () => {
    const { user, open } = renderApp('/?sel=node:gchq');
    const connections = open.index.connections('gchq');
    const list = within(details()).getByRole('list', { name: /^Connections/ });
    const follow = list.querySelectorAll<HTMLButtonElement>('.connection-follow');
    expect([...follow].filter((b) => b.tabIndex === 0)).toHaveLength(1);

    act(() => follow[0]?.focus());
    await user.keyboard('{ArrowDown}');
    expect(follow[1]).toHaveFocus();
    expect(follow[1]?.tabIndex).toBe(0);
    expect(follow[0]?.tabIndex).toBe(-1);
    await user.keyboard('{End}');
    expect(follow[follow.length - 1]).toHaveFocus();
    await user.keyboard('{Home}{ArrowRight}');
    expect(follow[1]).toHaveFocus();

    const second = connections[1];
    if (!second) throw new Error('GCHQ needs two connections for this test');
    await user.keyboard('{Enter}');
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent(second.other.label);
    // Focus lands on the new node's first connection, so the user can keep walking.
    const next = within(details())
      .getByRole('list', { name: /^Connections/ })
      .querySelector('.connection-follow');
    expect(next).toHaveFocus();
  });

  it('"Passages" on a connection selects the relation itself', async () => {
    const { user } = renderApp('/?sel=node:gchq');
    await user.click(
      within(details()).getByRole('button', {
        name: 'Passages: MI6 shares the meeting intelligence with GCHQ',
      }),
    );
    expect(window.location.search).toContain('sel=edge:mi6-passes-intelligence-to-gchq');
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveFocus();
  });

  it('a relation reads as a sentence, both ends selectable', async () => {
    const { user } = renderApp('/?sel=edge:mi6-passes-intelligence-to-gchq');
    const panel = details();
    expect(within(panel).getByRole('heading', { level: 3 })).toHaveAccessibleName(
      'Relation: MI6 shares the meeting intelligence with GCHQ',
    );
    expect(panel.querySelector('.relation-sentence')).toHaveTextContent(
      'MI6 → shares the meeting intelligence with → GCHQ',
    );
    expect(within(panel).getByText('passes intelligence to')).toBeInTheDocument();
    expect(within(panel).getByRole('list', { name: /^Source passages \(1\)$/ })).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'GCHQ' }));
    expect(within(details()).getByRole('heading', { level: 3 })).toHaveTextContent('GCHQ');
  });

  it('the screen-reader announcement names the selection and follows it', async () => {
    const { user, open } = renderApp('/?sel=node:mi6');
    expect(announcements()).toContain(`Selected MI6, agency, ${open.index.degree('mi6')} connections`);
    await user.click(
      within(details()).getByRole('button', {
        name: 'Passages: MI6 shares the meeting intelligence with GCHQ',
      }),
    );
    expect(announcements()).toContain('Selected relation: MI6 shares the meeting intelligence with GCHQ');
  });

  it('"Show passage 2 in document" scrolls the reader to that passage and marks it as the current one', async () => {
    // jsdom has no scrollIntoView: record the elements the reader asks to scroll to.
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    onTestFinished(() => {
      Element.prototype.scrollIntoView = original;
    });
    const { user, open } = renderApp('/?sel=node:mi5');
    const quote = open.index.nodeById.get('mi5')?.evidence[1]?.quote;

    expect(reader().querySelectorAll('[aria-current]')).toHaveLength(0);
    await user.click(within(details()).getByRole('button', { name: 'Show passage 2 in document' }));
    const current = [...reader().querySelectorAll('[aria-current="true"]')];
    expect(current.map((el) => el.textContent).join('')).toBe(quote);
    expect(scrolled[0]).toBe(current[0]);
    expect(current[0]).toHaveFocus();
  });

  it('"Focus on this" and "Path from here" set the view around the node', async () => {
    const { user } = renderApp('/?sel=node:sami');
    const focus = within(details()).getByRole('button', { name: 'Focus on this' });
    await user.click(focus);
    expect(focus).toHaveAttribute('aria-pressed', 'true');
    expect(window.location.search).toContain('focus=sami:1');
    await user.click(within(details()).getByRole('button', { name: 'Path from here' }));
    expect(window.location.search).toContain('from=sami');
  });

  it('lists the flow steps the node takes part in, each putting the tracer on that step', async () => {
    const { user } = renderApp('/?sel=node:stranger');
    const steps = within(details()).getByRole('list', { name: /flow steps?$/ });
    const step = within(steps).getByRole('button', { name: /step 7 — / });
    await user.click(step);
    expect(window.location.search).toContain('trace=case-study:7');
    expect(step).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('a passage not found in an edited text', () => {
  it('is listed on its node as not found, with the words it quoted, and the node still opens', () => {
    // The text no longer has the memory stick's second passage: it was cut.
    const edited = minimalSource.replace(' and found malware built to steal diplomatic cables', '');
    const result = openDataset(structuredClone(minimalGraph), edited, 'edited');
    if (!result.ok) throw new Error('the edited dataset does not open');
    renderApp('/?sel=node:memory-stick', result.open);
    const passages = within(details()).getByRole('list', { name: /Source passages/ });
    const items = within(passages).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[1]).toHaveTextContent('found malware built to steal diplomatic cables');
    expect(items[1]).toHaveTextContent('Passage not found in the text');
    expect(within(items[1]!).queryByRole('button', { name: /in document/ })).not.toBeInTheDocument();
    expect(within(items[0]!).getByRole('button', { name: /in document/ })).toBeInTheDocument();
  });
});

describe('a dataset of several documents', () => {
  function openTwoDocuments() {
    const texts = new Map([
      ['report', reportText],
      ['memo', memoText],
    ]);
    const result = openDataset(structuredClone(twoDocumentsGraph), texts, 'graph.json');
    if (!result.ok) throw new Error('valid-two-documents does not open');
    return result.open;
  }

  it('each passage says which document it is from', () => {
    renderApp('/?sel=node:anna-clarke', openTwoDocuments());
    const passages = within(details()).getByRole('list', { name: /Source passages/ });
    const items = within(passages).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^from Field report, Vienna/);
    expect(items[1]).toHaveTextContent(/^from GCHQ memo on the memory stick/);
  });

  it('a dataset of one document does not name it on every passage', () => {
    renderApp('/?sel=node:mi5');
    expect(within(details()).queryByText(/^from /)).not.toBeInTheDocument();
  });

  it('"Show in document" on a passage of the other document opens that document at that passage', async () => {
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    onTestFinished(() => {
      Element.prototype.scrollIntoView = original;
    });
    const { user } = renderApp('/?sel=node:anna-clarke', openTwoDocuments());
    const picker = within(reader()).getByRole('combobox', { name: 'Document' });
    expect(picker).toHaveDisplayValue(/^Field report, Vienna/);

    await user.click(within(details()).getByRole('button', { name: 'Show passage 2 in document' }));
    expect(picker).toHaveDisplayValue(/^GCHQ memo on the memory stick/);
    expect(reader()).toHaveTextContent('GCHQ thanked Anna Clarke');
    const current = [...reader().querySelectorAll('[aria-current="true"]')];
    expect(current.map((el) => el.textContent).join('')).toBe('GCHQ thanked Anna Clarke');
    expect(scrolled).toContain(current[0]);
    expect(current[0]).toHaveFocus();
    expect(window.location.search).toContain('doc=memo');
  });
});
