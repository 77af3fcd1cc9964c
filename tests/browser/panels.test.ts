// The panels give the canvas room: short left panel, hiding the document widens the canvas, narrow closes drawers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectScreenshot, openApp, type Session } from './harness';

const canvasWidth = (session: Session) =>
  session.page.evaluate(() => document.querySelector('.graph-canvas')?.getBoundingClientRect().width ?? 0);

describe('panels at 1280x800', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openApp('/');
  });
  afterAll(async () => {
    await session?.browser.close();
  });

  it('the left panel is short with its default sections, and every section heading is in view', async () => {
    const figures = await session.page.evaluate(() => {
      const panel = document.getElementById('left-panel');
      if (!panel) return null;
      const box = panel.getBoundingClientRect();
      const headings = [...panel.querySelectorAll('h2')].map((h) => {
        const r = h.getBoundingClientRect();
        return {
          text: (h.textContent ?? '').replace(/^[▾▸]/, ''),
          inView: r.top >= box.top && r.bottom <= box.bottom,
        };
      });
      return { scrollHeight: panel.scrollHeight, clientHeight: panel.clientHeight, headings };
    });
    console.log('left panel', JSON.stringify(figures));
    // Before: about 2,900 px, with Legend and Focus and path some 2,000 px down. After: 748 px, no scrolling at all.
    expect(figures?.scrollHeight).toBeLessThanOrEqual(900);
    expect(figures?.headings.map((h) => h.text)).toEqual([
      'Search entities',
      'Case study tracer',
      'Filters',
      'Focus and path',
      'Legend',
    ]);
    expect(figures?.headings.every((h) => h.inView)).toBe(true);
    await expectScreenshot(session.page, 'panels-1280x800');
  });

  it('hiding the document gives its width to the canvas', async () => {
    const before = await canvasWidth(session);
    await session.page.getByRole('button', { name: 'Hide document' }).click();
    await session.page.waitForFunction((w) => {
      const now = document.querySelector('.graph-canvas')?.getBoundingClientRect().width ?? 0;
      return now > w + 150;
    }, before);
    const after = await canvasWidth(session);
    console.log('canvas width before/after hiding the document', before, after);
    expect(after).toBeGreaterThan(before + 150);
    await expectScreenshot(session.page, 'panels-1280x800-document-hidden');
    await session.page.getByRole('button', { name: 'Show document' }).click();
    await session.page.waitForFunction((w) => {
      const now = document.querySelector('.graph-canvas')?.getBoundingClientRect().width ?? 0;
      return Math.abs(now - w) < 2;
    }, before);
  });

  it('shrinking the window to 800 px closes the drawers that would cover the canvas', async () => {
    await session.page.getByRole('combobox', { name: 'Search entities' }).focus();
    await session.page.setViewportSize({ width: 800, height: 900 });
    await session.page.waitForFunction(
      () =>
        getComputedStyle(document.getElementById('left-panel') as HTMLElement).display === 'none' &&
        getComputedStyle(document.getElementById('right-panel') as HTMLElement).display === 'none',
    );
    // The keyboard was in the closing Controls drawer: it goes to that drawer's toggle.
    await session.page.waitForFunction(() => document.activeElement?.id === 'toggle-left-panel');
    await expectScreenshot(session.page, 'panels-800x900');
    expect(session.errors).toEqual([]);
  });
});
