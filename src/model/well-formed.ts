// A quick "yes" for the nodes, edges and saved positions a file holds exactly as the schema wants them, so the schema's parser (zod,
// several microseconds an element) runs only on the ones that may be wrong. A "no" proves nothing: the schema then
// checks the element and says what is wrong. So these must never say yes to what the schema refuses (a property
// test holds them to it, tests/unit/well-formed.test.ts); saying no too often only costs time.

const SLUG = /^[a-z0-9][a-z0-9_-]*$/;
const NODE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'type',
  'label',
  'aliases',
  'summary',
  'threatAreas',
  'evidence',
]);
const EDGE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'source',
  'target',
  'type',
  'label',
  'threatAreas',
  'evidence',
]);
const EVIDENCE_KEYS: ReadonlySet<string> = new Set([
  'document',
  'start',
  'end',
  'quote',
  'prefix',
  'suffix',
  'occurrence',
]);

const POSITION_KEYS: ReadonlySet<string> = new Set(['x', 'y']);

type Json = Record<string, unknown>;

/** A plain object whose own keys are all among `allowed` (a strict object's rule), every one with a value. */
function hasOnly(value: unknown, allowed: ReadonlySet<string>): value is Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) {
    if (!allowed.has(key) || (value as Json)[key] === undefined) return false;
  }
  return true;
}

const isId = (value: unknown): boolean => typeof value === 'string' && value.length <= 64 && SLUG.test(value);

const isLabel = (value: unknown): boolean =>
  typeof value === 'string' && value.length >= 1 && value.length <= 120;

function isIdList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i += 1) if (!isId(value[i])) return false;
  return true;
}

const isCount = (value: unknown, least: number): boolean =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= least;

function isEvidenceEntry(value: unknown): boolean {
  if (!hasOnly(value, EVIDENCE_KEYS)) return false;
  const { document, start, end, quote, prefix, suffix, occurrence } = value;
  return (
    typeof quote === 'string' &&
    quote.length >= 1 &&
    (document === undefined || isId(document)) &&
    (start === undefined || isCount(start, 0)) &&
    (end === undefined || isCount(end, 0)) &&
    (prefix === undefined || (typeof prefix === 'string' && prefix.length <= 32)) &&
    (suffix === undefined || (typeof suffix === 'string' && suffix.length <= 32)) &&
    (occurrence === undefined || isCount(occurrence, 1))
  );
}

function isEvidenceList(value: unknown): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  for (let i = 0; i < value.length; i += 1) if (!isEvidenceEntry(value[i])) return false;
  return true;
}

/** True only when the schema's node (NodeFileSchema) accepts `value` as it is. */
export function isWellFormedNode(value: unknown): boolean {
  if (!hasOnly(value, NODE_KEYS) || Object.keys(value).length !== NODE_KEYS.size) return false;
  const { id, type, label, aliases, summary, threatAreas, evidence } = value;
  if (!isId(id) || !isId(type) || !isLabel(label) || typeof summary !== 'string') return false;
  if (!Array.isArray(aliases)) return false;
  for (let i = 0; i < aliases.length; i += 1) {
    const alias: unknown = aliases[i];
    if (typeof alias !== 'string' || alias.length === 0) return false;
  }
  return isIdList(threatAreas) && isEvidenceList(evidence);
}

/** True only when the schema's edge (EdgeFileSchema) accepts `value` as it is. */
export function isWellFormedEdge(value: unknown): boolean {
  if (!hasOnly(value, EDGE_KEYS) || Object.keys(value).length !== EDGE_KEYS.size) return false;
  const { id, source, target, type, label, threatAreas, evidence } = value;
  return (
    isId(id) &&
    isId(source) &&
    isId(target) &&
    isId(type) &&
    isLabel(label) &&
    isIdList(threatAreas) &&
    isEvidenceList(evidence)
  );
}

/** True only when the schema's saved positions (a record of PositionSchema) accept `value` as it is. */
export function isWellFormedPositions(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key of Object.keys(value)) {
    const position = (value as Json)[key];
    if (!hasOnly(position, POSITION_KEYS) || Object.keys(position).length !== 2) return false;
    if (!Number.isFinite(position.x) || !Number.isFinite(position.y)) return false;
  }
  return true;
}
