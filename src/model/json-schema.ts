// graph-data/schema.json, generated from the zod schema, so editors can check and complete graph.json as people type.
import { z } from 'zod';
import {
  DatasetFileSchema,
  DocumentSchema,
  EdgeFileSchema,
  EvidenceFileSchema,
  FlowFileSchema,
  FlowStepFileSchema,
  IdSchema,
  NodeFileSchema,
  ThreatAreaSchema,
} from './schema';

/** Not a URL anyone can fetch: graph.json files point at the schema by relative path ("../schema.json"). */
export const DATASET_SCHEMA_ID = 'urn:dossier:schema:dataset:2';

/**
 * Hover text for editors. These repeat the doc comments in schema.ts; if schema.ts ever carries them as
 * `.meta({ description })`, this table can go.
 */
const DESCRIPTIONS = new Map<object, string>([
  [IdSchema, 'An id, or a reference to one: a lower-case slug of a-z, 0-9, "-" and "_".'],
  [
    EvidenceFileSchema,
    'A span of a document: the quote alone is enough (Dossier finds it); with offsets, quote === ' +
      'text.slice(start, end) in UTF-16 code units. prefix/suffix hold up to 32 characters either side, like a ' +
      'W3C TextQuoteSelector, so the quote is found again when the text is edited.',
  ],
  [
    EvidenceFileSchema.shape.document,
    'The id of the document the quote is from; required when the dataset has more than one document.',
  ],
  [
    EvidenceFileSchema.shape.start,
    'Offset of the first character of the quote (UTF-16 code units); give it with end, or leave both out.',
  ],
  [EvidenceFileSchema.shape.end, 'Offset just past the last character of the quote (UTF-16 code units).'],
  [EvidenceFileSchema.shape.prefix, 'Up to 32 characters of the text just before the quote.'],
  [EvidenceFileSchema.shape.suffix, 'Up to 32 characters of the text just after the quote.'],
  [
    EvidenceFileSchema.shape.occurrence,
    'Which appearance of the quote is meant when it occurs more than once (1 is the first).',
  ],
  [
    DocumentSchema,
    'A source document: its text is the UTF-8 file at path, beside graph.json (in a bundle, the text is embedded).',
  ],
  [ThreatAreaSchema, 'A threat area: a theme that nodes, edges and flows can belong to.'],
  [NodeFileSchema, 'A node: a person, agency, place, item or idea the source text mentions.'],
  [EdgeFileSchema, 'A directed edge between two nodes, read "source <label> target".'],
  [EdgeFileSchema.shape.label, 'The relation in this dataset\'s words, read "source <label> target".'],
  [FlowFileSchema, 'A flow: a story through the graph, told in ordered steps.'],
  [FlowStepFileSchema, 'One step of a flow: the nodes and edges it lights up, and the passage it rests on.'],
  [
    DatasetFileSchema.shape.positions,
    'Saved node positions for the overview layout, by node id. Optional: without them the app lays the graph out.',
  ],
]);

/** The JSON Schema (draft 2020-12) of graph.json. Pure: the same object every call. */
export function datasetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(DatasetFileSchema, {
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
      'A Dossier dataset (format version 2): nodes, edges, threat areas and flows, each tied by evidence spans ' +
      'to the documents beside it. Offsets are checked by `npm run check:data`, not by this schema. See docs/dataset-format.md.',
    ...rest,
  };
}

/** The file's exact text: pretty-printed with a trailing newline, as the script writes it and the test compares it. */
export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`;
}
