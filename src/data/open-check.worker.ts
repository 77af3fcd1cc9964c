// The worker that checks an opened dataset (validation, texts, content version) off the page's main thread.
import { expose } from 'comlink';
import { checkForOpening, type CheckedOpen } from './open-dataset';

const api = {
  check(raw: unknown, texts: ReadonlyMap<string, string> | string, origin: string): CheckedOpen {
    return checkForOpening(raw, texts, origin);
  },
};

export type OpenCheckWorkerApi = typeof api;

expose(api);
