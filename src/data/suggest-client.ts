// Runs the suggestion pass in its own worker: progress as it goes, and an abort that stops the work at once.
import { proxy, releaseProxy, wrap } from 'comlink';
import type { SuggestWorkerApi } from '../model/suggest/suggest.worker';
import type { SuggestOptions, SuggestProgress, SuggestResult } from '../model/suggest/types';

export interface SuggestRequest {
  onProgress?: (progress: SuggestProgress) => void;
  /** Aborting terminates the worker: the pass stops mid-paragraph and the promise rejects with the reason. */
  signal?: AbortSignal;
  options?: SuggestOptions;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('Suggestions were cancelled', 'AbortError');
}

/**
 * One worker per pass: it starts here and is terminated when the pass ends or is aborted, so a cancelled pass
 * never holds a core. The worker is a same-origin file (the only form the app's CSP allows).
 */
export function suggest(
  text: string,
  { onProgress, signal, options = {} }: SuggestRequest = {},
): Promise<SuggestResult> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const worker = new Worker(new URL('../model/suggest/suggest.worker.ts', import.meta.url), {
    type: 'module',
  });
  const api = wrap<SuggestWorkerApi>(worker);
  return new Promise<SuggestResult>((resolve, reject) => {
    const stop = () => {
      signal?.removeEventListener('abort', onAbort);
      api[releaseProxy]();
      worker.terminate();
    };
    const onAbort = () => {
      stop();
      if (signal) reject(abortReason(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.addEventListener('error', (event) => {
      stop();
      reject(new Error(`The suggestion worker failed: ${event.message}`));
    });
    api.suggest(text, options, onProgress ? proxy(onProgress) : undefined).then(
      (result) => {
        stop();
        resolve(result);
      },
      (error: unknown) => {
        stop();
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
