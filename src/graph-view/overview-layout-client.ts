// Starts the overview of a big graph in its worker: progress as it goes, Stop keeps the layout reached so far,
// and cancelling (the canvas went away) terminates the worker at once.
import { proxy, releaseProxy, wrap } from 'comlink';
import type { OverviewLayoutWorkerApi } from './overview-layout.worker';
import type { AtScaleProgress } from './overview-at-scale';
import type { LayoutGraph, Positions } from './layout-positions';

export interface OverviewLayoutJob {
  /** The positions, when every round has run or after `stop`; rejects when cancelled or when the worker fails. */
  positions: Promise<Positions>;
  /** Ends the run after the current round: `positions` resolves with what it reached (a whole layout). */
  stop(): void;
  /** Drops the run: the worker is terminated and `positions` rejects. */
  cancel(): void;
}

/** One worker per run, terminated when it ends: a same-origin module file, the only form the app's CSP allows. */
export function layOutOverviewInWorker(
  graph: LayoutGraph,
  seed: number,
  onProgress: (progress: AtScaleProgress) => void,
): OverviewLayoutJob {
  const worker = new Worker(new URL('./overview-layout.worker.ts', import.meta.url), { type: 'module' });
  const api = wrap<OverviewLayoutWorkerApi>(worker);
  let settle: { reject: (reason: unknown) => void } | null = null;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    api[releaseProxy]();
    worker.terminate();
  };
  const positions = new Promise<Positions>((resolve, reject) => {
    settle = { reject };
    worker.addEventListener('error', (event) => {
      end();
      reject(new Error(`The layout worker failed: ${event.message}`));
    });
    api.layout(graph, seed, proxy(onProgress)).then(
      (pairs) => {
        end();
        resolve(new Map(pairs));
      },
      (error: unknown) => {
        end();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
  return {
    positions,
    stop: () => {
      if (!ended) void api.stop();
    },
    cancel: () => {
      if (ended) return;
      end();
      settle?.reject(new DOMException('The layout was cancelled', 'AbortError'));
    },
  };
}
