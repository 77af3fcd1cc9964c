// The overview of a big graph in a web worker, so laying out thousands of entities never freezes the page:
// progress after each round, and a stop that ends the run between two rounds with the positions reached so far.
import { expose } from 'comlink';
import { iterationsFor, startOverviewAtScale, type AtScaleProgress } from './overview-at-scale';
import type { LayoutGraph, Point } from './layout-positions';

let stopped = false;

/** Lets the worker take its messages (a stop) between two rounds. */
const yieldToMessages = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const api = {
  async layout(
    graph: LayoutGraph,
    seed: number,
    onProgress?: (progress: AtScaleProgress) => void,
  ): Promise<[string, Point][]> {
    stopped = false;
    // Said before the start is computed, which on 20,000 entities takes seconds itself.
    onProgress?.({ done: 0, total: iterationsFor(graph.nodes.length) });
    const run = startOverviewAtScale(graph, seed);
    for (let progress = run.next(); progress; progress = run.next()) {
      onProgress?.(progress);
      await yieldToMessages();
      if (stopped) break;
    }
    // A Map crosses to the page as pairs: structured clone keeps it either way, comlink's types prefer arrays.
    return [...run.positions()];
  },
  stop() {
    stopped = true;
  },
};

export type OverviewLayoutWorkerApi = typeof api;

expose(api);
