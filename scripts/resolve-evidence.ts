// Fills in evidence offsets: finds each quote of a dataset's graph.json in its source text and writes the span back.
// Usage: npm run resolve:data [datasetDir...]   (default: every folder under graph-data/ with a graph.json)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { findQuote, makeEvidence } from '../src/model/evidence';

type JsonObject = Record<string, unknown>;

// Keys are written in this order (any other key after them, as it was), so diffs stay small and files read alike.
const KEY_ORDER = {
  dataset: [
    '$schema',
    'schemaVersion',
    'id',
    'title',
    'description',
    'source',
    'threatAreas',
    'nodes',
    'edges',
    'flows',
    'positions',
  ],
  node: ['id', 'type', 'label', 'aliases', 'summary', 'threatAreas', 'evidence'],
  edge: ['id', 'source', 'target', 'type', 'label', 'threatAreas', 'evidence'],
  flow: ['id', 'title', 'description', 'threatAreas', 'steps'],
  step: ['id', 'order', 'title', 'summary', 'nodes', 'edges', 'evidence'],
  evidence: ['start', 'end', 'quote', 'prefix', 'suffix'],
};

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const objectsIn = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isObject) : []);

function ordered(object: JsonObject, keys: string[]): JsonObject {
  const rest = Object.keys(object).filter((key) => !keys.includes(key));
  return Object.fromEntries(
    [...keys, ...rest].filter((key) => key in object).map((key) => [key, object[key]]),
  );
}

/** "nodes[12] (id "sami")": where an item is, in words that find it in the file. */
const where = (list: string, index: number, item: JsonObject) =>
  typeof item.id === 'string' ? `${list}[${index}] (id "${item.id}")` : `${list}[${index}]`;

/** The evidence entry with offsets that match the source text, or why its quote cannot be placed. */
function resolveEntry(text: string, entry: JsonObject): JsonObject | string {
  const { quote, start, end, occurrence, prefix, suffix } = entry;
  if (typeof quote !== 'string' || quote === '') return 'has no quote';
  if (occurrence !== undefined && !(Number.isInteger(occurrence) && (occurrence as number) >= 1)) {
    return `occurrence must be a whole number from 1 (it is ${JSON.stringify(occurrence)})`;
  }
  const offsetsHold =
    Number.isInteger(start) && Number.isInteger(end) && text.slice(start as number, end as number) === quote;
  let span = { start: start as number, end: end as number };
  // An author's occurrence is a fresh instruction, so it wins over offsets written earlier.
  if (!offsetsHold || occurrence !== undefined) {
    const found = findQuote(text, quote, {
      occurrence: occurrence as number | undefined,
      prefix: typeof prefix === 'string' ? prefix : undefined,
      suffix: typeof suffix === 'string' ? suffix : undefined,
      near: typeof start === 'number' ? start : undefined,
    });
    if (!found.ok) return found.error;
    span = found;
  }
  const rest = Object.fromEntries(
    Object.entries(entry).filter(([key]) => !KEY_ORDER.evidence.includes(key) && key !== 'occurrence'),
  );
  return { ...makeEvidence(text, span.start, span.end), ...rest };
}

/** Resolves every evidence list of the dataset in place; returns the problems, each naming its JSON path. */
function resolveDataset(
  text: string,
  data: JsonObject,
): { problems: string[]; moved: number; total: number } {
  const problems: string[] = [];
  let moved = 0;
  let total = 0;
  const resolveList = (holder: JsonObject, path: string) => {
    holder.evidence = objectsIn(holder.evidence).map((entry, index) => {
      total += 1;
      const resolved = resolveEntry(text, entry);
      if (typeof resolved === 'string') {
        problems.push(`${path}.evidence[${index}]: ${resolved}`);
        return entry;
      }
      if (resolved.start !== entry.start || resolved.end !== entry.end) moved += 1;
      return resolved;
    });
  };
  data.nodes = objectsIn(data.nodes).map((node, i) => {
    resolveList(node, where('nodes', i, node));
    return ordered(node, KEY_ORDER.node);
  });
  data.edges = objectsIn(data.edges).map((edge, i) => {
    resolveList(edge, where('edges', i, edge));
    return ordered(edge, KEY_ORDER.edge);
  });
  data.flows = objectsIn(data.flows).map((flow, i) => {
    flow.steps = objectsIn(flow.steps).map((step, j) => {
      resolveList(step, `${where('flows', i, flow)}.${where('steps', j, step)}`);
      return ordered(step, KEY_ORDER.step);
    });
    return ordered(flow, KEY_ORDER.flow);
  });
  return { problems, moved, total };
}

async function resolveFolder(folder: string): Promise<boolean> {
  const graphPath = join(folder, 'graph.json');
  const name = relative(process.cwd(), graphPath);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(graphPath, 'utf8'));
  } catch (error) {
    console.error(`${name}: cannot read it as JSON: ${(error as Error).message}`);
    return false;
  }
  if (!isObject(data)) {
    console.error(`${name}: is not a JSON object`);
    return false;
  }
  const source =
    isObject(data.source) && typeof data.source.path === 'string' ? data.source.path : 'source.txt';
  const text = readFileSync(join(folder, source), 'utf8');
  const { problems, moved, total } = resolveDataset(text, data);
  if (problems.length > 0) {
    console.error(`${name}: ${problems.length} evidence problem(s), file left unchanged:`);
    for (const problem of problems) console.error(`  ${problem}`);
    return false;
  }
  const json = JSON.stringify(ordered(data, KEY_ORDER.dataset), null, 2);
  // Format as prettier would, so `prettier --check` agrees with what this script writes.
  const formatted = await format(json, { ...(await resolveConfig(graphPath)), filepath: graphPath });
  const changed = formatted !== readFileSync(graphPath, 'utf8');
  if (changed) writeFileSync(graphPath, formatted);
  console.log(
    `${name}: ${total} evidence spans, ${moved} placed or moved${changed ? '' : ', file unchanged'}`,
  );
  return true;
}

const graphData = fileURLToPath(new URL('../graph-data/', import.meta.url));
const folders = process.argv.slice(2);
const targets =
  folders.length > 0
    ? folders
    : readdirSync(graphData, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(graphData, entry.name, 'graph.json')))
        .map((entry) => join(graphData, entry.name));

let allResolved = true;
for (const folder of targets) allResolved = (await resolveFolder(folder)) && allResolved;
if (!allResolved) process.exitCode = 1;
