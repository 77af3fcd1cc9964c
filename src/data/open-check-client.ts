// Opens a dataset from files read as text with its parsing and checks in a worker, so a large file does not freeze
// the page; its nodes and edges come back in slices (open-handover.ts) and only the index is built here. Where there
// is no Worker (jsdom, Node) or it cannot start, the same code runs here: the problems and their wording are the
// same either way.
import { proxy, releaseProxy, wrap, type Remote } from 'comlink';
import type { AskLarge, LargeAnswer } from './large-dataset';
import type { OpenCheckWorkerApi } from './open-check.worker';
import { withIndexInSlices, type CheckedOpen, type OpenResult } from './open-dataset';
import { openFromTexts, type ReadFile } from './open-from-texts';
import { withElements } from './open-handover';

/** `openFromTexts`, run in a worker where the browser has one, with its index built here in slices. */
export async function openTextsOffThread(
  json: { name: string; text: string },
  textFiles: readonly ReadFile[],
  ask: AskLarge,
): Promise<OpenResult> {
  // Asked at most once, even when the worker fails after asking and the checks run again here.
  let answer: Promise<LargeAnswer> | undefined;
  const askOnce: AskLarge = (nodes, fileName) => (answer ??= ask(nodes, fileName));
  const inPlace = () => openFromTexts(json, textFiles, askOnce);
  return withIndexInSlices(await checkOffThread(json, textFiles, askOnce, inPlace));
}

async function checkOffThread(
  json: { name: string; text: string },
  textFiles: readonly ReadFile[],
  ask: AskLarge,
  inPlace: () => Promise<CheckedOpen>,
): Promise<CheckedOpen> {
  if (typeof Worker === 'undefined') return inPlace();
  let worker: Worker;
  try {
    // A same-origin module file: the only form the app's CSP allows.
    worker = new Worker(new URL('./open-check.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inPlace();
  }
  const api = wrap<OpenCheckWorkerApi>(worker);
  try {
    return await new Promise<CheckedOpen>((resolve, reject) => {
      // A worker that fails to load (its file missing, say) reports an error event rather than rejecting the call.
      worker.addEventListener('error', (event) => reject(new Error(event.message)), { once: true });
      receive(api, json, [...textFiles], ask).then(resolve, reject);
    });
  } catch {
    // The checks themselves never throw on bad data: a failure here is the worker's, and they run here instead.
    return inPlace();
  } finally {
    api[releaseProxy]();
    worker.terminate();
  }
}

async function receive(
  api: Remote<OpenCheckWorkerApi>,
  json: { name: string; text: string },
  textFiles: ReadFile[],
  ask: AskLarge,
): Promise<CheckedOpen> {
  return withElements(await api.open(json, textFiles, proxy(ask)), api);
}
