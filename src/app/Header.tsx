// The top bar: what is open, opening another dataset (from files, or the switcher), the view switch, and the panel
// toggles for narrow screens.
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  CANCELLED_MESSAGE,
  LARGE_DATASET_NODES,
  loadOpenFiles,
  openDatasetFilesLazily as openDatasetFiles,
} from '../data/load-opener';
import type { PickedFile } from '../data/open-files';
import type { OpenDataset } from '../data/open-dataset';
import { answerLargeDatasetsWith, type LargeAnswer } from '../data/large-dataset';
import { BEST_CONNECTED_NODES } from '../model/best-connected';
import type { DatasetRegistry } from '../data/dataset-registry';
import type { StoredFile } from '../data/stored-datasets';
import { DatasetSwitcher } from './DatasetSwitcher';
import { DropTarget } from './DropTarget';
import { formatProblem, type Problem } from '../model/problem';
import { useAppState, useDispatch, useOpenDataset } from '../state/store';
import { ExportMenu } from '../panels/ExportMenu';
import { notFoundCount, orphansOf, Problems } from '../panels/Problems';
import { EditHistory } from './EditHistory';
import { NewCase } from '../panels/case/NewCase';
import { loneTextFile } from '../panels/case/case-files';

export interface HeaderProps {
  /** Opens a dataset; with the files it came from, so it can be kept in this browser. */
  onOpen: (next: OpenDataset, files?: readonly StoredFile[]) => void;
  /** The datasets the switcher lists and opens. */
  registry: DatasetRegistry;
  /** Why the dataset open is not the one the link or history entry named, or null. */
  notice: string | null;
  onDismissNotice: () => void;
  /** Why an opened dataset could not be kept in this browser, or null. */
  storageNotice: string | null;
  onDismissStorageNotice: () => void;
  /** The dataset the location names while it is looked for (in the browser, or at a link), or null. */
  looking: string | null;
  /** A link's dataset that could not be opened, with its problems, or null. */
  linkProblems: { link: string; list: Problem[] } | null;
  onDismissLinkProblems: () => void;
  panelsOpen: { left: boolean; right: boolean };
  /** The toggles' element ids, so a closing drawer can hand the keyboard back to its toggle. */
  toggleIds: { left: string; right: string };
  onTogglePanel: (side: 'left' | 'right') => void;
}

export function Header({
  onOpen,
  registry,
  notice,
  onDismissNotice,
  storageNotice,
  onDismissStorageNotice,
  looking,
  linkProblems,
  onDismissLinkProblems,
  panelsOpen,
  toggleIds,
  onTogglePanel,
}: HeaderProps) {
  const { dataset, origin, key } = useOpenDataset();
  const view = useAppState((s) => s.view);
  const dispatch = useDispatch();
  const fileInput = useRef<HTMLInputElement | null>(null);
  const openButton = useRef<HTMLButtonElement | null>(null);
  // A file's problems are about what was open when it was tried (the message says that it stays open): once
  // another dataset opens, by Back say, the message is out of date and goes.
  const [tried, setProblems] = useState<{ file: string; list: Problem[]; whileOpen: string } | null>(null);
  const fromFiles = tried?.whileOpen === key ? tried : null;
  // A file just tried speaks over a link refused earlier; either is dismissed the same way.
  // A link's large dataset the user chose not to open is no problem to report, as with files.
  const linkRefused = linkProblems?.list.some((p) => p.message !== CANCELLED_MESSAGE) ? linkProblems : null;
  const problems =
    fromFiles ??
    (linkRefused && { file: `the link’s dataset “${linkRefused.link}”`, list: linkRefused.list });
  const [busy, setBusy] = useState(false);
  // What opening files warned of (passages moved, changed, not found), shown while that dataset is open.
  const [openedWith, setOpenedWith] = useState<{ key: string; warnings: Problem[] } | null>(null);
  const warnings = openedWith?.key === key ? openedWith.warnings : [];
  const [problemsOpen, setProblemsOpen] = useState(false);
  const orphanCount = useMemo(() => orphansOf(dataset).length, [dataset]);
  // A dataset over LARGE_DATASET_NODES waits for the user's answer: open anyway, open a part, or cancel. The
  // header answers for every way of opening (files, a drop, a link, the switcher).
  const [large, setLarge] = useState<{ nodes: number; file: string } | null>(null);
  const answerLarge = useRef<((answer: LargeAnswer) => void) | null>(null);
  useEffect(
    () =>
      answerLargeDatasetsWith(
        (nodes, file) =>
          new Promise<LargeAnswer>((resolve) => {
            // A question still open is answered "cancel" by the next: only one dialog at a time.
            answerLarge.current?.('cancel');
            answerLarge.current = resolve;
            setLarge({ nodes, file });
          }),
      ),
    [],
  );
  const answer = (choice: LargeAnswer) => {
    setLarge(null);
    answerLarge.current?.(choice);
    answerLarge.current = null;
    openButton.current?.focus();
  };

  // A text file opened or dropped alone has no graph.json to open it with: it is offered as a new case instead.
  const [loneText, setLoneText] = useState<PickedFile | null>(null);

  const onFiles = async (files: FileList | readonly PickedFile[] | null) => {
    if (!files || files.length === 0) return;
    const picked = Array.from(files);
    setLoneText(loneTextFile(picked));
    if (loneTextFile(picked)) {
      if (fileInput.current) fileInput.current.value = '';
      return;
    }
    setBusy(true);
    const result = await openDatasetFiles(picked);
    // What it came from is kept with it, so a reload or the switcher opens it again through the same checks.
    const kept = result.ok ? await (await loadOpenFiles()).readFilesToKeep(picked) : [];
    setBusy(false);
    if (fileInput.current) fileInput.current.value = '';
    if (result.ok) {
      setProblems(null);
      setOpenedWith({ key: result.open.key, warnings: result.warnings });
      setProblemsOpen(false);
      onOpen(result.open, kept);
    } else if (result.problems[0]?.message === CANCELLED_MESSAGE) {
      setProblems(null);
    } else {
      // What is open stays open: a bad file only adds a message.
      setProblems({ file: picked.map((f) => f.name).join(' + '), list: result.problems, whileOpen: key });
    }
  };

  // The message goes, and with it the focused Dismiss button: hand the keyboard back to "Open dataset…".
  const dismiss = () => {
    setProblems(null);
    onDismissLinkProblems();
    openButton.current?.focus();
  };

  return (
    <header className="app-header">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ◆
        </span>
        <h1>Dossier</h1>
        <p className="dataset-title">
          <span className="visually-hidden">Open dataset: </span>
          {dataset.title}
          {origin !== 'bundled' && <span className="origin"> ({origin})</span>}
        </p>
      </div>
      <div className="header-actions">
        <button
          type="button"
          id={toggleIds.left}
          className="panel-toggle"
          aria-expanded={panelsOpen.left}
          aria-controls="left-panel"
          onClick={() => onTogglePanel('left')}
        >
          Controls
        </button>
        <div className="view-switch" role="group" aria-label="View">
          <button
            type="button"
            aria-pressed={view === 'graph'}
            onClick={() => dispatch({ type: 'setView', view: 'graph' })}
          >
            Graph
          </button>
          <button
            type="button"
            aria-pressed={view === 'list'}
            onClick={() => dispatch({ type: 'setView', view: 'list' })}
          >
            Entities list
          </button>
        </div>
        <EditHistory />
        <DatasetSwitcher registry={registry} onOpen={onOpen} />
        <NewCase
          registry={registry}
          onOpen={onOpen}
          offered={loneText}
          onOfferDone={() => setLoneText(null)}
        />
        <button ref={openButton} type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
          {busy ? 'Opening…' : 'Open dataset…'}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.txt,.md,application/json,text/plain,text/markdown"
          multiple
          hidden
          aria-label="Choose graph.json and its source text"
          onChange={(e) => void onFiles(e.target.files)}
        />
        <Problems expanded={problemsOpen} onExpandedChange={setProblemsOpen} />
        <ExportMenu />
        <button
          type="button"
          id={toggleIds.right}
          className="panel-toggle"
          aria-expanded={panelsOpen.right}
          aria-controls="right-panel"
          onClick={() => onTogglePanel('right')}
        >
          Details
        </button>
      </div>
      {notice && (
        <div className="problems" role="status" aria-label="About this link">
          <p>{notice}</p>
          <button
            type="button"
            onClick={() => {
              onDismissNotice();
              openButton.current?.focus();
            }}
          >
            Dismiss
          </button>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="problems" role="status" aria-label="Opened with warnings">
          <p>
            Opened {dataset.title}. {warnings.length} warning{warnings.length === 1 ? '' : 's'}:
          </p>
          <ul>
            {warnings.slice(0, 10).map((p, i) => (
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ul>
          {warnings.length > 10 && <p>…and {warnings.length - 10} more.</p>}
          {orphanCount > 0 && (
            <button type="button" onClick={() => setProblemsOpen(true)}>
              List the {notFoundCount(orphanCount)}
            </button>
          )}{' '}
          <button
            type="button"
            onClick={() => {
              setOpenedWith(null);
              openButton.current?.focus();
            }}
          >
            Dismiss
          </button>
        </div>
      )}
      <DropTarget onFiles={(files) => void onFiles(files)} />
      {large && (
        <div
          className="problems large-dataset"
          role="alertdialog"
          aria-label="A large dataset"
          aria-describedby="large-dataset-text"
        >
          <p id="large-dataset-text">
            <strong>{large.file}</strong> has {large.nodes.toLocaleString('en')} entities. Dossier stays quick
            up to about {LARGE_DATASET_NODES.toLocaleString('en')}: checking and drawing this many may take
            minutes, and the page may not answer meanwhile. Its {BEST_CONNECTED_NODES.toLocaleString('en')}{' '}
            entities with the most relations open quickly, with the relations among them. {dataset.title}{' '}
            stays open if you cancel.
          </p>
          <button type="button" onClick={() => answer('part')}>
            Open the {BEST_CONNECTED_NODES.toLocaleString('en')} best-connected entities
          </button>{' '}
          <button type="button" onClick={() => answer('open')}>
            Open anyway
          </button>{' '}
          <button type="button" autoFocus onClick={() => answer('cancel')}>
            Cancel
          </button>
        </div>
      )}
      {looking && (
        <div className="looking" role="status">
          <p>Opening “{looking}”…</p>
        </div>
      )}
      {storageNotice && (
        <div className="problems" role="status" aria-label="Kept in this browser">
          <p>{storageNotice}</p>
          <button
            type="button"
            onClick={() => {
              onDismissStorageNotice();
              openButton.current?.focus();
            }}
          >
            Dismiss
          </button>
        </div>
      )}
      {problems && (
        <div
          className="problems"
          role="alert"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              dismiss();
            }
          }}
        >
          <p>
            <strong>Could not open {problems.file}.</strong> {dataset.title} is still open.{' '}
            {problems.list.length} problem{problems.list.length === 1 ? '' : 's'}:
          </p>
          <ul>
            {problems.list.slice(0, 50).map((p, i) => (
              <li key={i}>{formatProblem(p)}</li>
            ))}
          </ul>
          {problems.list.length > 50 && <p>…and {problems.list.length - 50} more.</p>}
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </header>
  );
}
