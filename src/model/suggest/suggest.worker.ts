// The suggestion pass in a web worker, so reading a long text never freezes the page; driven through comlink.
import { expose } from 'comlink';
import { suggest } from './index';
import type { SuggestOptions, SuggestProgress, SuggestResult } from './types';

const api = {
  /** Progress goes back to the page after each paragraph; the page cancels by terminating the worker. */
  suggest(
    text: string,
    options: SuggestOptions,
    onProgress?: (progress: SuggestProgress) => void,
  ): SuggestResult {
    return suggest(text, options, onProgress ? (progress) => void onProgress(progress) : undefined);
  },
};

export type SuggestWorkerApi = typeof api;

expose(api);
