// Small inline pictures of the canvas's visual encoding: a node type's colour and shape, a relation family's line,
// in the open dataset's vocabulary. Decorative (aria-hidden): the type's name is always written next to them.
import type { NodeType, RelationFamily, RelationType } from '../model/vocabulary';
import { useOpenDataset } from '../state/store';
import { UI_COLOURS, type LineStyle, type NodeShape } from '../theme/theme';

/** A regular polygon inside a 16×16 box; odd ones point up, even ones sit on a flat side, as Cytoscape draws them. */
function polygon(sides: number, radius = 7): string {
  const step = (2 * Math.PI) / sides;
  const start = -Math.PI / 2 + (sides % 2 === 0 ? step / 2 : 0);
  return Array.from({ length: sides }, (_, i) => {
    const angle = start + i * step;
    return `${(8 + radius * Math.cos(angle)).toFixed(2)},${(8 + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

function Shape({ shape, colour }: { shape: NodeShape; colour: string }) {
  // The canvas outlines every node in near-black; the outline also keeps light colours visible on white. SVG
  // presentation attributes, not a style attribute: a dataset's own colours pass the strict CSP this way too.
  const paint = { fill: colour, stroke: UI_COLOURS.nodeOutline, strokeWidth: 1 };
  switch (shape) {
    case 'ellipse':
      return <circle cx={8} cy={8} r={6.5} {...paint} />;
    case 'rectangle':
      return <rect x={1.5} y={3.5} width={13} height={9} {...paint} />;
    case 'round-rectangle':
      return <rect x={1.5} y={2.5} width={13} height={11} rx={3} {...paint} />;
    case 'triangle':
      return <polygon points="8,1.5 14.8,14 1.2,14" {...paint} />;
    case 'diamond':
      return <polygon points="8,1 15,8 8,15 1,8" {...paint} />;
    case 'pentagon':
      return <polygon points={polygon(5)} {...paint} />;
    case 'hexagon':
      return <polygon points={polygon(6)} {...paint} />;
    case 'octagon':
      return <polygon points={polygon(8)} {...paint} />;
  }
}

/** A node type's colour and shape, as on the canvas. */
export function TypeSwatch({ type, size = 14 }: { type: NodeType; size?: number }) {
  const { colour, shape } = useOpenDataset().index.vocabulary.nodeType(type).style;
  return (
    <svg
      className="type-swatch"
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
      data-shape={shape}
    >
      <Shape shape={shape} colour={colour} />
    </svg>
  );
}

const DASHES: Record<LineStyle, string | undefined> = {
  solid: undefined,
  dashed: '5 3',
  dotted: '1 3',
};

/**
 * A relation type's colour and line style (its own, or its family's), or a family's, with an arrowhead: edges
 * point from source to target.
 */
export function RelationSwatch({
  type,
  family,
  width = 32,
}: { width?: number } & ({ type: RelationType; family?: never } | { family: RelationFamily; type?: never })) {
  const { vocabulary } = useOpenDataset().index;
  const style =
    type === undefined ? vocabulary.family(family as string).style : vocabulary.relationType(type).style;
  const tip = width - 1;
  return (
    <svg
      className="relation-swatch"
      width={width}
      height={12}
      viewBox={`0 0 ${width} 12`}
      aria-hidden="true"
      focusable="false"
      data-line={style.line}
    >
      <line
        x1={1}
        y1={6}
        x2={tip - 6}
        y2={6}
        stroke={style.colour}
        strokeWidth={Math.max(1.5, style.width)}
        strokeDasharray={DASHES[style.line]}
        strokeLinecap={style.line === 'dotted' ? 'round' : 'butt'}
      />
      <polygon points={`${tip - 7},1.5 ${tip},6 ${tip - 7},10.5`} fill={style.colour} />
    </svg>
  );
}
