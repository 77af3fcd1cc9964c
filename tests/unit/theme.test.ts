// The theme keeps its promises: readable text (WCAG AA), types told apart with colour-vision deficiencies, a path
// unlike any relation, and CSS that takes its colours from the theme instead of copying them.
import { readdirSync, readFileSync } from 'node:fs';
import {
  differenceCiede2000,
  filterDeficiencyDeuter,
  filterDeficiencyProt,
  filterDeficiencyTrit,
  formatHex,
  parse,
  wcagContrast,
  type Color,
} from 'culori';
import { describe, expect, it } from 'vitest';
import { NODE_TYPES, RELATION_FAMILIES, RELATION_FAMILY, RELATION_TYPES } from '../../src/model/vocabulary';
import {
  EMPHASIS,
  NODE_TYPE_PALETTE,
  NODE_TYPE_STYLE,
  RELATION_FAMILY_PALETTE,
  RELATION_FAMILY_STYLE,
  themeCustomProperties,
  UI_COLOURS as UI,
} from '../../src/theme/theme';

const SRC = new URL('../../src/', import.meta.url).pathname;

function colour(hex: string): Color {
  const parsed = parse(hex);
  if (!parsed) throw new Error(`not a colour: ${hex}`);
  return parsed;
}

/** A translucent colour as the eye sees it over an opaque one (how the reader tints its highlights). */
function over(hex: string, alpha: number, under: string): string {
  const top = colour(hex);
  const bottom = colour(under);
  if (top.mode !== 'rgb' || bottom.mode !== 'rgb') throw new Error('hex colours parse as rgb');
  return formatHex({
    mode: 'rgb',
    r: top.r * alpha + bottom.r * (1 - alpha),
    g: top.g * alpha + bottom.g * (1 - alpha),
    b: top.b * alpha + bottom.b * (1 - alpha),
  });
}

/** Every colour a highlight in the reader can take: the node types', the families', a trace step's. */
const HIGHLIGHT_COLOURS: [string, string][] = [
  ...NODE_TYPES.map((t): [string, string] => [t, NODE_TYPE_STYLE[t].colour]),
  ...RELATION_FAMILIES.map((f): [string, string] => [f, RELATION_FAMILY_STYLE[f].colour]),
  ['trace step', UI.stepNeutral],
];

/** Every pair of colours the app draws text in, with where. Alphas are the ones DocumentReader and details.css use. */
const TEXT_PAIRS: [where: string, text: string, background: string][] = [
  ['body text', UI.text, UI.bg],
  ['text in the side panels', UI.text, UI.panelBg],
  ['hints and counts', UI.muted, UI.bg],
  ['hints in the side panels', UI.muted, UI.panelBg],
  ['a hint in a chosen row', UI.muted, UI.accentSoft],
  ['a button under the pointer, a chosen row', UI.text, UI.accentSoft],
  ['links and step numbers', UI.accent, UI.bg],
  ['links in the side panels', UI.accent, UI.panelBg],
  ['a pressed button', UI.onAccent, UI.accent],
  ['a pressed button under the pointer', UI.onAccent, UI.accentStrong],
  ["a bad file's problems", UI.text, UI.dangerSoft],
  ['the header', UI.headerText, UI.headerBg],
  ["the header's buttons", UI.headerText, UI.headerControl],
  ["the header's buttons under the pointer", UI.headerText, UI.headerControlBorder],
  ["the header's pressed button", UI.headerBg, UI.headerText],
  ['the dataset title', UI.headerMuted, UI.headerBg],
  ['the logo', UI.logo, UI.headerBg],
  ['a quoted passage in Details', UI.text, UI.quoteBg],
  ['evidence in the reader', UI.text, over(UI.evidence, 0.11, UI.bg)],
  ["the trace step's passage in the reader", UI.text, over(UI.accent, 0.16, UI.bg)],
  ['node names on the canvas', UI.labelText, UI.labelBg],
  ['relation names on the canvas', UI.edgeLabelText, UI.labelBg],
  ['hand-off numbers on the canvas and in the legend', UI.handoffText, UI.handoff],
  ...HIGHLIGHT_COLOURS.flatMap(([name, c]): [string, string, string][] => [
    [`a ${name} highlight under the pointer`, UI.text, over(c, 0.22, UI.bg)],
    [`a selected ${name}'s passages`, UI.text, over(c, 0.45, UI.bg)],
  ]),
];

describe('text in the theme', () => {
  it.each(TEXT_PAIRS)('%s: text at WCAG AA contrast, 4.5:1 or more', (_where, text, background) => {
    expect(wcagContrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('lines and outlines in the theme', () => {
  // WCAG 1.4.11: the parts of a graphic needed to understand it stand out 3:1 against what is next to them.
  const GRAPHICS: [string, string, string][] = [
    ...RELATION_FAMILIES.map((f): [string, string, string] => [
      `${f} relations`,
      RELATION_FAMILY_STYLE[f].colour,
      UI.bg,
    ]),
    ['the path', UI.path, UI.bg],
    ['the selection outline', UI.selection, UI.bg],
    ['a node outline', UI.nodeOutline, UI.bg],
    ['the focus ring', UI.focus, UI.bg],
    ['the focus ring in the side panels', UI.focus, UI.panelBg],
    ['the focus ring in the header', UI.headerFocus, UI.headerBg],
  ];
  it.each(GRAPHICS)('%s: 3:1 or more against the background', (_what, line, background) => {
    expect(wcagContrast(line, background)).toBeGreaterThanOrEqual(3);
  });

  it('every node is outlined in a colour that shows against the palest node colours and the canvas', () => {
    for (const t of NODE_TYPES)
      expect(wcagContrast(UI.nodeOutline, NODE_TYPE_STYLE[t].colour)).toBeGreaterThan(3);
  });

  it('so is a node of a dataset’s own type, in any colour of the palette', () => {
    for (const c of NODE_TYPE_PALETTE) expect(wcagContrast(UI.nodeOutline, c), c).toBeGreaterThan(3);
  });

  it('a dataset’s own relation family, in any colour of its palette, shows as a line on the canvas', () => {
    for (const c of RELATION_FAMILY_PALETTE) expect(wcagContrast(c, UI.bg), c).toBeGreaterThanOrEqual(3);
  });
});

const VISION: [string, (c: Color) => Color][] = [
  ['typical colour vision', (c) => c],
  ['protanopia', filterDeficiencyProt(1)],
  ['deuteranopia', filterDeficiencyDeuter(1)],
  ['tritanopia', filterDeficiencyTrit(1)],
];
const difference = differenceCiede2000();
/** How far apart two colours look (CIEDE2000) to someone with this kind of vision. */
const apart = (a: string, b: string, see: (c: Color) => Color) => difference(see(colour(a)), see(colour(b)));
/**
 * CIEDE2000 distance told apart at a glance in small marks (a just-noticeable difference is about 2.3). Okabe–Ito's
 * closest pair under full deuteranopia, the pink of actions and the grey of concepts, is 8.9 apart.
 */
const DISTINCT = 8;

describe('telling types apart', () => {
  it('no two node types share a shape, so shape alone tells every type', () => {
    const shapes = NODE_TYPES.map((t) => NODE_TYPE_STYLE[t].shape);
    expect(new Set(shapes).size).toBe(NODE_TYPES.length);
  });

  it.each(VISION)(
    'with %s, the first 8 palette colours a dataset’s own types get are told apart',
    (_v, see) => {
      const first = NODE_TYPE_PALETTE.slice(0, 8);
      for (const [i, a] of first.entries())
        for (const b of first.slice(i + 1)) expect(apart(a, b, see), `${a} / ${b}`).toBeGreaterThan(DISTINCT);
    },
  );

  it.each(VISION)('with %s, every node type colour is told apart from every other', (_vision, see) => {
    for (const [i, a] of NODE_TYPES.entries())
      for (const b of NODE_TYPES.slice(i + 1))
        expect(
          apart(NODE_TYPE_STYLE[a].colour, NODE_TYPE_STYLE[b].colour, see),
          `${a} / ${b}`,
        ).toBeGreaterThan(DISTINCT);
  });

  it.each(VISION)(
    'with %s, two relation families are told apart by colour, or else by line style or width',
    (_vision, see) => {
      for (const [i, a] of RELATION_FAMILIES.entries())
        for (const b of RELATION_FAMILIES.slice(i + 1)) {
          const sa = RELATION_FAMILY_STYLE[a];
          const sb = RELATION_FAMILY_STYLE[b];
          const byLine = sa.line !== sb.line || sa.width !== sb.width;
          expect(byLine || apart(sa.colour, sb.colour, see) > DISTINCT, `${a} / ${b}`).toBe(true);
        }
    },
  );

  it('the path is not drawn in the colour of hostile relations', () => {
    expect(UI.path.toLowerCase()).not.toBe(RELATION_FAMILY_STYLE.hostile.colour.toLowerCase());
  });

  it.each(VISION)(
    'with %s, the path stands apart from every relation family, the selection and the trace step',
    (_vision, see) => {
      const others: [string, string][] = [
        ...RELATION_FAMILIES.map((f): [string, string] => [f, RELATION_FAMILY_STYLE[f].colour]),
        ['selection', UI.selection],
        ['trace step', UI.traceStep],
        ['search hit', UI.searchHit],
      ];
      // Twice the glance distance: a path is followed across the whole canvas, among lines of every family.
      for (const [name, c] of others) expect(apart(UI.path, c, see), name).toBeGreaterThan(2 * DISTINCT);
    },
  );

  it('every relation type has a family, and every family is drawn', () => {
    for (const t of RELATION_TYPES) expect(RELATION_FAMILIES).toContain(RELATION_FAMILY[t]);
    for (const f of RELATION_FAMILIES) expect(RELATION_FAMILY_STYLE[f]).toBeDefined();
  });
});

describe('the theme as CSS custom properties', () => {
  const properties = new Map(themeCustomProperties());

  it('names the type, family and highlight colours the way the CSS reads them', () => {
    expect(properties.get('--type-agency')).toBe(NODE_TYPE_STYLE.agency.colour);
    expect(properties.get('--family-hostile')).toBe(RELATION_FAMILY_STYLE.hostile.colour);
    expect(properties.get('--path')).toBe(UI.path);
    expect(properties.get('--panel-bg')).toBe(UI.panelBg);
    expect(properties.get('--faded-opacity')).toBe(String(EMPHASIS.faded));
  });

  const cssFiles = [
    ...readdirSync(`${SRC}app`).map((f) => `app/${f}`),
    ...readdirSync(`${SRC}panels`).map((f) => `panels/${f}`),
  ].filter((f) => f.endsWith('.css'));
  const css = cssFiles.map((f): [string, string] => [f, readFileSync(`${SRC}${f}`, 'utf8')]);

  it.each(css)('%s takes every colour from the theme: no colour written in it', (_file, text) => {
    // Shadows are a darkening, not a colour of the theme: black at some opacity is allowed.
    const literals = text.match(/#[0-9a-fA-F]{3,8}\b|rgba?\((?!0, 0, 0,)[^)]*\)|hsla?\([^)]*\)/g) ?? [];
    expect(literals).toEqual([]);
  });

  it.each(css)('%s reads only custom properties that something sets', (_file, text) => {
    // Set by the theme, declared in some CSS file, or set per element by a component (the reader's highlights).
    const declaredInCss = new Set(
      css.flatMap(([, t]) => [...t.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1])),
    );
    const setByComponents = new Set(
      readdirSync(`${SRC}panels`)
        .filter((f) => f.endsWith('.tsx'))
        .flatMap((f) =>
          [...readFileSync(`${SRC}panels/${f}`, 'utf8').matchAll(/'(--[\w-]+)'/g)].map((m) => m[1]),
        ),
    );
    const read = [...text.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1] ?? '');
    const unset = read.filter(
      (name) => !properties.has(name) && !declaredInCss.has(name) && !setByComponents.has(name),
    );
    expect(unset).toEqual([]);
  });
});
