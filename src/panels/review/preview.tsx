// The candidate under review drawn over the reader's text: its spans marked inside whatever segments they fall in.
import { Fragment, type ReactNode } from 'react';
import type { Span } from '../../model/evidence';
import type { ReaderModel } from '../../model/reader-model';

/** Nothing previewed: one shared empty list, so an unchanged preview re-renders nothing. */
export const NO_PREVIEW: readonly Span[] = Object.freeze([]);

/**
 * The text of [start, end) with the previewed parts of it as marks, keyed `key` among its siblings; the plain
 * string when none falls in it.
 */
export function withPreview(
  text: string,
  start: number,
  end: number,
  preview: readonly Span[],
  key: number,
): ReactNode {
  const inside = preview.filter((p) => p.start < end && p.end > start);
  if (inside.length === 0) return text.slice(start, end);
  const out: ReactNode[] = [];
  let at = start;
  for (const p of [...inside].sort((a, b) => a.start - b.start)) {
    const from = Math.max(p.start, at);
    const to = Math.min(p.end, end);
    if (to <= from) continue;
    if (from > at) out.push(text.slice(at, from));
    out.push(
      <mark key={from} className="reader-preview" data-preview={p.start}>
        {text.slice(from, to)}
      </mark>,
    );
    at = to;
  }
  if (at < end) out.push(text.slice(at, end));
  return <Fragment key={key}>{out}</Fragment>;
}

/** Per group of the reader, the previewed spans in it as text: what tells its memo to draw it again. */
export function previewGroupKeys(model: ReaderModel, preview: readonly Span[]): string[] {
  return model.groups.map((group) => {
    const first = model.segments[group.segFrom];
    const last = model.segments[group.segTo - 1];
    if (!first || !last || preview.length === 0) return '';
    return preview
      .filter((p) => p.start < last.end && p.end > first.start)
      .map((p) => `${p.start}-${p.end}`)
      .join(',');
  });
}
