// The worker that opens a dataset from files read as text (parsing, checks, validation, content version) off the
// page's main thread, then hands the result over in slices so that no single message blocks the page for long.
import { expose } from 'comlink';
import type { GraphEdge, GraphNode } from '../model/schema';
import type { AskLarge } from './large-dataset';
import type { CheckedOpen } from './open-dataset';
import { openFromTexts, type ReadFile } from './open-from-texts';
import { withoutElements, type OpenHandover } from './open-handover';

/** The dataset this worker opened, kept until its elements have been taken. */
let held: Extract<CheckedOpen, { ok: true }> | null = null;

const api = {
  async open(
    json: { name: string; text: string },
    textFiles: ReadFile[],
    ask: AskLarge,
  ): Promise<OpenHandover> {
    const checked = await openFromTexts(json, textFiles, ask);
    if (!checked.ok) return checked;
    held = checked;
    return withoutElements(checked);
  },
  /** The opened dataset's nodes `from` to `to` (exclusive). */
  nodes(from: number, to: number): GraphNode[] {
    return held?.open.dataset.nodes.slice(from, to) ?? [];
  },
  /** The opened dataset's edges `from` to `to` (exclusive). */
  edges(from: number, to: number): GraphEdge[] {
    return held?.open.dataset.edges.slice(from, to) ?? [];
  },
};

export type OpenCheckWorkerApi = typeof api;

expose(api);
