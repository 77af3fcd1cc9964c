// A quoted span shown inside its sentence, the quoted words marked: React text only, never HTML.
import { sentenceAround, type Span } from '../model/evidence';
import { useOpenDataset } from '../state/store';

/** How much context either side of the quote a passage shows at most: a run-on "sentence" must not fill the panel. */
const MAX_CONTEXT = 240;

export interface PassageProps {
  sourceText: string;
  span: Span;
}

/** Cuts at a space near the limit so a word is never halved. */
function clipStart(text: string, from: number, to: number): { start: number; clipped: boolean } {
  if (to - from <= MAX_CONTEXT) return { start: from, clipped: false };
  const limit = to - MAX_CONTEXT;
  const space = text.indexOf(' ', limit);
  return { start: space !== -1 && space < to ? space + 1 : limit, clipped: true };
}

function clipEnd(text: string, from: number, to: number): { end: number; clipped: boolean } {
  if (to - from <= MAX_CONTEXT) return { end: to, clipped: false };
  const limit = from + MAX_CONTEXT;
  const space = text.lastIndexOf(' ', limit);
  return { end: space > from ? space : limit, clipped: true };
}

export function Passage({ sourceText, span }: PassageProps) {
  const around = sentenceAround(sourceText, span);
  const before = clipStart(sourceText, around.start, span.start);
  const after = clipEnd(sourceText, span.end, around.end);
  return (
    <span className="passage">
      {before.clipped && '…'}
      {sourceText.slice(before.start, span.start)}
      <mark className="passage-quote">{sourceText.slice(span.start, span.end)}</mark>
      {sourceText.slice(span.end, after.end)}
      {after.clipped && '…'}
    </span>
  );
}

/**
 * Which document a passage is from ("from Field report, Vienna"), said only where the dataset has several: with
 * one document the reader's own title says it.
 */
export function PassageSource({ document }: { document: string }) {
  const { dataset } = useOpenDataset();
  if (dataset.documents.length < 2) return null;
  const title = dataset.documents.find((d) => d.id === document)?.title ?? document;
  return (
    <p className="passage-source details-muted">
      from <cite>{title}</cite>
    </p>
  );
}
