// graph-data/schema.json, generated from the zod schema, so editors can check and complete graph.json as people type.
import { z } from 'zod';
import {
  DatasetSchema,
  EdgeSchema,
  EvidenceSchema,
  FlowSchema,
  FlowStepSchema,
  IdSchema,
  NodeSchema,
  ThreatAreaSchema,
} from './schema';

/** Not a URL anyone can fetch: graph.json files point at the schema by relative path ("../schema.json"). */
export const DATASET_SCHEMA_ID = 'urn:dossier:schema:dataset:1';

/**
 * Hover text for editors. These repeat the doc comments in schema.ts; if schema.ts ever carries them as
 * `.meta({ description })`, this table can go.
 */
const DESCRIPTIONS = new Map<object, string>([
  [IdSchema, 'An id, or a reference to one: a lower-case slug of a-z, 0-9, "-" and "_".'],
  [
    EvidenceSchema,
    'A span of the source text: quote === text.slice(start, end), offsets in UTF-16 code units. ' +
      'prefix/suffix hold up to 32 characters either side, like a W3C TextQuoteSelector.',
  ],
  [EvidenceSchema.shape.start, 'Offset of the first character of the quote (UTF-16 code units).'],
  [EvidenceSchema.shape.end, 'Offset just past the last character of the quote (UTF-16 code units).'],
  [EvidenceSchema.shape.prefix, 'Up to 32 characters of the text just before the quote.'],
  [EvidenceSchema.shape.suffix, 'Up to 32 characters of the text just after the quote.'],
  [ThreatAreaSchema, 'A threat area: a theme that nodes, edges and flows can belong to.'],
  [NodeSchema, 'A node: a person, agency, place, item or idea the source text mentions.'],
  [EdgeSchema, 'A directed edge between two nodes, read "source <label> target".'],
  [EdgeSchema.shape.label, 'The relation in this dataset\'s words, read "source <label> target".'],
  [FlowSchema, 'A flow: a story through the graph, told in ordered steps.'],
  [FlowStepSchema, 'One step of a flow: the nodes and edges it lights up, and the passage it rests on.'],
  [
    DatasetSchema.shape.positions,
    'Saved node positions for the overview layout, by node id. Optional: without them the app lays the graph out.',
  ],
]);

/** The JSON Schema (draft 2020-12) of graph.json. Pure: the same object every call. */
export function datasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(DatasetSchema, {
    target: 'draft-2020-12',
    // graph.json is what people write, so describe the input side of the schema.
    io: 'input',
    override: (ctx) => {
      const description = DESCRIPTIONS.get(ctx.zodSchema);
      if (description) ctx.jsonSchema.description = description;
    },
  });
  const { $schema, ...rest } = generated;
  // Put the identifying keys first, where a person opening the file looks.
  return {
    $schema,
    $id: DATASET_SCHEMA_ID,
    title: 'Dossier dataset (graph.json)',
    description:
      'A Dossier dataset: nodes, edges, threat areas and flows, each tied by evidence spans to the source text ' +
      'beside it. Offsets are checked by `npm run check:data`, not by this schema. See docs/dataset-format.md.',
    ...rest,
  };
}

/** The file's exact text: pretty-printed with a trailing newline, as the script writes it and the test compares it. */
export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
