// A problem with a dataset, and the one line that shows it to a person: apart from the validator, so showing
// problems does not load the validator (zod, the schema, re-anchoring) with the app.

export type Severity = 'error' | 'warning';

/**
 * One thing wrong with a dataset. `path` is a JSON path into graph.json (`nodes[12].evidence[0]`, '' for the
 * whole file); `where` names the element in words (`node "sami"`, `step "s2" of flow "f1"`) so a panel can show
 * it without the path; `formatProblem` joins the two into one line.
 */
export interface Problem {
  path: string;
  where?: string;
  message: string;
  severity: Severity;
}

/** The largest graph.json we open: JSON.parse and the graph view would stall the tab on far larger files. */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;

const MB = 1024 * 1024;

/** A problem if a file of `byteLength` bytes is too big to open, else null. `what` names the file in the message. */
export function checkSize(byteLength: number, what: string): Problem | null {
  if (byteLength <= MAX_DATASET_BYTES) return null;
  return {
    path: '',
    message: `${what} is ${(byteLength / MB).toFixed(1)} MB; the limit is ${MAX_DATASET_BYTES / MB} MB`,
    severity: 'error',
  };
}

/** One line for a person: `nodes[12] (id "sami").evidence[0]: quote "…" is not at 410–423; the text there is "…"`. */
export function formatProblem(p: Problem): string {
  const located = locate(p.path, p.where);
  return located ? `${located}: ${p.message}` : p.message;
}

const JSON_STRING = String.raw`("(?:[^"\\]|\\.)*")`;
const ELEMENT_WHERE = new RegExp(`^(node|edge|threat area|flow|document) ${JSON_STRING}$`);
const STEP_WHERE = new RegExp(`^step ${JSON_STRING} of flow ${JSON_STRING}$`);
const COLLECTION_OF: Record<string, string> = {
  node: 'nodes',
  edge: 'edges',
  'threat area': 'threatAreas',
  flow: 'flows',
  document: 'documents',
};

/** Puts the element's id next to its index in the path, where a reader looks for it. */
function locate(path: string, where: string | undefined): string {
  if (!where) return path;
  const element = ELEMENT_WHERE.exec(where);
  if (element) {
    const collection = COLLECTION_OF[element[1] ?? ''] ?? '';
    const head = new RegExp(`^${collection}\\[\\d+\\]`).exec(path);
    if (head) return `${head[0]} (id ${element[2]})${path.slice(head[0].length)}`;
  }
  const step = STEP_WHERE.exec(where);
  if (step) {
    const head = /^flows\[\d+\](\.steps\[\d+\])?/.exec(path);
    if (head) {
      const flowPart = /^flows\[\d+\]/.exec(head[0])?.[0] ?? '';
      const stepPart = head[1] ? `${head[1]} (id ${step[1]})` : '';
      return `${flowPart} (id ${step[2]})${stepPart}${path.slice(head[0].length)}`;
    }
  }
  return path ? `${path} (${where})` : where;
}
