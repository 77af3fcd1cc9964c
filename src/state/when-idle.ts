// Runs work nobody is waiting for (writing the URL after a click) once the page has painted what the user is
// waiting for and is idle, or after a short while at the latest, so it never delays the answer to a click.

/** At most this long after it is asked for, the work runs even if the page is never idle (a busy canvas). */
export const IDLE_TIMEOUT_MS = 200;

/**
 * Schedules `run` for the next idle moment; returns a cancel. Where the browser cannot say when it is idle (no
 * requestIdleCallback, as in jsdom), it runs a microtask later, once the current event's actions have landed.
 */
export function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(id);
  }
  let live = true;
  queueMicrotask(() => {
    if (live) run();
  });
  return () => {
    live = false;
  };
}
