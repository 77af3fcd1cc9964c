// Dropping files or a folder anywhere on the window opens them as a dataset: while files are dragged over the window
// a drop target says what to drop; a dropped folder is walked for its files.
import { useEffect, useRef, useState } from 'react';

export interface DropTargetProps {
  onFiles: (files: File[]) => void;
}

/** How many files a dropped folder may give: a dataset is a graph.json and a few texts, not a whole disk. */
export const MAX_DROPPED_FILES = 500;

export function DropTarget({ onFiles }: DropTargetProps) {
  const [dragging, setDragging] = useState(false);
  const onFilesRef = useRef(onFiles);
  useEffect(() => {
    onFilesRef.current = onFiles;
  }, [onFiles]);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them, so moving over the page keeps the
    // target up and only leaving the window takes it down.
    let depth = 0;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser opens the dropped file itself, leaving the app.
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      // The entries must be taken now: the drop's data is gone once this handler returns.
      const pending = filesOfDrop(event.dataTransfer);
      void pending.then((files) => {
        if (files.length) onFilesRef.current(files);
      });
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  if (!dragging) return null;
  return (
    <div className="drop-target" role="status">
      <p>Drop a graph.json with its texts, or a .dossier.json bundle</p>
    </div>
  );
}

/**
 * The files of a drop: a dropped folder is walked (through `webkitGetAsEntry`, which every current browser has),
 * plain files are taken as they are. Hidden files (".DS_Store") are left out.
 */
export function filesOfDrop(data: DataTransfer): Promise<File[]> {
  const items = Array.from(data.items ?? []).filter((item) => item.kind === 'file');
  const entries = items.map((item) => item.webkitGetAsEntry?.() ?? null);
  const plain = Array.from(data.files ?? []);
  if (entries.length === 0 || entries.some((entry) => entry === null)) return Promise.resolve(plain);
  return collect(entries as FileSystemEntry[]).catch(() => plain);
}

async function collect(entries: FileSystemEntry[]): Promise<File[]> {
  const files: File[] = [];
  const queue = [...entries];
  while (queue.length && files.length < MAX_DROPPED_FILES) {
    const entry = queue.shift() as FileSystemEntry;
    if (entry.name.startsWith('.')) continue;
    if (entry.isFile) files.push(await fileOf(entry as FileSystemFileEntry));
    else if (entry.isDirectory) queue.push(...(await childrenOf(entry as FileSystemDirectoryEntry)));
  }
  return files;
}

const fileOf = (entry: FileSystemFileEntry): Promise<File> =>
  new Promise((resolve, reject) => entry.file(resolve, reject));

/** A folder's entries: `readEntries` gives them in batches (100 in Chromium) until it gives none. */
async function childrenOf(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
    if (all.length >= MAX_DROPPED_FILES) return all;
  }
}
