// The dataset format as a zod schema: the one definition the types, the validator and graph-data/schema.json come from.
import { z } from 'zod';
import { LINE_STYLES, NODE_SHAPES } from './vocabulary';

// zod 4 probes `new Function` to pick a faster parser; our CSP forbids eval, so ask it not to.
z.config({ jitless: true });

/** The version of the format files are written in; older versions are migrated on opening (see migrate.ts). */
export const SCHEMA_VERSION = 2;

/** Ids are short, stable, URL-safe slugs: they appear in links and in the URL state. */
export const IdSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]*$/,
    'must be a lower-case slug: a-z, 0-9, "-" or "_", starting with a letter or digit',
  )
  .max(64);

/**
 * A span of a document as a file gives it. Only the quote is required: start/end (JavaScript string offsets,
 * UTF-16 code units, into the document's text) are found from the quote when left out, and found again when the
 * text was edited. `document` names the document (required when the dataset has more than one). prefix/suffix
 * keep up to 32 characters either side, as the W3C Web Annotation TextQuoteSelector does; `occurrence` (1-based)
 * says which appearance of a quote that repeats is meant.
 */
export const EvidenceFileSchema = z.strictObject({
  document: IdSchema.optional(),
  start: z.int().nonnegative().optional(),
  end: z.int().nonnegative().optional(),
  quote: z.string().min(1),
  prefix: z.string().max(32).optional(),
  suffix: z.string().max(32).optional(),
  occurrence: z.int().min(1).optional(),
});

/**
 * A span as the app holds it once a dataset is open: always with its document and offsets, quote ===
 * text.slice(start, end). An orphan is a span whose quote could not be found in its (edited) document: it keeps
 * its quote and its old offsets, and nothing in the text is highlighted for it.
 */
export const EvidenceSchema = z.strictObject({
  document: IdSchema,
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  quote: z.string().min(1),
  prefix: z.string().max(32).optional(),
  suffix: z.string().max(32).optional(),
  orphan: z.literal(true).optional(),
});

/** One source document of a dataset: its text is the file at `path`, beside graph.json (or embedded in a bundle). */
export const DocumentSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  path: z.string().min(1),
  publisher: z.string().optional(),
  /** When it was published or written, as the dataset's author gives it (ISO 8601 preferred, not enforced). */
  date: z.string().optional(),
  url: z.string().optional(),
});

export const ThreatAreaSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1),
  description: z.string(),
});

/** A colour as the web writes it, #rrggbb: one form, so the exporters and the canvas read it alike. */
const ColourSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb, like "#0072B2"');

/** A node type a dataset declares: its id (what nodes give as `type`), its words and, optionally, its look. */
export const NodeTypeSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1).max(60),
  /** The label for many, in the filters and pickers; the label with an "s" when left out. */
  plural: z.string().min(1).max(60).optional(),
  description: z.string().optional(),
  /** Left out: the built-in type's colour for a built-in id, else one from a colour-blind-safe palette. */
  colour: ColourSchema.optional(),
  shape: z.enum(NODE_SHAPES).optional(),
});

/** A relation type a dataset declares, read "source <label> target"; its family groups it in the legend. */
export const RelationTypeSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1).max(60),
  description: z.string().optional(),
  /** One of the dataset's families (the built-in ones when it declares none); "other" when left out. */
  family: IdSchema.optional(),
  /** Left out: the family's colour and line. */
  colour: ColourSchema.optional(),
  line: z.enum(LINE_STYLES).optional(),
});

/** A group of relation types drawn alike and listed together in the legend. */
export const RelationFamilySchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1).max(60),
  colour: ColourSchema.optional(),
  line: z.enum(LINE_STYLES).optional(),
});

/** The name of the facet whose values are the dataset's `threatAreas` ("Threat area" unless given). */
export const FacetSchema = z.strictObject({
  label: z.string().min(1).max(60),
  /** The label for many, the heading of its filter and column; the label with an "s" when left out. */
  plural: z.string().min(1).max(60).optional(),
});

/**
 * A dataset's own vocabulary. Each part is optional and replaces the built-in one only when given: a dataset with
 * no `vocabulary` (MI6) uses today's types, families and "Threat areas".
 */
export const VocabularySchema = z.strictObject({
  nodeTypes: z
    .array(NodeTypeSchema)
    .min(1, 'declare at least one node type, or leave nodeTypes out')
    .optional(),
  relationTypes: z
    .array(RelationTypeSchema)
    .min(1, 'declare at least one relation type, or leave relationTypes out')
    .optional(),
  families: z
    .array(RelationFamilySchema)
    .min(1, 'declare at least one family, or leave families out')
    .optional(),
  facet: FacetSchema.optional(),
});

export const PositionSchema = z.strictObject({ x: z.number(), y: z.number() });

/** The element schemas over one evidence schema: the file's (quotes may stand alone) or the opened dataset's. */
function schemasWith<E extends z.ZodType>(evidence: E) {
  const evidenceList = z.array(evidence).min(1, 'needs at least one evidence span');
  const node = z.strictObject({
    id: IdSchema,
    /** One of the dataset's node types (its vocabulary's, or the built-in ones): checked by the validator. */
    type: IdSchema,
    label: z.string().min(1).max(120),
    aliases: z.array(z.string().min(1)),
    summary: z.string(),
    threatAreas: z.array(IdSchema),
    evidence: evidenceList,
  });
  const edge = z.strictObject({
    id: IdSchema,
    source: IdSchema,
    target: IdSchema,
    /** One of the dataset's relation types: checked by the validator. */
    type: IdSchema,
    /** The relation in this dataset's words, read "source <label> target" (e.g. "passes the email to"). */
    label: z.string().min(1).max(120),
    threatAreas: z.array(IdSchema),
    evidence: evidenceList,
  });
  const step = z.strictObject({
    id: IdSchema,
    order: z.int().positive(),
    title: z.string().min(1),
    summary: z.string(),
    nodes: z.array(IdSchema),
    edges: z.array(IdSchema),
    evidence: evidenceList,
  });
  const flow = z.strictObject({
    id: IdSchema,
    title: z.string().min(1),
    description: z.string().optional(),
    threatAreas: z.array(IdSchema).optional(),
    steps: z.array(step).min(1, 'a flow needs at least one step'),
  });
  const dataset = z.strictObject({
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    id: IdSchema,
    title: z.string().min(1),
    description: z.string().optional(),
    documents: z.array(DocumentSchema).min(1, 'needs at least one document'),
    /** The dataset's own node types, relation types, families and facet name; the built-in ones when left out. */
    vocabulary: VocabularySchema.optional(),
    threatAreas: z.array(ThreatAreaSchema),
    nodes: z.array(node),
    edges: z.array(edge),
    flows: z.array(flow),
    /**
     * Saved node positions for the overview layout, by node id, so the first paint needs no layout run.
     * Optional: without them the app lays the graph out itself.
     */
    positions: z.record(z.string(), PositionSchema).optional(),
  });
  return { node, edge, step, flow, dataset };
}

const fileSchemas = schemasWith(EvidenceFileSchema);
const openSchemas = schemasWith(EvidenceSchema);

/** graph.json as a file holds it (version 2): what the validator checks and graph-data/schema.json describes. */
export const DatasetFileSchema = fileSchemas.dataset;
export const NodeFileSchema = fileSchemas.node;
export const EdgeFileSchema = fileSchemas.edge;
export const FlowFileSchema = fileSchemas.flow;
export const FlowStepFileSchema = fileSchemas.step;

/** An opened dataset, normalised: every evidence span with its document and offsets. What the app works on. */
export const DatasetSchema = openSchemas.dataset;
export const NodeSchema = openSchemas.node;
export const EdgeSchema = openSchemas.edge;
export const FlowSchema = openSchemas.flow;
export const FlowStepSchema = openSchemas.step;

export type EvidenceFile = z.infer<typeof EvidenceFileSchema>;
export type DatasetFile = z.infer<typeof DatasetFileSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type SourceDocument = z.infer<typeof DocumentSchema>;
export type ThreatArea = z.infer<typeof ThreatAreaSchema>;
export type VocabularyFile = z.infer<typeof VocabularySchema>;
export type NodeTypeDeclaration = z.infer<typeof NodeTypeSchema>;
export type RelationTypeDeclaration = z.infer<typeof RelationTypeSchema>;
export type RelationFamilyDeclaration = z.infer<typeof RelationFamilySchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type GraphEdge = z.infer<typeof EdgeSchema>;
export type FlowStep = z.infer<typeof FlowStepSchema>;
export type Flow = z.infer<typeof FlowSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
