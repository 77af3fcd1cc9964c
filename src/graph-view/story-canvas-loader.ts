// The story view's code, loaded when a trace or the story layout first shows it: the first paint does not need it.
import type { StoryCanvas } from './StoryCanvas';

type StoryCanvasComponent = typeof StoryCanvas;

let loaded: StoryCanvasComponent | null = null;
let loading: Promise<StoryCanvasComponent> | null = null;

/** The story canvas's module, loaded once; a failed load is tried again next time. */
export function loadStoryCanvas(): Promise<StoryCanvasComponent> {
  loading ??= import('./StoryCanvas').then(
    (module) => (loaded = module.StoryCanvas),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The story canvas if its code is already here (then it is drawn in the same render, with no pause), else null. */
export const loadedStoryCanvas = (): StoryCanvasComponent | null => loaded;
