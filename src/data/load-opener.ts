// Opening files, links and kept datasets, loaded on first use: the checks (zod, the schema, migration,
// re-anchoring) are a chunk of their own, so the bundled dataset, opened without them, draws sooner.
import type { Problem } from '../model/problem';
import type { OpenResult } from './open-dataset';
import type { OpenFilesOptions, PickedFile } from './open-files';

// Kept beside the question, which the opener's worker also imports; named here so the app needs no other import.
export { CANCELLED_MESSAGE, LARGE_DATASET_NODES } from './large-dataset';

type OpenFilesModule = typeof import('./open-files');

let loading: Promise<OpenFilesModule> | null = null;

/** The opener's module, loaded once; a failed load is tried again next time (the network may be back). */
export function loadOpenFiles(): Promise<OpenFilesModule> {
  loading ??= import('./open-files').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** The problem shown when the opener's code could not be loaded: what is open stays open. */
export function notLoadedProblem(error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    path: '',
    message:
      `Dossier could not load the code that checks a dataset (${reason}). Check that the site that serves ` +
      'Dossier is reachable, then try again or reload the page.',
    severity: 'error',
  };
}

/** `openDatasetFiles`, loading it first; a failed load is a problem like any other, never a throw. */
export async function openDatasetFilesLazily(
  files: readonly PickedFile[],
  options: OpenFilesOptions = {},
): Promise<OpenResult> {
  let opener: OpenFilesModule;
  try {
    opener = await loadOpenFiles();
  } catch (error) {
    return { ok: false, problems: [notLoadedProblem(error)] };
  }
  return opener.openDatasetFiles(files, options);
}
