// Opens a dataset with its checks run in a worker, so a large file does not freeze the page; only the index is built
// on the main thread, from the checked data the worker hands back. Where there is no Worker (jsdom, Node) or it
// cannot start, the same checks run here: the problems and their wording are the same either way.
import { releaseProxy, wrap } from 'comlink';
import type { OpenCheckWorkerApi } from './open-check.worker';
import { checkForOpening, withIndex, type CheckedOpen, type OpenResult } from './open-dataset';

/** `openDataset`, with its checks in a worker where the browser has one. */
export async function openDatasetOffThread(
  raw: unknown,
  texts: ReadonlyMap<string, string> | string,
  origin: string,
): Promise<OpenResult> {
  return withIndex(await checkOffThread(raw, texts, origin));
}

async function checkOffThread(
  raw: unknown,
  texts: ReadonlyMap<string, string> | string,
  origin: string,
): Promise<CheckedOpen> {
  if (typeof Worker === 'undefined') return checkForOpening(raw, texts, origin);
  let worker: Worker;
  try {
    // A same-origin module file: the only form the app's CSP allows.
    worker = new Worker(new URL('./open-check.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return checkForOpening(raw, texts, origin);
  }
  const api = wrap<OpenCheckWorkerApi>(worker);
  try {
    return await new Promise<CheckedOpen>((resolve, reject) => {
      // A worker that fails to load (its file missing, say) reports an error event rather than rejecting the call.
      worker.addEventListener('error', (event) => reject(new Error(event.message)), { once: true });
      api.check(raw, texts, origin).then(resolve, reject);
    });
  } catch {
    // The checks themselves never throw on bad data: a failure here is the worker's, and they run here instead.
    return checkForOpening(raw, texts, origin);
  } finally {
    api[releaseProxy]();
    worker.terminate();
  }
}
