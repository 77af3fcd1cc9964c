// graph-data/schema.json: generated from the zod schema, and never allowed to fall behind it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATASET_SCHEMA_ID, datasetJsonSchema, datasetJsonSchemaText } from '../../src/model/json-schema';
import { LINE_STYLES, NODE_SHAPES } from '../../src/model/vocabulary';

const SCHEMA_FILE = fileURLToPath(new URL('../../graph-data/schema.json', import.meta.url));

/** Follows a chain of keys through the generated schema, failing loudly if one is missing. */
function dig(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || !(key in current)) {
      throw new Error(`schema has no "${key}" on the way to ${keys.join('.')}`);
    }
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

describe('the JSON Schema editors use for graph.json', () => {
  it('graph-data/schema.json is exactly what npm run schema:json would write now', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(datasetJsonSchemaText());
  });

  it('is draft 2020-12 with an id, a title and a description', () => {
    const schema = datasetJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(DATASET_SCHEMA_ID);
    expect(schema.title).toMatch(/Dossier/);
    expect(schema.description).toMatch(/docs\/dataset-format\.md/);
    expect(datasetJsonSchemaText().endsWith('}\n')).toBe(true);
  });

  it('lets a dataset name its own types, and offers the shapes and line styles it may draw them with', () => {
    const schema = datasetJsonSchema();
    // A type is any slug: the validator checks it against the dataset's vocabulary, which a schema cannot see.
    const type = dig(schema, 'properties', 'nodes', 'items', 'properties', 'type');
    expect(dig(type, 'type')).toBe('string');
    expect(type).not.toHaveProperty('enum');
    const vocabulary = dig(schema, 'properties', 'vocabulary', 'properties');
    const nodeType = dig(vocabulary, 'nodeTypes', 'items', 'properties');
    expect(dig(nodeType, 'shape', 'enum')).toEqual([...NODE_SHAPES]);
    expect(dig(nodeType, 'colour', 'pattern')).toBe('^#[0-9a-fA-F]{6}$');
    expect(dig(vocabulary, 'relationTypes', 'items', 'properties', 'line', 'enum')).toEqual([...LINE_STYLES]);
    expect(dig(vocabulary, 'facet', 'required')).toEqual(['label']);
  });

  it('flags misspelt keys in an editor, as the validator does', () => {
    const schema = datasetJsonSchema();
    expect(dig(schema, 'additionalProperties')).toBe(false);
    expect(dig(schema, 'properties', 'nodes', 'items', 'additionalProperties')).toBe(false);
    const evidence = dig(schema, 'properties', 'nodes', 'items', 'properties', 'evidence', 'items');
    expect(dig(evidence, 'additionalProperties')).toBe(false);
    expect(dig(evidence, 'required')).toEqual(['quote']);
    expect(dig(evidence, 'description')).toMatch(/UTF-16/);
  });

  it('is the same every time it is generated', () => {
    expect(datasetJsonSchemaText()).toBe(datasetJsonSchemaText());
  });
});
