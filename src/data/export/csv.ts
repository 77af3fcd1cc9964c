// CSV for spreadsheets: the entities as the Entities list shows them, and the relations, written by papaparse.
import Papa from 'papaparse';
import { compareIds, compareText } from '../../model/graph-index';
import { vocabularyOf } from '../../model/resolve-vocabulary';
import type { ExportInput } from './export-input';

/**
 * A byte-order mark lets Excel read the file as UTF-8 (without it, "é" arrives as "Ã©"); escapeFormulae stops a
 * label such as "=HYPERLINK(…)" from running as a formula when the sheet is opened.
 */
function toCsv(rows: string[][]): string {
  return `\uFEFF${Papa.unparse(rows, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}

function areaLabels(input: ExportInput): (ids: readonly string[]) => string {
  const labels = new Map(input.dataset.threatAreas.map((a) => [a.id, a.label]));
  return (ids) => ids.map((id) => labels.get(id) ?? id).join('; ');
}

export const ENTITY_COLUMNS = ['Name', 'Type', 'Threat areas', 'Connections', 'Id'] as const;

/** The entities in the list's default order (by name), with the list's columns and the id to join relations on. */
export function writeEntitiesCsv(input: ExportInput): string {
  const areas = areaLabels(input);
  const nodes = [...input.dataset.nodes].sort(
    (a, b) => compareText(a.label, b.label) || compareIds(a.id, b.id),
  );
  return toCsv([
    [...ENTITY_COLUMNS],
    ...nodes.map((node) => [
      node.label,
      vocabularyOf(input.dataset).nodeType(node.type).label,
      areas(node.threatAreas),
      String(input.connections.get(node.id) ?? 0),
      node.id,
    ]),
  ]);
}

export const RELATION_COLUMNS = [
  'Source',
  'Relation',
  'Target',
  'Type',
  'Threat areas',
  'Id',
  'Source id',
  'Target id',
] as const;

/** Each relation as a sentence in three cells ("MI6", "works closely with", "GCHQ"), by source, then target. */
export function writeRelationsCsv(input: ExportInput): string {
  const areas = areaLabels(input);
  const labelOf = new Map(input.dataset.nodes.map((n) => [n.id, n.label]));
  const label = (id: string) => labelOf.get(id) ?? id;
  const edges = [...input.dataset.edges].sort(
    (a, b) =>
      compareText(label(a.source), label(b.source)) ||
      compareText(label(a.target), label(b.target)) ||
      compareIds(a.id, b.id),
  );
  return toCsv([
    [...RELATION_COLUMNS],
    ...edges.map((edge) => [
      label(edge.source),
      edge.label,
      label(edge.target),
      vocabularyOf(input.dataset).relationType(edge.type).label,
      areas(edge.threatAreas),
      edge.id,
      edge.source,
      edge.target,
    ]),
  ]);
}
