// Turns what an exporter wrote into a file the browser downloads, named from the dataset's id.

/** `mi6.gexf`, `mi6-view.gexf` for part of it, `mi6-entities.csv`: the dataset id is a slug, safe in file names. */
export function exportFileName(
  datasetId: string,
  extension: string,
  options: { partial?: boolean; part?: string } = {},
): string {
  const name = [datasetId, options.part, options.partial ? 'view' : undefined].filter(Boolean).join('-');
  return `${name}.${extension}`;
}

export function downloadFile(content: string | Blob, fileName: string, mimeType: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: mimeType }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; the address is freed a little later, as some browsers read it late.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
