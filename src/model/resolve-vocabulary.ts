// A dataset's vocabulary resolved once: its node types, relation types, families and facet name, each with its
// words and the style it is drawn in, whether the dataset declared them or gets the built-in ones.
//
// Zod-free on purpose (types only from schema.ts): the canvas and the panels resolve a vocabulary without loading
// the validator. The styles come from theme.ts, pure data like this module, because a dataset may declare them.
import type { Dataset, VocabularyFile } from './schema';
import {
  FACET_INFO,
  NODE_SHAPES,
  NODE_TYPE_INFO,
  NODE_TYPES,
  RELATION_FAMILIES,
  RELATION_FAMILY,
  RELATION_FAMILY_INFO,
  RELATION_TYPE_INFO,
  RELATION_TYPES,
  LINE_STYLES,
  type LineStyle,
  type NodeShape,
} from './vocabulary';
import {
  DECLARED_FAMILY_WIDTH,
  NODE_TYPE_PALETTE,
  NODE_TYPE_STYLE,
  RELATION_FAMILY_PALETTE,
  RELATION_FAMILY_STYLE,
} from '../theme/theme';

export interface NodeTypeStyle {
  readonly colour: string;
  readonly shape: NodeShape;
}

export interface LineLook {
  readonly colour: string;
  readonly line: LineStyle;
  readonly width: number;
}

export interface ResolvedNodeType {
  readonly id: string;
  readonly label: string;
  readonly plural: string;
  readonly description: string;
  readonly style: NodeTypeStyle;
}

export interface ResolvedFamily {
  readonly id: string;
  readonly label: string;
  readonly style: LineLook;
}

export interface ResolvedRelationType {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** Always a family of `families`: "other" (added when the dataset has none) for a type that names none. */
  readonly family: string;
  readonly style: LineLook;
}

export interface Vocabulary {
  /** In declaration order (the built-in order for built-in types): legends and filters list them so. */
  readonly nodeTypes: readonly ResolvedNodeType[];
  readonly relationTypes: readonly ResolvedRelationType[];
  readonly families: readonly ResolvedFamily[];
  /** The facet's name, whose values are the dataset's `threatAreas`: "Threat area" / "Threat areas" by default. */
  readonly facet: { readonly label: string; readonly plural: string };
  /**
   * The type with this id. Never undefined: an id the vocabulary does not declare (a stale link, data not yet
   * validated) gets its id as label and a palette style, so no view breaks on it.
   */
  nodeType(id: string): ResolvedNodeType;
  relationType(id: string): ResolvedRelationType;
  family(id: string): ResolvedFamily;
}

// ---------------------------------------------------------------------------------------------------------------
// Palette assignment

/**
 * FNV-1a over the id's UTF-16 units: a small, well-spread hash with no dependency. A type's palette colour starts
 * from its id's hash, not its place in the list, so "suspect" is drawn in the same colour in every dataset that
 * declares it without a colour, whatever else that dataset declares (the "the same type keeps its
 * colour"). When that colour is already taken in the dataset, the next free one is used, so types always get
 * distinct colours while the palette lasts.
 */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/**
 * The first of `palette` not in `taken`, trying its first `core` entries first, from the id's hash round, then the
 * rest in order; when every one is taken, the hash's. The core is the part whose members are all told apart with
 * every common colour-vision deficiency (Okabe–Ito): the hash only chooses there, so a dataset's first types never
 * get two colours that some readers cannot tell apart.
 */
function pick<T>(palette: readonly T[], id: string, taken: ReadonlySet<T>, core = palette.length): T {
  const start = hashId(id) % core;
  for (let i = 0; i < palette.length; i++) {
    const slot = i < core ? (start + i) % core : i;
    const candidate = palette[slot] as T;
    if (!taken.has(candidate)) return candidate;
  }
  return palette[start] as T;
}

/** How many of the node and family palettes' first colours are Okabe–Ito's (theme.ts). */
const NODE_CORE = 8;
const FAMILY_CORE = 5;

const lower = (colour: string) => colour.toLowerCase();
const isBuiltinNodeType = (id: string): id is (typeof NODE_TYPES)[number] =>
  Object.hasOwn(NODE_TYPE_INFO, id);
const isBuiltinRelationType = (id: string): id is (typeof RELATION_TYPES)[number] =>
  Object.hasOwn(RELATION_TYPE_INFO, id);
const isBuiltinFamily = (id: string): id is (typeof RELATION_FAMILIES)[number] =>
  Object.hasOwn(RELATION_FAMILY_INFO, id);

const pluralOf = (label: string) => (/s$/i.test(label) ? label : `${label}s`);

// ---------------------------------------------------------------------------------------------------------------
// Resolving

interface NodeTypeInput {
  id: string;
  label?: string;
  plural?: string;
  description?: string;
  colour?: string;
  shape?: NodeShape;
}

function resolveNodeTypes(declared: readonly NodeTypeInput[]): {
  list: ResolvedNodeType[];
  fallback: (id: string) => ResolvedNodeType;
} {
  // Styles the dataset fixes (declared, or a built-in type's) are taken first, so the palette avoids them.
  const fixed = declared.map((t) => {
    const builtin = isBuiltinNodeType(t.id) ? NODE_TYPE_STYLE[t.id] : undefined;
    return { colour: t.colour ?? builtin?.colour, shape: t.shape ?? builtin?.shape };
  });
  const colours = new Set(fixed.flatMap((f) => (f.colour ? [lower(f.colour)] : [])));
  const shapes = new Set(fixed.flatMap((f) => (f.shape ? [f.shape] : [])));
  const palette = NODE_TYPE_PALETTE.map(lower);
  const styleFor = (id: string, given: { colour?: string | undefined; shape?: NodeShape | undefined }) => {
    const colour = given.colour ?? pick(palette, id, colours, NODE_CORE);
    const shape = given.shape ?? pick(NODE_SHAPES, id, shapes);
    colours.add(lower(colour));
    shapes.add(shape);
    return { colour, shape };
  };
  const list = declared.map((t, i): ResolvedNodeType => {
    const info = isBuiltinNodeType(t.id) ? NODE_TYPE_INFO[t.id] : undefined;
    const label = t.label ?? info?.label ?? t.id;
    return {
      id: t.id,
      label,
      plural: t.plural ?? info?.plural ?? pluralOf(label),
      description: t.description ?? info?.description ?? '',
      style: styleFor(t.id, fixed[i] ?? {}),
    };
  });
  // Undeclared ids take what is left of the palette after the declared types, in the order they are asked for.
  const fallback = (id: string): ResolvedNodeType => ({
    id,
    label: id,
    plural: id,
    description: '',
    style: styleFor(id, isBuiltinNodeType(id) ? NODE_TYPE_STYLE[id] : {}),
  });
  return { list, fallback };
}

interface FamilyInput {
  id: string;
  label?: string;
  colour?: string;
  line?: LineStyle;
}

function resolveFamilies(declared: readonly FamilyInput[]): {
  list: ResolvedFamily[];
  fallback: (id: string) => ResolvedFamily;
} {
  const fixed = declared.map((f) => {
    const builtin = isBuiltinFamily(f.id) ? RELATION_FAMILY_STYLE[f.id] : undefined;
    return {
      colour: f.colour ?? builtin?.colour,
      line: f.line ?? builtin?.line,
      width: builtin?.width ?? DECLARED_FAMILY_WIDTH,
    };
  });
  const colours = new Set(fixed.flatMap((f) => (f.colour ? [lower(f.colour)] : [])));
  const palette = RELATION_FAMILY_PALETTE.map(lower);
  const styleFor = (id: string, given: Partial<LineLook>): LineLook => {
    const colour = given.colour ?? pick(palette, id, colours, FAMILY_CORE);
    colours.add(lower(colour));
    // Solid, dashed, dotted in turn along the palette, so two families that share a colour differ in line.
    const line =
      given.line ?? (LINE_STYLES[palette.indexOf(lower(colour)) % LINE_STYLES.length] as LineStyle);
    return { colour, line, width: given.width ?? DECLARED_FAMILY_WIDTH };
  };
  const list = declared.map((f, i): ResolvedFamily => ({
    id: f.id,
    label: f.label ?? (isBuiltinFamily(f.id) ? RELATION_FAMILY_INFO[f.id].label : f.id),
    style: styleFor(f.id, fixed[i] ?? {}),
  }));
  const fallback = (id: string): ResolvedFamily => ({
    id,
    label: isBuiltinFamily(id) ? RELATION_FAMILY_INFO[id].label : id,
    style: styleFor(id, isBuiltinFamily(id) ? RELATION_FAMILY_STYLE[id] : {}),
  });
  return { list, fallback };
}

/** The family a relation type that names none falls in, as the built-in "Other relations" do. */
const OTHER = 'other';

function resolve(file: VocabularyFile | undefined): Vocabulary {
  const nodes = resolveNodeTypes(
    file?.nodeTypes ?? NODE_TYPES.map((id) => ({ id, ...NODE_TYPE_INFO[id], ...NODE_TYPE_STYLE[id] })),
  );

  const relationDeclarations =
    file?.relationTypes ??
    RELATION_TYPES.map((id) => ({ id, ...RELATION_TYPE_INFO[id], family: RELATION_FAMILY[id] as string }));
  const familyDeclarations: FamilyInput[] = [
    ...(file?.families ?? RELATION_FAMILIES.map((id) => ({ id, ...RELATION_FAMILY_INFO[id] }))),
  ];
  // A type with no family, or one the validator would refuse, is drawn and listed with "other".
  const familyIds = new Set(familyDeclarations.map((f) => f.id));
  const familyOf = (family: string | undefined) => (family && familyIds.has(family) ? family : OTHER);
  if (relationDeclarations.some((t) => familyOf(t.family) === OTHER) && !familyIds.has(OTHER)) {
    familyDeclarations.push({ id: OTHER });
    familyIds.add(OTHER);
  }
  const families = resolveFamilies(familyDeclarations);
  const familyById = new Map(families.list.map((f) => [f.id, f]));

  const relationOf = (
    t: {
      id: string;
      label?: string;
      description?: string;
      family?: string;
      colour?: string;
      line?: LineStyle;
    },
    familyStyle: LineLook,
    family: string,
  ): ResolvedRelationType => {
    const info = isBuiltinRelationType(t.id) ? RELATION_TYPE_INFO[t.id] : undefined;
    return {
      id: t.id,
      label: t.label ?? info?.label ?? t.id,
      description: t.description ?? info?.description ?? '',
      family,
      style: { ...familyStyle, colour: t.colour ?? familyStyle.colour, line: t.line ?? familyStyle.line },
    };
  };
  const relationTypes = relationDeclarations.map((t) => {
    const family = familyOf(t.family);
    return relationOf(t, (familyById.get(family) as ResolvedFamily).style, family);
  });

  const nodeById = new Map(nodes.list.map((t) => [t.id, t]));
  const relationById = new Map(relationTypes.map((t) => [t.id, t]));
  const familyFallbacks = new Map<string, ResolvedFamily>();
  const family = (id: string): ResolvedFamily => {
    let found = familyById.get(id) ?? familyFallbacks.get(id);
    if (!found) familyFallbacks.set(id, (found = families.fallback(id)));
    return found;
  };

  return {
    nodeTypes: nodes.list,
    relationTypes,
    families: families.list,
    facet: file?.facet
      ? { label: file.facet.label, plural: file.facet.plural ?? pluralOf(file.facet.label) }
      : FACET_INFO,
    nodeType(id) {
      let found = nodeById.get(id);
      // Cached, so an undeclared id keeps the palette style it was first given.
      if (!found) nodeById.set(id, (found = nodes.fallback(id)));
      return found;
    },
    relationType(id) {
      let found = relationById.get(id);
      if (!found) {
        const builtinFamily = isBuiltinRelationType(id) ? RELATION_FAMILY[id] : OTHER;
        const familyId = familyIds.has(builtinFamily) ? builtinFamily : OTHER;
        found = relationOf({ id }, family(familyId).style, familyId);
        relationById.set(id, found);
      }
      return found;
    },
    family,
  };
}

const BUILTIN = resolve(undefined);
const resolved = new WeakMap<VocabularyFile, Vocabulary>();

/**
 * The dataset's vocabulary, resolved once per vocabulary object: an edit that copies the dataset keeps its
 * `vocabulary` object, and so its resolved vocabulary and the colours already handed out.
 */
export function vocabularyOf(dataset: Pick<Dataset, 'vocabulary'>): Vocabulary {
  const file = dataset.vocabulary;
  if (!file) return BUILTIN;
  let found = resolved.get(file);
  if (!found) resolved.set(file, (found = resolve(file)));
  return found;
}

/** The built-in vocabulary, which a dataset that declares none gets. */
export const BUILTIN_VOCABULARY: Vocabulary = BUILTIN;
