// Dataset + its documents' texts -> every problem, each saying what is wrong and where; never throws on bad data.
import type { z } from 'zod';
import { anchorSpan, type AnchorOutcome } from './anchor';
import { makeEvidence, type TextQuote } from './evidence';
import { migrateDataset } from './migrate';
import {
  DatasetFileSchema,
  EdgeFileSchema,
  NodeFileSchema,
  SCHEMA_VERSION,
  type Dataset,
  type DatasetFile,
  type Evidence,
} from './schema';
import { NODE_TYPES, RELATION_FAMILIES, RELATION_TYPES } from './vocabulary';
import { checkSize, type Problem } from './problem';
import { isWellFormedEdge, isWellFormedNode, isWellFormedPositions } from './well-formed';

export { MAX_DATASET_BYTES, checkSize, formatProblem, type Problem, type Severity } from './problem';

export interface ValidationResult {
  /**
   * The dataset, only when there are no errors (warnings allowed), normalised: the current schemaVersion, every
   * evidence span with its document, offsets, quote and the context around it.
   */
  dataset: Dataset | null;
  problems: Problem[];
}

/**
 * The documents' texts by document id. A plain string is the text of the dataset's first document (the one
 * document of most datasets); null skips every check that needs a text (for a caller that could not read them:
 * it should say so itself).
 */
export type DocumentTexts = ReadonlyMap<string, string> | string | null;

/** How much of the source text a message quotes when it says what the text has at some offsets. */
const EXCERPT_CHARS = 40;

type PathSegment = string | number;
type JsonObject = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------------------------
// Entry points

/** JSON.parse that reports a syntax error as a Problem with line and column instead of throwing. */
export function parseJsonText(
  jsonText: string,
  what = 'graph.json',
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  // A byte-order mark is invisible in editors and JSON.parse rejects it; browsers' fetch().text() drops it too.
  const text = jsonText.startsWith('\uFEFF') ? jsonText.slice(1) : jsonText;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: { path: '', message: jsonSyntaxMessage(raw, text, what), severity: 'error' },
    };
  }
}

/** Size check, JSON parse and validation in one step, for text read from a file or a URL. */
export function parseDatasetJson(jsonText: string, texts: DocumentTexts): ValidationResult {
  // String length (UTF-16 units) stands in for bytes: close enough for a limit, and free to compute.
  const tooBig = checkSize(jsonText.length, 'graph.json');
  if (tooBig) return { dataset: null, problems: [tooBig] };
  const parsed = parseJsonText(jsonText);
  if (!parsed.ok) return { dataset: null, problems: [parsed.problem] };
  return validateDataset(parsed.value, texts);
}

/**
 * Checks a parsed graph.json against the schema and against itself and its documents' texts, and reports every
 * problem at once. An older schemaVersion is migrated first (in memory; problems still name the file's own
 * paths). The semantic checks run even when the schema fails, over whatever parts are well-formed, so a user
 * fixing a file sees the whole list, not one problem per attempt. Evidence given only as a quote is placed in its
 * document here.
 */
export function validateDataset(raw: unknown, texts: DocumentTexts): ValidationResult {
  const version = isObject(raw) ? raw.schemaVersion : undefined;
  if (isObject(raw) && version !== 1 && version !== SCHEMA_VERSION) {
    // Another version's file may be shaped in ways this one cannot guess: say only what it is.
    const found = version === undefined ? 'but the file gives none' : `not ${describeInput(version)}`;
    const message = `this version of Dossier reads schemaVersion ${SCHEMA_VERSION} (and opens 1), ${found}`;
    return { dataset: null, problems: [{ path: 'schemaVersion', message, severity: 'error' }] };
  }
  const migration = migrateDataset(raw);
  const data = migration.raw;
  const problems: Problem[] = [];
  const parsed = parseFile(data);
  if (!parsed.success) {
    for (const issue of parsed.issues) problems.push(problemFromIssue(issue, data));
  }
  const anchored: AnchoredSpans = { nodes: [], edges: [], steps: new Map() };
  if (isObject(data)) problems.push(...semanticProblems(data, textsById(data, texts), anchored));
  // A version-1 file has `source` where version 2 has `documents[0]`: point at what its author wrote.
  const located =
    migration.from === 1
      ? problems.map((p) => ({ ...p, path: p.path.replace(/^documents\[0\]/, 'source') }))
      : problems;
  const unique = dedupe(located).sort(byPlaceInFile);
  const hasError = unique.some((p) => p.severity === 'error');
  return {
    dataset: parsed.success && !hasError ? normalise(parsed.data, anchored) : null,
    problems: unique,
  };
}

type FileParse = { success: true; data: DatasetFile } | { success: false; issues: z.core.$ZodIssue[] };

/**
 * The schema's parse of the whole file, with the same issues, in linear time with a small constant: the nodes, edges
 * and saved positions (nearly all of a large file) that well-formed.ts passes skip zod, which checks only the rest
 * of the file and the elements that may be wrong, each at its path in the file.
 */
function parseFile(data: unknown): FileParse {
  const whole = (): FileParse => {
    const result = DatasetFileSchema.safeParse(data, { reportInput: true });
    return result.success ? result : { success: false, issues: result.error.issues };
  };
  if (!isObject(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) return whole();
  const issues: z.core.$ZodIssue[] = [];
  const elementsOf = (
    list: readonly unknown[],
    key: 'nodes' | 'edges',
    wellFormed: (value: unknown) => boolean,
    schema: typeof NodeFileSchema | typeof EdgeFileSchema,
  ): unknown[] =>
    list.map((element, index) => {
      if (wellFormed(element)) return element;
      const result = schema.safeParse(element, { reportInput: true });
      if (result.success) return result.data;
      for (const issue of result.error.issues) issues.push({ ...issue, path: [key, index, ...issue.path] });
      return element;
    });
  // The rest of the file, with empty lists where the nodes and edges are (no issue of their own), and no saved
  // positions when they are well-formed.
  const positionsChecked = data.positions !== undefined && isWellFormedPositions(data.positions);
  const rest = DatasetFileSchema.safeParse(
    { ...data, nodes: [], edges: [], ...(positionsChecked ? { positions: {} } : {}) },
    { reportInput: true },
  );
  const nodes = elementsOf(data.nodes, 'nodes', isWellFormedNode, NodeFileSchema);
  const edges = elementsOf(data.edges, 'edges', isWellFormedEdge, EdgeFileSchema);
  if (!rest.success) issues.unshift(...rest.error.issues);
  if (issues.length > 0) return { success: false, issues };
  // Checked: each element is exactly what the schema gives back for it (it has no defaults nor transforms).
  const file = { ...rest.data, nodes, edges, ...(positionsChecked ? { positions: data.positions } : {}) };
  return { success: true, data: file as DatasetFile };
}

/** The texts by document id; a lone string belongs to the first document. */
function textsById(raw: JsonObject, texts: DocumentTexts): ReadonlyMap<string, string> | null {
  if (texts === null || typeof texts !== 'string') return texts;
  const first = at(raw, ['documents', 0, 'id']);
  return new Map(typeof first === 'string' ? [[first, texts]] : []);
}

/** The file's dataset with every evidence span as anchored (document, offsets, quote, context). */
function normalise(file: DatasetFile, anchored: AnchoredSpans): Dataset {
  const [firstDocument] = file.documents;
  const spans = (list: DatasetFile['nodes'][number]['evidence'], found: Evidence[] | undefined): Evidence[] =>
    list.map((entry, index) => {
      const span = found?.[index];
      if (span) return span;
      // No text to anchor against (the caller passed none): keep the file's offsets as they are.
      const { occurrence: _occurrence, ...rest } = entry;
      return {
        ...rest,
        document: entry.document ?? firstDocument?.id ?? '',
        start: entry.start ?? 0,
        end: entry.end ?? 0,
      };
    });
  return {
    ...file,
    nodes: file.nodes.map((node, i) => ({
      ...node,
      evidence: spans(node.evidence, anchored.nodes[i]),
    })),
    edges: file.edges.map((edge, i) => ({
      ...edge,
      evidence: spans(edge.evidence, anchored.edges[i]),
    })),
    flows: file.flows.map((flow, i) => ({
      ...flow,
      steps: flow.steps.map((step, j) => ({
        ...step,
        evidence: spans(step.evidence, anchored.steps.get(`${i}/${j}`)),
      })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Paths and names

/**
 * Each evidence list's spans as anchored, by the index of its node or edge in the file, and by "flow/step" indexes
 * for steps: no path strings to build or look up for tens of thousands of lists. A span that was not anchored (it is
 * wrong, or its document has no text) is a hole.
 */
interface AnchoredSpans {
  nodes: (Evidence[] | undefined)[];
  edges: (Evidence[] | undefined)[];
  steps: Map<string, Evidence[] | undefined>;
}

function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** Names the element a path points into, in words, from whatever ids the raw data has. */
function whereFor(raw: unknown, path: readonly PathSegment[]): string | undefined {
  const [collection, index, inner, stepIndex] = path;
  if (typeof index !== 'number' || typeof collection !== 'string') return undefined;
  const element = at(raw, [collection, index]);
  const id = isObject(element) && typeof element.id === 'string' ? JSON.stringify(element.id) : null;
  if (collection === 'flows' && inner === 'steps' && typeof stepIndex === 'number') {
    const step = at(element, ['steps', stepIndex]);
    if (isObject(step) && typeof step.id === 'string') {
      return id ? `step ${JSON.stringify(step.id)} of flow ${id}` : `step ${JSON.stringify(step.id)}`;
    }
  }
  if (!id) return undefined;
  const kind = {
    nodes: 'node',
    edges: 'edge',
    threatAreas: 'threat area',
    flows: 'flow',
    documents: 'document',
  }[collection];
  return kind ? `${kind} ${id}` : undefined;
}

function at(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isObject(current) && typeof key === 'string' && Object.hasOwn(current, key))
      current = current[key];
    else return undefined;
  }
  return current;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${quoted(value)}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** A value for a message: JSON-quoted (so newlines show as \n) and cut to a readable length. */
function quoted(text: string, max = EXCERPT_CHARS): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max - 1)}…` : text);
}

// ---------------------------------------------------------------------------------------------------------------
// Schema issues -> problems

const EXPECTED_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
};

function problemFromIssue(issue: z.core.$ZodIssue, raw: unknown): Problem {
  const path = issue.path.map((k): PathSegment => (typeof k === 'number' ? k : String(k)));
  const where = whereFor(raw, path);
  const make = (message: string, atPath: readonly PathSegment[] = path): Problem => ({
    path: formatPath(atPath),
    ...(where ? { where } : {}),
    message,
    severity: 'error',
  });
  const field = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  const parent = at(raw, parentPath);
  const input = at(raw, path);

  switch (issue.code) {
    case 'invalid_type': {
      if (path.length === 0) return make(`a dataset must be a JSON object; this is ${describeValue(raw)}`);
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      if (isObject(parent) && typeof field === 'string' && !Object.hasOwn(parent, field)) {
        return make(`missing field "${field}" (${expected})`, parentPath);
      }
      return make(`expected ${expected}, got ${describeValue(input)}`);
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => String(v));
      if (path.length === 1 && field === 'schemaVersion') {
        const found = input === undefined ? 'but the file gives none' : `not ${describeInput(input)}`;
        return make(`this version of Dossier reads schemaVersion ${values.join(', ')}, ${found}`);
      }
      return make(`${describeInput(input)} is not allowed here; expected one of ${values.join(', ')}`);
    }
    case 'unrecognized_keys': {
      const keys = issue.keys;
      const names = keys.map((k) => JSON.stringify(k)).join(', ');
      return make(`unknown field${keys.length === 1 ? '' : 's'} ${names}`);
    }
    case 'too_small': {
      if (!isDefaultMessage(issue.message)) return make(issue.message);
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        if (min > 1) return make(`must be at least ${min} characters long`);
        return make(typeof field === 'string' ? `${field} must not be empty` : 'must not be empty');
      }
      if (issue.origin === 'array') return make(`needs at least ${min} ${min === 1 ? 'entry' : 'entries'}`);
      const bound = issue.inclusive ? `at least ${min}` : `greater than ${min}`;
      return make(`must be ${bound}, got ${describeValue(input)}`);
    }
    case 'too_big': {
      if (!isDefaultMessage(issue.message)) return make(issue.message);
      const max = Number(issue.maximum);
      if (issue.origin === 'string' && typeof input === 'string') {
        return make(`is ${input.length} characters long; the limit is ${max}`);
      }
      return make(`must be at most ${max}, got ${describeValue(input)}`);
    }
    case 'invalid_format':
      return make(
        `${describeInput(input)} ${isDefaultMessage(issue.message) ? 'has the wrong format' : issue.message}`,
      );
    default:
      return make(issue.message);
  }
}

function describeInput(input: unknown): string {
  return typeof input === 'string' ? quoted(input) : describeValue(input);
}

/** zod's own messages start like this; a message written in schema.ts reads better as it is. */
function isDefaultMessage(message: string): boolean {
  return /^(Too small|Too big|Invalid)\b/.test(message);
}

// ---------------------------------------------------------------------------------------------------------------
// Semantic checks over the raw object: ids, references, step order, spans

interface Element {
  value: JsonObject;
  index: number;
  id: string | null;
}

/** The object entries of `raw[key]` if it is an array (non-objects are the schema's problem, skipped here). */
function elements(raw: unknown, key: string): Element[] {
  const list = isObject(raw) ? raw[key] : undefined;
  if (!Array.isArray(list)) return [];
  const out: Element[] = [];
  list.forEach((value: unknown, index) => {
    if (isObject(value)) out.push({ value, index, id: typeof value.id === 'string' ? value.id : null });
  });
  return out;
}

function strings(value: unknown): { value: string; index: number }[] {
  if (!Array.isArray(value)) return [];
  const out: { value: string; index: number }[] = [];
  value.forEach((v: unknown, index) => {
    if (typeof v === 'string') out.push({ value: v, index });
  });
  return out;
}

function semanticProblems(
  raw: JsonObject,
  texts: ReadonlyMap<string, string> | null,
  anchored: AnchoredSpans,
): Problem[] {
  const problems: Problem[] = [];
  const error = (path: readonly PathSegment[], where: string | undefined, message: string): void => {
    problems.push({ path: formatPath(path), ...(where ? { where } : {}), message, severity: 'error' });
  };
  const warn = (path: readonly PathSegment[], where: string | undefined, message: string): void => {
    problems.push({ path: formatPath(path), ...(where ? { where } : {}), message, severity: 'warning' });
  };

  const documents = elements(raw, 'documents');
  const documentIds = indexIds(documents, 'documents', 'document', error);
  checkDocuments(documents, error);
  const counts = { moved: 0, changed: 0, orphans: 0 };
  const perDocument = new Map<string, { spans: number; orphans: number }>();
  const spans: SpanContext = { documents: documentIds, texts, counts, perDocument, error, warn };

  const threatAreas = elements(raw, 'threatAreas');
  const nodes = elements(raw, 'nodes');
  const edges = elements(raw, 'edges');
  const flows = elements(raw, 'flows');
  checkVocabulary(raw, nodes, edges, error);

  const areaIds = indexIds(threatAreas, 'threatAreas', 'threat area', error);
  const nodeIds = indexIds(nodes, 'nodes', 'node', error);
  const edgeIds = indexIds(edges, 'edges', 'edge', error);
  indexIds(flows, 'flows', 'flow', error);

  const areaList = [...areaIds.keys()].join(', ') || '(none defined)';
  const checkAreas = (value: unknown, path: readonly PathSegment[], where: string | undefined): void => {
    for (const area of strings(value)) {
      if (!areaIds.has(area.value)) {
        error(
          [...path, area.index],
          where,
          `unknown threat area ${quoted(area.value)}; expected one of ${areaList}`,
        );
      }
    }
  };

  // Cytoscape keeps nodes and edges in one id space: an edge named like a node would fail to load.
  for (const edge of edges) {
    const clash = edge.id === null ? undefined : nodeIds.get(edge.id);
    if (clash !== undefined) {
      error(
        ['edges', edge.index, 'id'],
        whereOf('edge', edge.id),
        `edge id ${quoted(edge.id ?? '')} is also the id of nodes[${clash}]; node and edge ids must differ`,
      );
    }
  }

  for (const node of nodes) {
    const where = whereOf('node', node.id);
    checkAreas(node.value.threatAreas, ['nodes', node.index, 'threatAreas'], where);
    anchored.nodes[node.index] = checkEvidence(
      node.value.evidence,
      ['nodes', node.index, 'evidence'],
      where,
      spans,
    );
  }

  const connected = new Set<string>();
  /** Each edge id's two ends (the first edge with the id), to check that a flow step shows both. */
  const edgeEnds = new Map<string, { source: string; target: string }>();
  for (const edge of edges) {
    const where = whereOf('edge', edge.id);
    for (const end of ['source', 'target'] as const) {
      const ref = edge.value[end];
      if (typeof ref !== 'string') continue;
      connected.add(ref);
      if (!nodeIds.has(ref))
        error(['edges', edge.index, end], where, `${end} ${quoted(ref)} is not the id of any node`);
    }
    const { source, target } = edge.value;
    if (
      edge.id !== null &&
      !edgeEnds.has(edge.id) &&
      typeof source === 'string' &&
      typeof target === 'string'
    )
      edgeEnds.set(edge.id, { source, target });
    if (typeof source === 'string' && source === target) {
      warn(['edges', edge.index], where, `edge goes from ${quoted(source)} to itself`);
    }
    checkAreas(edge.value.threatAreas, ['edges', edge.index, 'threatAreas'], where);
    anchored.edges[edge.index] = checkEvidence(
      edge.value.evidence,
      ['edges', edge.index, 'evidence'],
      where,
      spans,
    );
  }
  checkRepeatedClaims(edges, anchored, warn);

  // Only meaningful when there is an edge list to be absent from.
  if (Array.isArray(raw.edges)) {
    for (const node of nodes) {
      if (node.id !== null && !connected.has(node.id)) {
        warn(
          ['nodes', node.index],
          whereOf('node', node.id),
          'node has no edges; it will stand alone in the graph',
        );
      }
    }
  }

  for (const flow of flows) {
    const flowPath = ['flows', flow.index];
    const flowWhere = whereOf('flow', flow.id);
    checkAreas(flow.value.threatAreas, [...flowPath, 'threatAreas'], flowWhere);
    const steps = elements(flow.value, 'steps');
    const stepWhere = (step: Element): string | undefined =>
      step.id === null
        ? flowWhere
        : `step ${JSON.stringify(step.id)}${flow.id === null ? '' : ` of flow ${JSON.stringify(flow.id)}`}`;

    const stepIds = new Map<string, number>();
    const orders = new Map<number, Element>();
    for (const step of steps) {
      const stepPath = [...flowPath, 'steps', step.index];
      const where = stepWhere(step);
      if (step.id !== null) {
        const first = stepIds.get(step.id);
        if (first === undefined) stepIds.set(step.id, step.index);
        else
          error(
            [...stepPath, 'id'],
            where,
            `duplicate step id ${quoted(step.id)} in this flow; steps[${first}] already has it`,
          );
      }
      const order = step.value.order;
      if (typeof order === 'number' && Number.isInteger(order)) {
        const first = orders.get(order);
        if (first === undefined) orders.set(order, step);
        else {
          const firstName = first.id === null ? '' : ` (id ${JSON.stringify(first.id)})`;
          error(
            [...stepPath, 'order'],
            where,
            `order ${order} is also the order of steps[${first.index}]${firstName}; steps need different orders`,
          );
        }
      }
      for (const ref of strings(step.value.nodes)) {
        if (!nodeIds.has(ref.value))
          error(
            [...stepPath, 'nodes', ref.index],
            where,
            `step names node ${quoted(ref.value)}, which is not in the dataset`,
          );
      }
      const stepNodes = new Set(strings(step.value.nodes).map((ref) => ref.value));
      for (const ref of strings(step.value.edges)) {
        if (!edgeIds.has(ref.value)) {
          error(
            [...stepPath, 'edges', ref.index],
            where,
            `step names edge ${quoted(ref.value)}, which is not in the dataset`,
          );
          continue;
        }
        // The tracer emphasises a step's nodes and dims the rest, so an edge whose end is not among them points
        // into a dimmed node. Ends that are not nodes at all are reported with the edge, not again here.
        const ends = edgeEnds.get(ref.value);
        if (!ends || !Array.isArray(step.value.nodes)) continue;
        const missing = [...new Set([ends.source, ends.target])].filter(
          (id) => nodeIds.has(id) && !stepNodes.has(id),
        );
        if (missing.length > 0)
          error(
            [...stepPath, 'edges', ref.index],
            where,
            `edge ${quoted(ref.value)} joins ${quoted(ends.source)} and ${quoted(ends.target)}, ` +
              `but the step's nodes do not include ${missing.map((id) => quoted(id)).join(' or ')}`,
          );
      }
      anchored.steps.set(
        `${flow.index}/${step.index}`,
        checkEvidence(step.value.evidence, [...stepPath, 'evidence'], where, spans),
      );
    }
  }

  const summary = anchoringSummary(counts);
  if (summary) warn([], undefined, summary);
  // Not one quote found: this is not the text the evidence was written against (a wrong file), not an edit.
  for (const doc of documents) {
    const tally = doc.id === null ? undefined : perDocument.get(doc.id);
    if (!tally || tally.spans < 2 || tally.orphans < tally.spans) continue;
    const file = typeof doc.value.path === 'string' ? ` (${quoted(doc.value.path)})` : '';
    error(
      ['documents', doc.index],
      whereOf('document', doc.id),
      `none of the ${tally.spans} passages quoted from this document is in its text${file}: is it the right file?`,
    );
  }

  if (isObject(raw.positions)) {
    for (const key of Object.keys(raw.positions)) {
      if (!nodeIds.has(key))
        warn(['positions', key], undefined, `a position is saved for ${quoted(key)}, which is not a node`);
    }
  }

  return problems;
}

type Report = (path: readonly PathSegment[], where: string | undefined, message: string) => void;

/**
 * Two edges with the same source, the same target and the same evidence span draw one claim of the text twice
 * (a typical slip when a sentence is modelled both directly and through an agency's member). Warned, not refused:
 * the dataset still opens. Only the same direction counts: the same words can support "A → B" and "B → A" when a
 * sentence says something of both ("MI6 and GCHQ work together").
 */
function checkRepeatedClaims(edges: readonly Element[], anchored: AnchoredSpans, warn: Report): void {
  // Edges by the span they rest on: a number from its offsets picks the bucket (offsets in a text under the size
  // limit fit in 26 bits each), and the few claims in a bucket are compared in full.
  const first = new Map<number, { source: string; target: string; span: Evidence; edge: Element }[]>();
  const reported = new Set<string>();
  for (const edge of edges) {
    const { source, target } = edge.value;
    if (typeof source !== 'string' || typeof target !== 'string' || !Array.isArray(edge.value.evidence))
      continue;
    const spans = anchored.edges[edge.index];
    if (!spans) continue;
    for (let n = 0; n < edge.value.evidence.length; n += 1) {
      const entry = spans[n];
      if (!entry || entry.orphan) continue;
      const bucket = entry.start * 2 ** 26 + entry.end;
      const claims = first.get(bucket);
      const earlier = claims?.find(
        (claim) =>
          claim.source === source &&
          claim.target === target &&
          claim.span.document === entry.document &&
          claim.span.start === entry.start &&
          claim.span.end === entry.end,
      )?.edge;
      if (!earlier) {
        const claim = { source, target, span: entry, edge };
        if (claims) claims.push(claim);
        else first.set(bucket, [claim]);
        continue;
      }
      const pair = `${earlier.index} ${edge.index}`;
      if (earlier.index === edge.index || reported.has(pair)) continue;
      reported.add(pair);
      const earlierName = earlier.id === null ? '' : ` (id ${JSON.stringify(earlier.id)})`;
      const words = ` ${quoted(entry.quote)}`;
      warn(
        ['edges', edge.index],
        whereOf('edge', edge.id),
        `edges[${earlier.index}]${earlierName} also goes from ${quoted(source)} to ${quoted(target)} on the same ` +
          `passage, ${entry.start}–${entry.end}${words}: one claim of the text should be one edge`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The vocabulary: the dataset's own types (or the built-in ones) and the types its nodes and edges give

const SLUG = /^[a-z0-9][a-z0-9_-]*$/;

/**
 * The ids a vocabulary part declares, reporting repeats; the built-in ids when the part is left out. A part that
 * is not an array is the schema's problem: then nothing is checked against it (null), rather than everything.
 */
function declaredIds(
  raw: JsonObject,
  part: 'nodeTypes' | 'relationTypes' | 'families',
  kind: string,
  builtin: readonly string[],
  error: Report,
): Map<string, number> | null {
  const vocabulary = raw.vocabulary;
  const list = isObject(vocabulary) ? vocabulary[part] : undefined;
  if (list === undefined) return new Map(builtin.map((id, i) => [id, i]));
  if (!Array.isArray(list)) return null;
  const seen = new Map<string, number>();
  list.forEach((entry: unknown, index) => {
    const id = isObject(entry) ? entry.id : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else {
      error(
        ['vocabulary', part, index, 'id'],
        whereOf(kind, id),
        `duplicate ${kind} id ${quoted(id)}; vocabulary.${part}[${first}] already has it`,
      );
    }
  });
  return seen;
}

/**
 * The vocabulary's own consistency (no repeated ids, each relation type's family declared) and every node's and
 * edge's type against it. One pass over each list, apart from the other checks so it stays linear and alone.
 */
function checkVocabulary(raw: JsonObject, nodes: Element[], edges: Element[], error: Report): void {
  const nodeTypes = declaredIds(raw, 'nodeTypes', 'node type', NODE_TYPES, error);
  const relationTypes = declaredIds(raw, 'relationTypes', 'relation type', RELATION_TYPES, error);
  const families = declaredIds(raw, 'families', 'family', RELATION_FAMILIES, error);

  const vocabulary = raw.vocabulary;
  const declaredRelations = isObject(vocabulary) ? vocabulary.relationTypes : undefined;
  if (families && Array.isArray(declaredRelations)) {
    const familyList = [...families.keys()].join(', ');
    declaredRelations.forEach((entry: unknown, index) => {
      const family = isObject(entry) ? entry.family : undefined;
      if (typeof family !== 'string' || families.has(family)) return;
      const id = isObject(entry) && typeof entry.id === 'string' ? entry.id : null;
      error(
        ['vocabulary', 'relationTypes', index, 'family'],
        whereOf('relation type', id),
        `unknown family ${quoted(family)}; expected one of ${familyList}`,
      );
    });
  }

  const checkTypes = (list: Element[], collection: string, kind: string, ids: Map<string, number> | null) => {
    if (!ids) return;
    const expected = [...ids.keys()].join(', ') || '(none declared)';
    for (const element of list) {
      const type = element.value.type;
      // A type that is no slug at all is the schema's problem, said once there.
      if (typeof type !== 'string' || !SLUG.test(type) || ids.has(type)) continue;
      error(
        [collection, element.index, 'type'],
        whereOf(collection === 'nodes' ? 'node' : 'edge', element.id),
        `unknown ${kind} ${quoted(type)}; expected one of ${expected}`,
      );
    }
  };
  checkTypes(nodes, 'nodes', 'node type', nodeTypes);
  checkTypes(edges, 'edges', 'relation type', relationTypes);
}

function whereOf(kind: string, id: string | null): string | undefined {
  return id === null ? undefined : `${kind} ${JSON.stringify(id)}`;
}

/** Maps each id to the index that first used it, reporting later repeats. */
function indexIds(list: Element[], collection: string, kind: string, error: Report): Map<string, number> {
  const seen = new Map<string, number>();
  for (const element of list) {
    if (element.id === null) continue;
    const first = seen.get(element.id);
    if (first === undefined) seen.set(element.id, element.index);
    else {
      error(
        [collection, element.index, 'id'],
        whereOf(kind, element.id),
        `duplicate ${kind} id ${quoted(element.id)}; ${collection}[${first}] already has it`,
      );
    }
  }
  return seen;
}

/**
 * Whether a dataset's source.path stays inside its folder. The app opens the source text from beside graph.json
 * (on disk or by URL): an absolute path, a URL or a ".." could make it read something else entirely.
 */
export function isSafeSourcePath(path: string): boolean {
  return path !== '' && !/^[/\\]|^[a-z][a-z0-9+.-]*:|\\|(^|\/)\.\.(\/|$)/i.test(path);
}

/**
 * Each document's path must stay in the dataset's folder. (A document without a text is the caller's to report:
 * it knows where it looked; its spans go unchecked here.)
 */
function checkDocuments(documents: readonly Element[], error: Report): void {
  for (const doc of documents) {
    const where = whereOf('document', doc.id);
    const path = doc.value.path;
    if (typeof path === 'string' && path !== '' && !isSafeSourcePath(path)) {
      error(
        ['documents', doc.index, 'path'],
        where,
        `document path ${quoted(path)} must be a relative path inside the dataset folder, like "source.txt"`,
      );
    }
  }
}

interface SpanContext {
  /** Document ids, to the index of the first document with the id. */
  documents: ReadonlyMap<string, number>;
  texts: ReadonlyMap<string, string> | null;
  /** Counted here: spans found elsewhere than their offsets, found only approximately, not found. */
  counts: { moved: number; changed: number; orphans: number };
  /** Counted here, by document id: spans anchored in it, and how many of them were not found. */
  perDocument: Map<string, { spans: number; orphans: number }>;
  error: Report;
  warn: Report;
}

/**
 * Finds each span in its document (see anchor.ts) and reports what cannot be found; a span that names no document
 * belongs to the only one, and must name one when there are several. Returns the spans as anchored (a hole for
 * each that was not), for the dataset to hold.
 */
function checkEvidence(
  value: unknown,
  path: readonly PathSegment[],
  where: string | undefined,
  context: SpanContext,
): Evidence[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const { documents, texts, error } = context;
  const spans: Evidence[] = [];
  // A loop, not forEach with closures: it runs once per span, tens of thousands of times in a large file.
  for (let index = 0; index < value.length; index += 1) {
    const entry: unknown = value[index];
    if (!isObject(entry)) continue;
    let documentId: string | undefined;
    if (typeof entry.document === 'string') {
      documentId = entry.document;
      if (!documents.has(documentId)) {
        const known = [...documents.keys()].map((id) => quoted(id)).join(', ') || '(none)';
        error([...path, index, 'document'], where, `document ${quoted(documentId)} is not one of ${known}`);
        continue;
      }
    } else if (entry.document === undefined) {
      if (documents.size > 1) {
        const known = [...documents.keys()].map((id) => quoted(id)).join(', ');
        error(
          [...path, index],
          where,
          `this dataset has ${documents.size} documents, so each span names its "document" (one of ${known})`,
        );
        continue;
      }
      documentId = documents.keys().next().value;
    }
    const { start, end, quote, occurrence } = entry;
    if ((start === undefined) !== (end === undefined)) {
      error([...path, index], where, 'give both start and end, or neither (the quote alone is enough)');
      continue;
    }
    if (documentId === undefined || typeof quote !== 'string' || quote === '') continue;
    if (start !== undefined && (!isOffset(start) || !isOffset(end))) continue;
    if (occurrence !== undefined && !(Number.isInteger(occurrence) && Number(occurrence) >= 1)) continue;
    const text = texts?.get(documentId);
    if (text === undefined) continue;
    const tally = context.perDocument.get(documentId) ?? { spans: 0, orphans: 0 };
    context.perDocument.set(documentId, tally);
    tally.spans += 1;
    // The common case, the quote exactly at its offsets (anchorSpan's first test): one comparison, and no more.
    if (
      occurrence === undefined &&
      isOffset(start) &&
      isOffset(end) &&
      end > start &&
      text.slice(start, end) === quote
    ) {
      spans[index] = withDocument(documentId, makeEvidence(text, start, end));
      continue;
    }
    const outcome = anchorSpan(text, {
      quote,
      ...(isOffset(start) && isOffset(end) ? { start, end } : {}),
      ...(typeof entry.prefix === 'string' ? { prefix: entry.prefix } : {}),
      ...(typeof entry.suffix === 'string' ? { suffix: entry.suffix } : {}),
      ...(typeof occurrence === 'number' ? { occurrence } : {}),
    });
    const evidence = reportAnchor(outcome, text, [...path, index], where, context, {
      quote,
      start: isOffset(start) ? start : 0,
      end: isOffset(end) ? end : 0,
      ...(typeof entry.prefix === 'string' ? { prefix: entry.prefix } : {}),
      ...(typeof entry.suffix === 'string' ? { suffix: entry.suffix } : {}),
    });
    // Spread: an orphan keeps the key order its file had (check:data --fix writes it back).
    if (evidence) spans[index] = { document: documentId, ...evidence };
    if (outcome.status === 'orphan') tally.orphans += 1;
  }
  return spans;
}

/** A found span with its document first, in makeEvidence's key order; built field by field (a spread is slower). */
function withDocument(document: string, found: TextQuote): Evidence {
  const span: Evidence = { document, start: found.start, end: found.end, quote: found.quote };
  if (found.prefix !== undefined) span.prefix = found.prefix;
  if (found.suffix !== undefined) span.suffix = found.suffix;
  return span;
}

/**
 * What anchoring found, as a problem where there is one, and the span as the dataset will hold it: found (with
 * its context as the text has it now), or an orphan that keeps what the file said.
 */
function reportAnchor(
  outcome: AnchorOutcome,
  text: string,
  entryPath: readonly PathSegment[],
  where: string | undefined,
  { error, warn, counts }: SpanContext,
  asWritten: Omit<Evidence, 'document'>,
): Omit<Evidence, 'document'> | null {
  switch (outcome.status) {
    case 'error':
      for (const p of outcome.problems) error(entryPath, where, p.message);
      return null;
    case 'orphan':
      counts.orphans += 1;
      warn(entryPath, where, `passage not found in the text: ${outcome.message}`);
      return { ...asWritten, orphan: true };
    case 'changed': {
      counts.changed += 1;
      const now = text.slice(outcome.start, outcome.end);
      warn(
        entryPath,
        where,
        `quote ${quoted(asWritten.quote)} is not in the text as written; the closest passage ` +
          `(${outcome.start}–${outcome.end}, ${outcome.errors} ${outcome.errors === 1 ? 'edit' : 'edits'} away) ` +
          `reads ${quoted(now)}`,
      );
      break;
    }
    case 'moved':
      counts.moved += 1;
      break;
    default:
      break;
  }
  return makeEvidence(text, outcome.start, outcome.end);
}

/** "3 passages moved, 1 changed, 2 not found": what re-anchoring did, in one line for the user. */
function anchoringSummary(counts: SpanContext['counts']): string | null {
  const { moved, changed, orphans } = counts;
  if (moved + changed + orphans === 0) return null;
  const passages = (n: number) => `${n} ${n === 1 ? 'passage' : 'passages'}`;
  const parts = [`${passages(moved)} moved`, `${changed} changed`, `${orphans} not found`];
  return `the text is not as the evidence was written: ${parts.join(', ')}`;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** The top-level keys in the order graph.json is written in, so problems read from the top of the file down. */
const TOP_LEVEL_ORDER = Object.keys(DatasetFileSchema.shape);

/** Orders problems by the element they are in; within one element, schema problems keep coming first. */
function byPlaceInFile(a: Problem, b: Problem): number {
  const ka = placeKey(a.path);
  const kb = placeKey(b.path);
  for (let i = 0; i < ka.length; i += 1) {
    const d = (ka[i] ?? 0) - (kb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function placeKey(path: string): number[] {
  const m = /^(\w+|\$schema)?(?:\[(\d+)\])?(?:\.steps\[(\d+)\])?/.exec(path);
  // A version-1 file's `source` stands where version 2 has `documents`.
  const key = m?.[1] === 'source' ? 'documents' : m?.[1];
  const rank = key === undefined ? -1 : TOP_LEVEL_ORDER.indexOf(key);
  return [rank, Number(m?.[2] ?? -1), Number(m?.[3] ?? -1)];
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.severity}\u0000${p.path}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// JSON syntax errors

/**
 * Engines word JSON errors differently: V8 says "at position N" (newer V8 adds "(line L column C)"), Firefox says
 * "at line L column C of the JSON data", Safari gives no place at all. Turn whichever we get into line and column.
 */
function jsonSyntaxMessage(engineMessage: string, text: string, what: string): string {
  let line: number | null = null;
  let column: number | null = null;
  const lineColumn = /line (\d+) column (\d+)/.exec(engineMessage);
  const position = /position (\d+)/.exec(engineMessage);
  if (lineColumn) {
    line = Number(lineColumn[1]);
    column = Number(lineColumn[2]);
  } else if (position) {
    ({ line, column } = lineAndColumn(text, Number(position[1])));
  } else if (/end of (JSON )?(input|data)/i.test(engineMessage)) {
    ({ line, column } = lineAndColumn(text, text.length));
  }
  const reason = engineMessage
    .replace(/^JSON(\.parse| Parse error)?:\s*/i, '')
    .replace(/\s*(in JSON )?at position \d+.*$/, '')
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/\s*at line \d+ column \d+ of the JSON data$/, '')
    // V8 ends some messages with `, "<the text>" is not valid JSON`: the message already says so, once.
    .replace(/, ".*" is not valid JSON$/s, '');
  const place = line === null ? '' : ` at line ${line}, column ${column}`;
  return `${what} is not valid JSON${place}: ${reason}`;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
