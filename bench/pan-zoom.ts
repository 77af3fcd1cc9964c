// The browser benchmark's pan and zoom: the same view on both pages, a drag and a wheel a user would make, the
// frames the page drew meanwhile, and a check that the view really moved (else no figure, and why).
import type { Page } from 'playwright-core';

type Point = { x: number; y: number };

/** How far the drag goes: half a circle of this radius, so it ends 2 × PAN_RADIUS px from where it started. */
const PAN_RADIUS = 100;
/**
 * The drag and each half of the wheel last at least this long (a user's hand moves by the clock, whatever the page
 * draws) and carry at least MIN_INPUTS inputs, each somewhere new: a page that takes a second per frame still gets
 * a few moves to follow, instead of one that lands where the drag began and pans nothing.
 */
const PAN_MS = 1000;
const WHEEL_HALF_MS = 500;
const MIN_INPUTS = 6;
/** Cytoscape starts a pan only once the pointer is this far (its desktopTapThreshold, 4 px) from the press. */
const START_PAN_PX = 8;

/**
 * Both pages start the motion from the same view: the whole graph fitted (at most 100% zoom, at least the canvas's
 * minimum zoom) in a canvas of the same size. Returns a point of the canvas clear of nodes and edges (by Cytoscape's
 * own margins, 2 px around a node and 8 px either side of an edge, with some to spare), where a press starts a pan
 * instead of grabbing an element; null if the view has no such point.
 */
export async function sameViewAndClearPoint(page: Page): Promise<Point | null> {
  await page.evaluate(() => {
    const cy = window.__dossierCy ?? window.__rawCy;
    if (!cy) throw new Error('no Cytoscape instance');
    cy.stop(true, true);
    cy.fit(undefined, 40);
    if (cy.zoom() > 1) cy.zoom({ level: 1, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  });
  await page.evaluate(() => window.__bench?.settle(300, 10_000));
  return page.evaluate((radius) => {
    const cy = window.__dossierCy ?? window.__rawCy;
    const box = cy?.container()?.getBoundingClientRect();
    if (!cy || !box) return null;
    const w = cy.width();
    const h = cy.height();
    const inView = (p: Point) => p.x > -60 && p.y > -60 && p.x < w + 60 && p.y < h + 60;
    const nodes = cy
      .nodes(':visible')
      .map((n) => ({ p: n.renderedPosition(), r: n.renderedOuterWidth() / 2 }))
      .filter((n) => inView(n.p));
    const edges = cy
      .edges(':visible')
      .map((e) => ({
        a: e.source().renderedPosition(),
        b: e.target().renderedPosition(),
        w: e.renderedWidth() / 2,
      }))
      .filter((e) => inView(e.a) || inView(e.b));
    const toSegment = (p: Point, a: Point, b: Point) => {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
    };
    // Nearest the middle first; anywhere on the canvas will do (a dense graph leaves few clear spots), as Cytoscape
    // follows a drag that started on its canvas wherever the pointer goes.
    const candidates: Point[] = [];
    for (let y = 12; y <= h - 12; y += 6) for (let x = 12; x <= w - 12; x += 6) candidates.push({ x, y });
    const middle = { x: w / 2 + radius, y: h / 2 };
    candidates.sort(
      (p, q) => Math.hypot(p.x - middle.x, p.y - middle.y) - Math.hypot(q.x - middle.x, q.y - middle.y),
    );
    for (const p of candidates) {
      if (nodes.some((n) => Math.hypot(p.x - n.p.x, p.y - n.p.y) < n.r + 6)) continue;
      if (edges.some((e) => toSegment(p, e.a, e.b) < e.w + 10)) continue;
      return { x: box.left + p.x, y: box.top + p.y };
    }
    return null;
  }, PAN_RADIUS);
}

export interface Motion {
  /** Frames per second and the 95th-percentile frame interval over the drag and the wheel; absent if invalid. */
  fps?: number;
  p95?: number;
  /** What went wrong, or what the motion was, for the run's notes. */
  note?: string;
}

const viewOf = (page: Page) =>
  page.evaluate(() => {
    const cy = window.__dossierCy ?? window.__rawCy;
    return cy ? { zoom: cy.zoom(), pan: cy.pan() } : null;
  });

/**
 * A drag along half a circle (at least PAN_MS and MIN_INPUTS moves), then the wheel in and out (each half at least
 * WHEEL_HALF_MS and MIN_INPUTS notches), each input placed by the clock, frames timed by the page. Returns no
 * figure unless the view followed the pointer exactly and the wheel zoomed in and back out.
 */
export async function panAndZoom(page: Page): Promise<Motion> {
  const from = await sameViewAndClearPoint(page);
  if (!from) return { note: 'no point of the canvas clear of elements to drag from: no pan/zoom figure' };
  const before = await viewOf(page);
  if (!before) return { note: 'no Cytoscape instance: no pan/zoom figure' };

  // The drag. Frames count from the press: the first frames of a motion (a snapshot drawn, say) are its cost too.
  await page.evaluate(() => {
    window.__bench?.watchPress();
    window.__bench?.startFrames();
  });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  let at = { x: from.x - START_PAN_PX, y: from.y };
  await page.mouse.move(at.x, at.y);
  const t0 = Date.now();
  for (let k = 1; ; k++) {
    const progress = Math.min(1, Math.max((Date.now() - t0) / PAN_MS, k / MIN_INPUTS));
    const angle = progress * Math.PI;
    at = { x: from.x + PAN_RADIUS * (Math.cos(angle) - 1), y: from.y + PAN_RADIUS * Math.sin(angle) };
    await page.mouse.move(at.x, at.y);
    if (progress >= 1) break;
  }
  await page.mouse.up();
  const dragFrames = await page.evaluate(() => window.__bench?.stopFrames() ?? []);
  const press = await page.evaluate(() => window.__bench?.press ?? { on: null, movesDown: 0 });
  const afterDrag = await viewOf(page);
  if (press.on !== 'background') {
    return {
      note: `the drag did not pan the view: the press landed on ${press.on === null ? 'nothing Cytoscape saw' : `element ${press.on}`}; no pan/zoom figure`,
    };
  }
  // Cytoscape pans by the pointer's whole travel from the press: anything else is a drag it did not follow.
  const expected = { x: at.x - from.x, y: at.y - from.y };
  const panned = afterDrag
    ? { x: afterDrag.pan.x - before.pan.x, y: afterDrag.pan.y - before.pan.y }
    : { x: NaN, y: NaN };
  if (!(Math.abs(panned.x - expected.x) <= 2 && Math.abs(panned.y - expected.y) <= 2)) {
    return {
      note:
        `the drag did not pan the view as far as the pointer went: panned (${panned.x.toFixed(0)}, ${panned.y.toFixed(0)}) px ` +
        `for (${expected.x.toFixed(0)}, ${expected.y.toFixed(0)}), ${press.movesDown} moves handled; no pan/zoom figure`,
    };
  }

  // The wheel, over the middle of the canvas: in for half the time, then as many notches out.
  const centre = await page.evaluate(() => {
    const box = (window.__dossierCy ?? window.__rawCy)?.container()?.getBoundingClientRect();
    return box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  });
  if (!centre) return { note: 'no canvas to zoom over: no pan/zoom figure' };
  await page.mouse.move(centre.x, centre.y);
  await page.evaluate(() => window.__bench?.settle(300, 30_000));
  const beforeWheel = await viewOf(page);
  await page.evaluate(() => window.__bench?.startFrames());
  // About a notch of a mouse wheel per 100 ms, by the clock (so a slow page gets fewer, larger ones, as from a hand).
  const wheel = async (sign: -1 | 1, minNotches: number) => {
    let notches = 0;
    const began = Date.now();
    let last = began;
    while (Date.now() - began < WHEEL_HALF_MS || notches < minNotches) {
      const now = Date.now();
      await page.mouse.wheel(0, sign * 0.15 * Math.max(now - last, 1));
      last = now;
      notches++;
    }
    return notches;
  };
  const inNotches = await wheel(-1, MIN_INPUTS);
  const zoomedIn = await viewOf(page);
  await wheel(1, inNotches);
  const wheelFrames = await page.evaluate(() => window.__bench?.stopFrames() ?? []);
  const afterWheel = await viewOf(page);
  if (!beforeWheel || !zoomedIn || !afterWheel || !(zoomedIn.zoom > beforeWheel.zoom * 1.2)) {
    return { note: 'the wheel did not zoom the view in: no pan/zoom figure' };
  }
  if (!(afterWheel.zoom < zoomedIn.zoom / 1.2)) {
    return { note: 'the wheel did not zoom the view back out: no pan/zoom figure' };
  }

  const intervals = [dragFrames, wheelFrames].flatMap((frames) =>
    frames.slice(1).map((t, i) => t - (frames[i] as number)),
  );
  const span = intervals.reduce((a, b) => a + b, 0);
  const sorted = [...intervals].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? NaN;
  if (intervals.length === 0 || !(span > 0)) return { note: 'no frame drawn during the motion: no figure' };
  const round = (x: number) => Math.round(x * 10) / 10;
  return { fps: round((intervals.length * 1000) / span), p95: round(p95) };
}
