// The explorer in a real browser: what only real pixels, clicks and history show.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  clickGraphElement,
  closeQuietSession,
  expectScreenshot,
  openApp,
  type Session,
  settled,
} from './harness';

interface Mi6 {
  nodes: { id: string; label: string; threatAreas: string[] }[];
  edges: { id: string; source: string; target: string; threatAreas: string[] }[];
  flows: { id: string; steps: { order: number; title: string; nodes: string[]; edges: string[] }[] }[];
}
const mi6 = JSON.parse(
  readFileSync(new URL('../../graph-data/mi6/graph.json', import.meta.url), 'utf8'),
) as Mi6;
const label = (id: string) => mi6.nodes.find((n) => n.id === id)?.label ?? id;
/** The node ids a threat-area filter shows, sorted: those tagged with the area and the parties to its relations. */
const shownUnder = (area: string) => {
  const parties = mi6.edges.filter((e) => e.threatAreas.includes(area)).flatMap((e) => [e.source, e.target]);
  return mi6.nodes
    .filter((n) => n.threatAreas.includes(area) || parties.includes(n.id))
    .map((n) => n.id)
    .sort();
};
const caseStudy = mi6.flows.find((f) => f.id === 'case-study');
if (!caseStudy) throw new Error('the MI6 dataset has no case-study flow');
const steps = [...caseStudy.steps].sort((a, b) => a.order - b.order);
/** The entities a step brings in: those it names and the ends of its relations, sorted. */
const entitiesOf = (step: { nodes: string[]; edges: string[] }) => {
  const ends = step.edges.flatMap((id) => {
    const edge = mi6.edges.find((e) => e.id === id);
    return edge ? [edge.source, edge.target] : [];
  });
  return [...new Set([...step.nodes, ...ends])].sort();
};

/** Which visible nodes are drawn outside the canvas, and the zoom. */
async function inView(session: Session) {
  return session.page.evaluate(() => {
    const cy = window.__dossierCy;
    if (!cy) throw new Error('no Cytoscape instance');
    const outside = cy
      .nodes(':visible')
      .filter((n) => {
        const p = n.renderedPosition();
        return p.x < 0 || p.x > cy.width() || p.y < 0 || p.y > cy.height();
      })
      .map((n) => n.id());
    return { outside, zoom: cy.zoom() };
  });
}

/** What the canvas draws now: visible node ids and the classes of some elements. */
async function drawn(session: Session) {
  return session.page.evaluate(() => {
    const cy = window.__dossierCy;
    if (!cy) throw new Error('no Cytoscape instance');
    return {
      zoom: cy.zoom(),
      nodes: cy
        .nodes(':visible')
        .map((n) => n.id())
        .sort(),
      edges: cy.edges(':visible').length,
      // While tracing, the story view's current step: the entities it draws there.
      current: [
        ...new Set(
          cy
            .nodes('.story-current[kind = "appearance"], .story-current[kind = "event"]')
            .map((n) => String(n.data('ref'))),
        ),
      ].sort(),
    };
  });
}

describe('the explorer in Chromium', () => {
  let session: Session | undefined;
  afterEach(async () => {
    // Every test ends with a quiet console and nothing sent off the machine.
    const ending = session;
    session = undefined;
    await closeQuietSession(ending);
  });

  it('clicking a node where the canvas draws it opens its details and source passages', async () => {
    session = await openApp('/');
    const { page } = session;
    await clickGraphElement(page, 'gchq');
    const details = page.getByRole('region', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 3 }).textContent()).resolves.toContain('GCHQ');
    await expect(details.getByText(/Source passages \(\d+\)/).isVisible()).resolves.toBe(true);
    const quotes = await details.locator('mark.passage-quote').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.some((q) => /GCHQ|Government Communications Headquarters/.test(q))).toBe(true);
    await expect.poll(() => page.url()).toContain('sel=node:gchq');

    // The reader follows: the selection's first passage is shown in the document, highlighted as selected.
    const reader = page.getByRole('region', { name: 'Document' });
    await expect(reader.locator('mark.is-selected').first().isVisible()).resolves.toBe(true);
  });

  it('a threat-area filter changes what the canvas draws', async () => {
    session = await openApp('/');
    const { page } = session;
    // The Filters section starts closed: a user opens it from its heading.
    await page.getByRole('button', { name: /^Filters/ }).click();
    const before = await drawn(session);
    expect(before.nodes).toHaveLength(mi6.nodes.length);

    await page.getByRole('checkbox', { name: /^Cyber security/ }).check();
    await page.waitForFunction(
      (n) => window.__dossierCy?.nodes(':visible').length === n,
      shownUnder('cyber-security').length,
    );
    const after = await drawn(session);
    expect(after.nodes).toEqual(shownUnder('cyber-security'));
    expect(after.nodes).not.toContain('sami');
    expect(after.edges).toBeLessThan(mi6.edges.length);
    await expect.poll(() => page.url()).toContain('areas=cyber-security');

    // The canvas frames what is left, every node inside the canvas and every name drawn at a readable size (labels
    // grow as the view zooms out: issue 9).
    await settled(page);
    const view = await inView(session);
    expect(view.outside).toEqual([]);
    const smallestName = await page.evaluate(() => {
      const cy = window.__dossierCy;
      if (!cy) return 0;
      return Math.min(...cy.nodes(':visible').map((n) => parseFloat(n.style('font-size')) * cy.zoom()));
    });
    expect(smallestName).toBeGreaterThanOrEqual(10);
    await expectScreenshot(page, 'filter-cyber-security');
  });

  it('steps through the whole case study, first step to last, with the canvas and the reader following', async () => {
    session = await openApp('/');
    const { page } = session;
    const tracer = page.getByRole('region', { name: 'Case study tracer' });
    await tracer.getByRole('button', { name: 'Trace the case study' }).click();
    const next = tracer.getByRole('button', { name: 'Next' });

    for (const [k, step] of steps.entries()) {
      await expect(
        tracer.getByText(`Step ${k + 1} of ${steps.length}`, { exact: true }).isVisible(),
      ).resolves.toBe(true);
      await expect(tracer.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(step.title);
      const { current } = await drawn(session);
      expect(current).toEqual(entitiesOf(step));
      // The step's passage is highlighted in the reader.
      const inStep = page.getByRole('region', { name: 'Document' }).locator('mark.is-step');
      expect(await inStep.count()).toBeGreaterThan(0);
      if (k === 5) await expectScreenshot(page, 'trace-step');
      if (k < steps.length - 1) await next.click();
    }
    // At the last step Next keeps the keyboard but says it is unavailable, and pressing it does nothing.
    await expect(next.getAttribute('aria-disabled')).resolves.toBe('true');
    // force: Playwright will not click what says it is disabled; a user can.
    await next.click({ force: true });
    await expect.poll(() => page.url()).toContain(`trace=case-study:${steps.length}`);
    // The story reads left to right: each step's column sits right of the one before.
    const columns = await page.evaluate(() =>
      (window.__dossierCy?.nodes('[kind = "column"]') ?? [])
        .map((n) => ({ step: Number(n.data('step')), x: n.position('x') }))
        .sort((a, b) => a.step - b.step)
        .map((c) => c.x),
    );
    expect(columns).toHaveLength(steps.length);
    expect(columns).toEqual([...columns].sort((a, b) => a - b));
  });

  it('a deep link brings back its view: selection, filter, layout and trace step', async () => {
    session = await openApp('/?sel=node:gchq&areas=counter-terrorism&layout=concentric&trace=case-study:3');
    const { page } = session;
    // The Filters section starts closed: a user opens it from its heading.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 }).textContent(),
    ).resolves.toContain(label('gchq'));
    await expect(page.getByRole('checkbox', { name: /^Counter terrorism/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('combobox', { name: 'Layout' }).inputValue()).resolves.toBe('concentric');
    const tracer = page.getByRole('region', { name: 'Case study tracer' });
    await expect(tracer.getByText(`Step 3 of ${steps.length}`, { exact: true }).isVisible()).resolves.toBe(
      true,
    );
    const { current } = await drawn(session);
    expect(current).toEqual(entitiesOf(steps[2]!));
    // The story is drawn over the graph; stopping the trace shows the graph, filtered as the link says.
    await tracer.getByRole('button', { name: 'Stop tracing' }).click();
    await settled(page);
    expect((await drawn(session)).nodes).toEqual(shownUnder('counter-terrorism'));
    await page.goBack();
    await expect(tracer.getByText(`Step 3 of ${steps.length}`, { exact: true }).isVisible()).resolves.toBe(
      true,
    );

    // Reload keeps it; Back undoes the last change.
    await page.getByRole('checkbox', { name: /^Counter terrorism/ }).uncheck();
    await expect.poll(() => page.url()).not.toContain('areas=');
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: /^Counter terrorism/ }).isChecked()).resolves.toBe(true);
  });

  it('search, "/" and Esc work from the keyboard', async () => {
    session = await openApp('/');
    const { page } = session;
    await page.keyboard.press('/');
    await page.keyboard.type('Secret Intelligence');
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 }).textContent(),
    ).resolves.toBe(label('mi6'));
    await expect.poll(() => page.url()).toContain('sel=node:mi6');
    await page.locator('body').click({ position: { x: 5, y: 790 } });
    await page.keyboard.press('Escape');
    await expect(
      page
        .getByRole('region', { name: 'Details' })
        .getByText(/Select an entity/)
        .isVisible(),
    ).resolves.toBe(true);
  });

  it('at 800 px wide the panels fold away and open from the header', async () => {
    session = await openApp('/', { width: 800, height: 700 });
    const { page } = session;
    await expect(page.getByRole('complementary', { name: 'Details and document' }).isVisible()).resolves.toBe(
      false,
    );
    const toggle = page.getByRole('button', { name: 'Details', exact: true });
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.getByRole('complementary', { name: 'Details and document' }).isVisible()).resolves.toBe(
      true,
    );
    const canvasWidth = await page.evaluate(() => window.__dossierCy?.width() ?? 0);
    expect(canvasWidth).toBeGreaterThan(700);
    await expectScreenshot(page, 'narrow-800');
  });

  it('at 800 px wide the keyboard finds its way: "/" opens search, a choice opens Details, Esc closes', async () => {
    session = await openApp('/', { width: 800, height: 700 });
    const { page } = session;
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.getAttribute('aria-label') ?? el?.getAttribute('placeholder') ?? el?.textContent ?? '';
      });
    await page.keyboard.press('/');
    await expect(
      page.getByRole('combobox', { name: /Search entities/ }).evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.type('Stranger');
    await page.keyboard.press('Enter');
    // Search closed with the Controls drawer; the keyboard went with the selection to the Details drawer.
    const details = page.getByRole('complementary', { name: 'Details and document' });
    await expect(details.isVisible()).resolves.toBe(true);
    await expect(
      page.getByRole('complementary', { name: 'Search, filters and tracer' }).isVisible(),
    ).resolves.toBe(false);
    await expect(focused()).resolves.toBe('Details and document');
    await expect(details.getByRole('heading', { level: 3 }).textContent()).resolves.toBe(label('stranger'));
    // Esc clears the selection, a second Esc closes the drawer and hands the keyboard to its toggle.
    await page.keyboard.press('Escape');
    await expect(details.getByText(/Select an entity/).isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(details.isVisible()).resolves.toBe(false);
    await expect(focused()).resolves.toBe('Details');
  });

  it('at 800 px wide a traced step is framed beside the open Controls drawer, not under it', async () => {
    session = await openApp('/', { width: 800, height: 700 });
    const { page } = session;
    await page.getByRole('button', { name: 'Controls' }).click();
    await page.getByRole('button', { name: 'Trace the case study' }).click();
    const drawer = await page
      .getByRole('complementary', { name: 'Search, filters and tracer' })
      .evaluate((el) => el.getBoundingClientRect().right);
    // Once the framing has played, the step's actors are drawn in the part of the canvas the drawer leaves
    // uncovered: how far the leftmost of their names reaches under the drawer, in pixels.
    const underDrawer = () =>
      page.evaluate((covered) => {
        const cy = window.__dossierCy;
        if (!cy) throw new Error('no Cytoscape instance');
        const actors = cy.nodes('.story-current[kind = "appearance"]');
        if (actors.empty() || cy.animated()) return Number.POSITIVE_INFINITY;
        const left = covered - (cy.container()?.getBoundingClientRect().left ?? 0);
        return Math.max(0, ...actors.map((n) => left - n.renderedBoundingBox({ includeLabels: true }).x1));
      }, drawer);
    await expect.poll(underDrawer, { timeout: 5000 }).toBe(0);
    await expectScreenshot(page, 'narrow-trace');
  });

  it("stepping on draws the new step's names at their full size, not squeezed into their earlier size", async () => {
    session = await openApp('/?layout=flow&trace=case-study:5');
    const { page } = session;
    await page.getByRole('button', { name: 'Next' }).click();
    const contacts = 'story:case-study:daesh-contacts:5';
    await page.waitForFunction(
      (id) => window.__dossierCy?.getElementById(id).hasClass('story-current'),
      contacts,
    );
    // Measured once the step is framed and drawn, not while the camera is still moving.
    await settled(page);
    // "Sami's DAESH contacts" in the step's 20 px bold is some 150 px wide or more; squeezed into the box it had
    // before its step came (a mark with no name) it would be about 20.
    const width = await page.evaluate(
      (id) => window.__dossierCy?.getElementById(id).boundingBox({ includeLabels: true }).w ?? 0,
      contacts,
    );
    expect(width).toBeGreaterThan(120);
    await expectScreenshot(page, 'trace-step-6-after-next');
  });

  it('each control is found by its role and name alone, as a screen-reader user or a script would find it', async () => {
    session = await openApp('/?sel=node:mi6&trace=case-study:2');
    const { page } = session;
    // The Filters section starts closed: a user opens it from its heading.
    await page.getByRole('button', { name: /^Filters/ }).click();
    // Playwright matches names as case-insensitive substrings: a reader highlight named "… press again for the
    // next" made "Next" match some 180 controls. (MI6's connection "plays a key role" is the article's own
    // words, so "Play" is matched exactly.)
    for (const name of ['Next', 'Previous', 'Stop tracing', 'Reset filters', 'Zoom in', 'Zoom out']) {
      await expect(page.getByRole('button', { name }).count(), name).resolves.toBe(1);
    }
    for (const name of [
      'Play',
      'Graph',
      'Entities list',
      'Open dataset…',
      'Focus on this',
      'Path from here',
    ]) {
      await expect(page.getByRole('button', { name, exact: true }).count(), name).resolves.toBe(1);
    }
    await expect(page.getByRole('combobox', { name: /Search entities/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('slider', { name: 'Step' }).count()).resolves.toBe(1);
  });

  it('a malformed dataset file gets a clear message and the MI6 graph stays open', async () => {
    session = await openApp('/?sel=node:mi6');
    const { page } = session;
    const bad = JSON.stringify({
      schemaVersion: 1,
      id: 'x',
      nodes: [{ id: 'a', type: 'spy', label: '<b>A</b>' }],
    });
    await page.getByLabel('Choose graph.json and its source text').setInputFiles([
      { name: 'graph.json', mimeType: 'application/json', buffer: Buffer.from(bad) },
      { name: 'source.txt', mimeType: 'text/plain', buffer: Buffer.from('Some text.') },
    ]);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toMatch(/Could not open graph\.json \+ source\.txt/);
    await expect(alert.textContent()).resolves.toMatch(/unknown node type "spy"/);
    expect((await drawn(session)).nodes).toHaveLength(mi6.nodes.length);
    await expect(
      page.getByRole('region', { name: 'Details' }).getByRole('heading', { level: 3 }).textContent(),
    ).resolves.toBe(label('mi6'));
  });
});
