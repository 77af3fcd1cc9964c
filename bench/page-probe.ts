// What the browser benchmark installs in each page before it loads (app and raw alike): timers that watch for the
// first drawn graph, the page at rest, a click or keystroke answered on screen, long tasks and frame times.
// Everything here runs in the page: Playwright sends the function's source, so it may use no outside names.
import type { Core } from 'cytoscape';

/** What the page must show to count as drawn: the nodes at these preset positions. */
export interface DrawnExpectation {
  /** Count "first drawn" from navigation (the dataset opens at load), else from the files given. */
  atLoad: boolean;
  positions: { id: string; x: number; y: number }[];
}

/** A thing the user waits to see after an input; each is checked on the canvas and, for the app, in the panels. */
export type Answer =
  | { kind: 'click'; id: string; label: string; app: boolean }
  | { kind: 'search'; firstLabel: string; count: number }
  | { kind: 'filter'; hiddenId: string; shownId: string }
  | { kind: 'unfilter'; shownId: string }
  | { kind: 'step'; title: string; index: number };

export interface Probe {
  longTasks: { start: number; duration: number }[];
  filesGivenAt: number | null;
  drawnAt: number | null;
  /** Starts timing an answer: the clock starts at the next input event of `startOn`. */
  arm(answer: Answer, startOn: 'mouseup' | 'keydown'): void;
  answer: { start: number | null; end: number | null } | null;
  /** Resolves with the time the page has been at rest (no move, no animation, no long task) for `quietMs`. */
  settle(quietMs: number, timeoutMs: number): Promise<number | null>;
  startFrames(): void;
  stopFrames(): number[];
  /**
   * What the next press of the mouse button landed on, since watchPress(): 'background', an element's id, or null
   * before the page has handled a press; and how many moves with the button down the page has handled since.
   */
  press: { on: string | null; movesDown: number };
  watchPress(): void;
}

declare global {
  interface Window {
    __bench?: Probe;
    __dossierCy?: Core;
    __rawCy?: Core;
  }
}

export function installProbe(expect: DrawnExpectation | null): void {
  const cyOf = (): Core | undefined => window.__dossierCy ?? window.__rawCy;
  /** Runs `then` after the next frame is painted: a message posted from a frame callback runs after its paint. */
  const afterPaint = (then: () => void) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then();
    channel.port2.postMessage(0);
  };
  const probe: Probe = {
    longTasks: [],
    filesGivenAt: null,
    drawnAt: null,
    answer: null,
    arm: () => undefined,
    settle: () => Promise.resolve(null),
    startFrames: () => undefined,
    stopFrames: () => [],
    press: { on: null, movesDown: 0 },
    watchPress: () => undefined,
  };
  window.__bench = probe;

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the figure stays empty rather than the page failing.
  }

  const drawn = (): boolean => {
    const cy = cyOf();
    if (!cy || cy.destroyed() || !expect) return false;
    return expect.positions.every(({ id, x, y }) => {
      const node = cy.getElementById(id);
      if (node.empty()) return false;
      const at = node.position();
      return Math.abs(at.x - x) < 0.5 && Math.abs(at.y - y) < 0.5;
    });
  };
  // Checked at the start of each frame: when true there, that frame's paint shows it.
  const watchDrawn = () => {
    const tick = () => {
      if (drawn()) afterPaint(() => (probe.drawnAt = performance.now()));
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  if (expect?.atLoad) watchDrawn();
  document.addEventListener(
    'change',
    (event) => {
      if ((event.target as HTMLInputElement | null)?.type !== 'file') return;
      probe.filesGivenAt = event.timeStamp;
      watchDrawn();
    },
    true,
  );

  /** The element whose heading (by aria-labelledby) reads `name`: a region as a screen reader finds it. */
  const region = (name: string): Element | null => {
    for (const section of document.querySelectorAll('section[aria-labelledby]')) {
      const heading = document.getElementById(section.getAttribute('aria-labelledby') ?? '');
      if (heading?.textContent?.trim() === name) return section;
    }
    return null;
  };
  const answered = (answer: Answer): boolean => {
    const cy = cyOf();
    if (!cy) return false;
    switch (answer.kind) {
      case 'click': {
        if (!cy.getElementById(answer.id).hasClass('selected-element')) return false;
        if (!answer.app) return true;
        const heading = region('Details')?.querySelector('h3')?.textContent ?? '';
        const reader = region('Document')?.querySelector('mark.is-selected');
        return heading.includes(answer.label) && reader !== null && reader !== undefined;
      }
      case 'search': {
        const list = document.querySelector('[role="listbox"][aria-label="Matching entities"]');
        if (!list || (list as HTMLElement).hidden) return false;
        const options = list.querySelectorAll('[role="option"]');
        const first = options[0]?.querySelector('.search-result-label')?.textContent ?? '';
        return options.length === answer.count && first === answer.firstLabel;
      }
      case 'filter':
        return !cy.getElementById(answer.hiddenId).visible() && cy.getElementById(answer.shownId).visible();
      case 'unfilter':
        return cy.getElementById(answer.shownId).visible();
      case 'step': {
        // Tracing shows the story view: the step's column and marks carry its index and light up as current.
        const title = region('Case study tracer')?.querySelector('h3')?.textContent ?? '';
        return title === answer.title && cy.elements(`.story-current[step = ${answer.index}]`).nonempty();
      }
    }
  };

  probe.arm = (answer, startOn) => {
    const state: { start: number | null; end: number | null } = { start: null, end: null };
    probe.answer = state;
    let done = false;
    const finish = (inFrame: boolean) => {
      if (done) return;
      done = true;
      observer.disconnect();
      // Seen at a frame's start: that frame paints it. Seen between frames: the next one does.
      if (inFrame) afterPaint(() => (state.end = performance.now()));
      else requestAnimationFrame(() => afterPaint(() => (state.end = performance.now())));
    };
    const check = (inFrame: boolean) => {
      if (!done && state.start !== null && answered(answer)) finish(inFrame);
    };
    const observer = new MutationObserver(() => check(false));
    window.addEventListener(
      startOn,
      (event) => {
        state.start = event.timeStamp;
        observer.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        // A raw page changes no DOM: its tap handler runs during this event, so look right after it.
        setTimeout(() => check(false), 0);
        const tick = () => {
          check(true);
          if (!done) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      },
      { capture: true, once: true },
    );
  };

  probe.settle = (quietMs, timeoutMs) =>
    new Promise((resolve) => {
      const began = performance.now();
      let last = '';
      let quietSince = performance.now();
      const signature = () => {
        const cy = cyOf();
        if (!cy || cy.destroyed()) return 'none';
        const nodes = cy.nodes();
        const sample: string[] = [];
        // A few nodes spread over the graph stand for all: a layout moves every node.
        for (let i = 0; i < nodes.length; i += Math.max(1, Math.floor(nodes.length / 16))) {
          const p = nodes[i]?.position();
          if (p) sample.push(`${p.x.toFixed(1)},${p.y.toFixed(1)}`);
        }
        const pan = cy.pan();
        return `${cy.animated()}|${cy.zoom().toFixed(4)}|${pan.x.toFixed(1)},${pan.y.toFixed(1)}|${sample.join(';')}`;
      };
      const poll = () => {
        const now = performance.now();
        const next = signature();
        const lastTask = probe.longTasks.at(-1);
        if (next !== last || (lastTask && lastTask.start + lastTask.duration > quietSince)) {
          last = next;
          quietSince = Math.max(now, lastTask ? lastTask.start + lastTask.duration : 0);
        }
        if (now - quietSince >= quietMs) resolve(quietSince);
        else if (now - began > timeoutMs) resolve(null);
        else setTimeout(poll, 50);
      };
      poll();
    });

  probe.watchPress = () => {
    const press: Probe['press'] = { on: null, movesDown: 0 };
    probe.press = press;
    const cy = cyOf();
    // Cytoscape's own verdict on the press: a drag that starts on an element moves it instead of the view.
    cy?.one('tapstart', (event) => {
      press.on = event.target === cy ? 'background' : (event.target as { id(): string }).id();
    });
    const moved = (event: MouseEvent) => {
      if (event.buttons & 1) press.movesDown++;
    };
    window.addEventListener('mousemove', moved, { capture: true });
    window.addEventListener(
      'mouseup',
      () => window.removeEventListener('mousemove', moved, { capture: true }),
      {
        capture: true,
        once: true,
      },
    );
  };

  let frames: number[] = [];
  let recording = false;
  probe.startFrames = () => {
    frames = [];
    recording = true;
    const tick = (t: number) => {
      frames.push(t);
      if (recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  probe.stopFrames = () => {
    recording = false;
    return frames;
  };
}
