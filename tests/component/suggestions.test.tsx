// Suggestions in the app: asking shows progress and can be cancelled; the review list accepts, rejects, renames,
// merges, accepts all of a type and accepts relations, each as an edit Undo takes back; the words are previewed.
import { act, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import minimalGraph from '../fixtures/valid-minimal/graph.json';
import minimalSource from '../fixtures/valid-minimal/source.txt?raw';
import { openDataset, type OpenDataset } from '../../src/data/open-dataset';
import { suggest, type SuggestRequest } from '../../src/data/suggest-client';
import type { QuotedSpan, SuggestResult } from '../../src/model/suggest/types';
import { renderApp } from './render-app';

vi.mock('../../src/data/suggest-client', () => ({ suggest: vi.fn() }));

function openMinimal(): OpenDataset {
  const result = openDataset(structuredClone(minimalGraph), minimalSource, 'graph.json');
  if (!result.ok) throw new Error('the minimal fixture does not open');
  return result.open;
}

function spans(quote: string): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  for (let at = minimalSource.indexOf(quote); at >= 0; at = minimalSource.indexOf(quote, at + 1))
    found.push({ start: at, end: at + quote.length, quote });
  if (found.length === 0) throw new Error(`no "${quote}"`);
  return found;
}

const sentence = (from: string) => {
  const start = minimalSource.indexOf(from);
  const end = minimalSource.indexOf('.', start) + 1;
  return { start, end, quote: minimalSource.slice(start, end) };
};

const candidate = (
  id: string,
  label: string,
  type: SuggestResult['candidates'][number]['type'],
  score: number,
) => ({
  id,
  label,
  type,
  spans: spans(label),
  aliases: [],
  score,
});

const RESULT: SuggestResult = {
  candidates: [
    candidate('united-kingdom', 'United Kingdom', 'place', 9),
    candidate('vienna', 'Vienna', 'place', 8),
    candidate('nervous-source', 'nervous source', 'person', 7),
    candidate('mi6', 'MI6', 'organisation', 6),
    candidate('malware', 'malware', 'theme', 5),
    candidate('diplomatic-cables', 'diplomatic cables', 'item', 4),
  ],
  relations: [
    {
      id: 'r1',
      source: 'vienna',
      target: 'nervous-source',
      label: 'was handed a memory stick by a',
      evidence: sentence('In Vienna'),
      mentions: [spans('Vienna')[0] as QuotedSpan, spans('nervous source')[0] as QuotedSpan],
      score: 3,
    },
  ],
};

const mockedSuggest = vi.mocked(suggest);

/** Suggestions that come back at once, after saying the first paragraph was read. */
function answerAtOnce(result: SuggestResult = RESULT) {
  mockedSuggest.mockImplementation((text: string, request?: SuggestRequest) => {
    request?.onProgress?.({ done: text.length, total: text.length });
    return Promise.resolve(structuredClone(result));
  });
}

const suggestions = () => screen.getByRole('region', { name: 'Suggestions' });
const counts = (entities: number, relations: number) =>
  screen.getByText(
    new RegExp(`Showing ${entities} of ${entities} entities, ${relations} of ${relations} relations`),
  );

async function openSuggestions() {
  answerAtOnce();
  const app = renderApp('/', openMinimal());
  await app.user.click(screen.getByRole('button', { name: 'Suggest entities' }));
  // The list loads with the first ask (a lazy chunk): the first in a run waits for its module.
  await screen.findByRole('region', { name: 'Suggestions' }, { timeout: 4000 });
  return app;
}

beforeEach(() => {
  mockedSuggest.mockReset();
});

describe('suggestions', () => {
  it('asking reads the document shown, shows how far it got, and Cancel stops the worker', async () => {
    let signal: AbortSignal | undefined;
    let progress: SuggestRequest['onProgress'];
    mockedSuggest.mockImplementation((_text, request) => {
      signal = request?.signal;
      progress = request?.onProgress;
      return new Promise(() => {});
    });
    const { user } = renderApp('/', openMinimal());
    await user.click(screen.getByRole('button', { name: 'Suggest entities' }));
    expect(mockedSuggest).toHaveBeenCalledWith(minimalSource, expect.anything());
    const bar = screen.getByRole('progressbar', { name: 'Reading the text' });
    act(() => progress?.({ done: 100, total: minimalSource.length }));
    expect(bar).toHaveAttribute('value', '100');
    expect(bar).toHaveAttribute('max', String(minimalSource.length));
    expect(screen.getByRole('button', { name: 'Suggest entities' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Cancel suggestions' }));
    expect(signal?.aborted).toBe(true);
    expect(screen.queryByRole('progressbar', { name: 'Reading the text' })).not.toBeInTheDocument();
    expect(screen.getByText('Suggestions cancelled.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Suggest entities' })).toBeEnabled();
  });

  it('a pass that fails says why instead of showing nothing', async () => {
    mockedSuggest.mockRejectedValue(new Error('The suggestion worker failed: out of memory'));
    const { user } = renderApp('/', openMinimal());
    await user.click(screen.getByRole('button', { name: 'Suggest entities' }));
    expect(await screen.findByRole('alert', {}, { timeout: 4000 })).toHaveTextContent(
      'Suggestions failed: The suggestion worker failed: out of memory',
    );
  });

  it('lists candidates best first by type, marks what the graph already names, and previews the words', async () => {
    const { user } = await openSuggestions();
    const list = suggestions();
    expect(within(list).getByRole('heading', { name: 'Places (2)' })).toBeInTheDocument();
    const rows = within(list)
      .getAllByRole('listitem')
      .map((li) => li.getAttribute('aria-label'));
    expect(rows.slice(0, 2)).toEqual(['United Kingdom, 1 mention', 'Vienna, 1 mention']);
    expect(rows).toContain('MI6, 2 mentions, already in the graph');
    // The theme has no type of that name in MI6's vocabulary: it falls back to the first, Agency.
    expect(within(list).getByRole('combobox', { name: 'Type of malware' })).toHaveValue('agency');

    act(() => within(list).getByRole('listitem', { name: 'Vienna, 1 mention' }).focus());
    const reader = screen.getByRole('region', { name: 'Document' });
    const marked = () => [...reader.querySelectorAll('.reader-preview')].map((m) => m.textContent);
    expect(marked()).toEqual(['Vienna']);
    // The arrow keys move down the list, and the marks follow.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAccessibleName('nervous source, 1 mention');
    expect(marked()).toEqual(['nervous source']);
  });

  it('accepting makes a node on the canvas; Undo puts the candidate back in the list', async () => {
    const { user } = await openSuggestions();
    await user.click(within(suggestions()).getByRole('button', { name: 'Accept Vienna' }));
    expect(counts(5, 3)).toBeInTheDocument();
    expect(within(suggestions()).queryByRole('button', { name: 'Accept Vienna' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo Accept “Vienna”' })).toBeEnabled();

    await user.keyboard('{Control>}z{/Control}');
    expect(counts(4, 3)).toBeInTheDocument();
    expect(within(suggestions()).getByRole('button', { name: 'Accept Vienna' })).toBeInTheDocument();
  });

  it('accepting one the graph already names adds its words to that node instead of a duplicate', async () => {
    const { user } = await openSuggestions();
    await user.click(within(suggestions()).getByRole('button', { name: 'Accept MI6' }));
    expect(counts(4, 3)).toBeInTheDocument();
    expect(within(suggestions()).queryByRole('button', { name: 'Accept MI6' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo Accept “MI6”' })).toBeEnabled();
  });

  it('rename, merge and reject change what accepting adds', async () => {
    const { user } = await openSuggestions();
    const list = suggestions();
    await user.click(within(list).getByRole('button', { name: 'Edit nervous source' }));
    const name = within(list).getByRole('textbox', { name: 'Name of nervous source' });
    await user.clear(name);
    await user.type(name, 'The source{Enter}');
    expect(within(list).getByRole('button', { name: 'Accept The source' })).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Edit malware' }));
    await user.selectOptions(
      within(list).getByRole('combobox', { name: 'Merge malware into…' }),
      'diplomatic cables',
    );
    expect(within(list).queryByRole('button', { name: 'Accept malware' })).not.toBeInTheDocument();
    expect(within(list).getByRole('listitem', { name: 'diplomatic cables, 2 mentions' })).toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Edit MI6' }));
    await user.click(within(list).getByRole('button', { name: 'Split mention 2 off MI6' }));
    expect(
      within(list).getAllByRole('listitem', { name: 'MI6, 1 mention, already in the graph' }),
    ).toHaveLength(2);

    await user.click(within(list).getByRole('button', { name: 'Reject United Kingdom' }));
    expect(within(list).queryByRole('button', { name: 'Accept United Kingdom' })).not.toBeInTheDocument();
    expect(counts(4, 3)).toBeInTheDocument();
  });

  it('Accept all of a type is one step, and a relation between two accepted ones can then be accepted', async () => {
    const { user } = await openSuggestions();
    const list = suggestions();
    await user.click(within(list).getByRole('button', { name: 'Accept all Places' }));
    expect(counts(6, 3)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo Accept all 2 Places' })).toBeEnabled();
    expect(within(list).queryByRole('button', { name: /^Accept relation/ })).not.toBeInTheDocument();

    await user.click(within(list).getByRole('button', { name: 'Accept nervous source' }));
    const relation = within(list).getByRole('button', {
      name: 'Accept relation Vienna – was handed a memory stick by a – nervous source',
    });
    expect(within(list).getByRole('combobox', { name: 'Relation type' })).toBeInTheDocument();
    await user.click(relation);
    expect(counts(7, 4)).toBeInTheDocument();
    expect(within(list).queryByRole('button', { name: /^Accept relation/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Undo Accept relation/ }));
    expect(counts(7, 3)).toBeInTheDocument();
    expect(within(list).getByRole('button', { name: /^Accept relation Vienna/ })).toBeInTheDocument();
  });

  it('Close suggestions closes the list and clears the marked words', async () => {
    const { user } = await openSuggestions();
    act(() => within(suggestions()).getByRole('listitem', { name: 'Vienna, 1 mention' }).focus());
    await user.click(screen.getByRole('button', { name: 'Close suggestions' }));
    expect(screen.queryByRole('region', { name: 'Suggestions' })).not.toBeInTheDocument();
    expect(document.querySelector('.reader-preview')).toBeNull();
    expect(screen.getByRole('button', { name: 'Suggest entities' })).toHaveFocus();
  });

  it('Esc in the list closes it and gives the keyboard back to Suggest entities; in a name being typed it does not', async () => {
    const { user } = await openSuggestions();
    await user.click(within(suggestions()).getByRole('button', { name: 'Edit Vienna' }));
    await user.click(within(suggestions()).getByRole('textbox', { name: 'Name of Vienna' }));
    await user.keyboard('{Escape}');
    expect(suggestions()).toBeInTheDocument();

    act(() => within(suggestions()).getByRole('listitem', { name: 'Vienna, 1 mention' }).focus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Suggestions' })).not.toBeInTheDocument();
    expect(document.querySelector('.reader-preview')).toBeNull();
    expect(screen.getByRole('button', { name: 'Suggest entities' })).toHaveFocus();
  });
});
