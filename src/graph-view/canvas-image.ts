// Pictures of the canvas as drawn now (PNG, SVG), and the positions it draws: functions of a Cytoscape instance.
import cytoscape, { type Core } from 'cytoscape';
import type { Position } from '../model/schema';

/** A PNG of what the canvas shows now, at twice its size, on white (a report's page is white, not transparent). */
export function canvasPng(cy: Core): Promise<Blob> {
  return cy.png({ output: 'blob-promise', scale: 2, bg: '#ffffff', full: false });
}

let svgRegistered: Promise<void> | null = null;

/**
 * cytoscape-svg reads `window` when it is imported and weighs on the first load, so it is loaded on first use and
 * registered once.
 */
function registerSvg(): Promise<void> {
  svgRegistered ??= import('cytoscape-svg').then(({ default: svg }) => {
    cytoscape.use(svg);
  });
  return svgRegistered;
}

/** An SVG of the same picture as the PNG (the viewport as drawn now, on white). */
export async function canvasSvg(cy: Core): Promise<string> {
  await registerSvg();
  return (cy as SvgCore).svg({ full: false, scale: 1, bg: '#ffffff' });
}

interface SvgCore extends Core {
  svg(options: { full?: boolean; scale?: number; bg?: string }): string;
}

/** Where every node is drawn now, in model coordinates: a layout the user ran is not in the dataset's positions. */
export function drawnPositions(cy: Core): Record<string, Position> {
  const positions: Record<string, Position> = {};
  cy.nodes().forEach((node) => {
    const { x, y } = node.position();
    positions[node.id()] = { x: Math.round(x * 100) / 100, y: Math.round(y * 100) / 100 };
  });
  return positions;
}
