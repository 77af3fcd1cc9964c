// The export formats the menu offers, and the one place that loads a format's writer when it is chosen.
import type { ExportInput } from './export-input';

export type ExportFormatId =
  'png' | 'svg' | 'bundle' | 'cyjs' | 'graphml' | 'gexf' | 'annotations' | 'entities-csv' | 'relations-csv';

export interface ExportFormat {
  id: ExportFormatId;
  /** The menu item's name. */
  label: string;
  /** Pictures are of the canvas as drawn now; data formats follow the scope the user chose. */
  kind: 'image' | 'data';
  extension: string;
  /** A second word in the file name, for formats that write one of several files (`mi6-entities.csv`). */
  part?: string;
  mimeType: string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'png', label: 'PNG image', kind: 'image', extension: 'png', mimeType: 'image/png' },
  { id: 'svg', label: 'SVG image', kind: 'image', extension: 'svg', mimeType: 'image/svg+xml' },
  {
    id: 'bundle',
    label: 'Dossier bundle (.dossier.json)',
    kind: 'data',
    extension: 'dossier.json',
    mimeType: 'application/json',
  },
  {
    id: 'cyjs',
    label: 'Cytoscape JSON (.cyjs)',
    kind: 'data',
    extension: 'cyjs',
    mimeType: 'application/json',
  },
  { id: 'graphml', label: 'GraphML', kind: 'data', extension: 'graphml', mimeType: 'application/xml' },
  { id: 'gexf', label: 'GEXF for Gephi', kind: 'data', extension: 'gexf', mimeType: 'application/xml' },
  {
    id: 'annotations',
    label: 'Web Annotations (JSON-LD)',
    kind: 'data',
    extension: 'jsonld',
    part: 'annotations',
    mimeType: 'application/ld+json',
  },
  {
    id: 'entities-csv',
    label: 'Entities (CSV)',
    kind: 'data',
    extension: 'csv',
    part: 'entities',
    mimeType: 'text/csv',
  },
  {
    id: 'relations-csv',
    label: 'Relations (CSV)',
    kind: 'data',
    extension: 'csv',
    part: 'relations',
    mimeType: 'text/csv',
  },
];

/**
 * Writes a data format. Each writer (and what it needs: graphology, an XML serializer, papaparse) is loaded only
 * when its format is chosen, so none of it weighs on the app's first load.
 */
export async function writeDataFormat(id: ExportFormatId, input: ExportInput): Promise<string> {
  switch (id) {
    case 'bundle':
      // With the dataset's migration (and its schema) behind it: loaded on first use like the others.
      return (await import('./bundle')).writeBundle(input);
    case 'cyjs':
      return (await import('./cyjs')).writeCyjs(input);
    case 'graphml':
      return (await import('./graphml')).writeGraphml(input);
    case 'gexf':
      return (await import('./gexf')).writeGexf(input);
    case 'annotations':
      return (await import('./web-annotation')).writeWebAnnotations(input);
    case 'entities-csv':
      return (await import('./csv')).writeEntitiesCsv(input);
    case 'relations-csv':
      return (await import('./csv')).writeRelationsCsv(input);
    case 'png':
    case 'svg':
      throw new Error(`${id} is a picture of the canvas, not a data format`);
  }
}
