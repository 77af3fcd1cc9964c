// The dataset format as a zod schema: the one definition the types, the validator and graph-data/schema.json come from.
import { z } from 'zod';
import { NODE_TYPES, RELATION_TYPES } from './vocabulary';

// zod 4 probes `new Function` to pick a faster parser; our CSP forbids eval, so ask it not to.
z.config({ jitless: true });

export const SCHEMA_VERSION = 1;

/** Ids are short, stable, URL-safe slugs: they appear in links and in the URL state. */
export const IdSchema = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9_-]*$/,
    'must be a lower-case slug: a-z, 0-9, "-" or "_", starting with a letter or digit',
  )
  .max(64);

/**
 * A span of the source text. start/end are JavaScript string offsets (UTF-16 code units) into source.txt;
 * quote === text.slice(start, end). prefix/suffix keep up to 32 characters either side, as the W3C Web
 * Annotation TextQuoteSelector does, so the quote can be found again if the text is edited.
 */
export const EvidenceSchema = z.strictObject({
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  quote: z.string().min(1),
  prefix: z.string().max(32).optional(),
  suffix: z.string().max(32).optional(),
});

const EvidenceListSchema = z.array(EvidenceSchema).min(1, 'needs at least one evidence span');

export const ThreatAreaSchema = z.strictObject({
  id: IdSchema,
  label: z.string().min(1),
  description: z.string(),
});

export const NodeSchema = z.strictObject({
  id: IdSchema,
  type: z.enum(NODE_TYPES),
  label: z.string().min(1).max(120),
  aliases: z.array(z.string().min(1)),
  summary: z.string(),
  threatAreas: z.array(IdSchema),
  evidence: EvidenceListSchema,
});

export const EdgeSchema = z.strictObject({
  id: IdSchema,
  source: IdSchema,
  target: IdSchema,
  type: z.enum(RELATION_TYPES),
  /** The relation in this dataset's words, read "source <label> target" (e.g. "passes the email to"). */
  label: z.string().min(1).max(120),
  threatAreas: z.array(IdSchema),
  evidence: EvidenceListSchema,
});

export const FlowStepSchema = z.strictObject({
  id: IdSchema,
  order: z.int().positive(),
  title: z.string().min(1),
  summary: z.string(),
  nodes: z.array(IdSchema),
  edges: z.array(IdSchema),
  evidence: EvidenceListSchema,
});

export const FlowSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1),
  description: z.string().optional(),
  threatAreas: z.array(IdSchema).optional(),
  steps: z.array(FlowStepSchema).min(1, 'a flow needs at least one step'),
});

export const PositionSchema = z.strictObject({ x: z.number(), y: z.number() });

export const DatasetSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: IdSchema,
  title: z.string().min(1),
  description: z.string().optional(),
  source: z.strictObject({
    path: z.string().min(1),
    title: z.string().min(1),
    publisher: z.string().optional(),
    url: z.string().optional(),
  }),
  threatAreas: z.array(ThreatAreaSchema),
  nodes: z.array(NodeSchema),
  edges: z.array(EdgeSchema),
  flows: z.array(FlowSchema),
  /**
   * Saved node positions for the overview layout, by node id, so the first paint needs no layout run.
   * Optional: without them the app lays the graph out itself.
   */
  positions: z.record(z.string(), PositionSchema).optional(),
});

export type Evidence = z.infer<typeof EvidenceSchema>;
export type ThreatArea = z.infer<typeof ThreatAreaSchema>;
export type GraphNode = z.infer<typeof NodeSchema>;
export type GraphEdge = z.infer<typeof EdgeSchema>;
export type FlowStep = z.infer<typeof FlowStepSchema>;
export type Flow = z.infer<typeof FlowSchema>;
export type Position = z.infer<typeof PositionSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
