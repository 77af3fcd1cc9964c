// The Problems list in the header: the passages of the open dataset that were not found again in their documents
// (orphans, after the text was edited), each naming its element, document and quote, and a way to that element.
import { useCallback, useId, useMemo, useRef } from 'react';
import { sortedSteps } from '../model/flow';
import type { Dataset } from '../model/schema';
import { useDispatch, useOpenDataset } from '../state/store';
import type { Action } from '../state/app-state';
import { useCloseOnOutsidePointer } from './use-close-on-outside-pointer';
import './problems.css';

/** One passage not found: what it was evidence of, in which document, its words, and what choosing it does. */
export interface OrphanEntry {
  /** The element, as a reader names it: "Anna Clarke", "MI6 works closely with GCHQ", "Case study, step 3". */
  what: string;
  document: string;
  quote: string;
  action: Action;
}

/** Every passage of the dataset that was not found, in dataset order: entities, then relations, then flow steps. */
export function orphansOf(dataset: Dataset): OrphanEntry[] {
  const titleOf = (id: string) => dataset.documents.find((d) => d.id === id)?.title ?? id;
  const labelOf = (id: string) => dataset.nodes.find((n) => n.id === id)?.label ?? id;
  const entries: OrphanEntry[] = [];
  for (const node of dataset.nodes) {
    for (const ev of node.evidence) {
      if (!ev.orphan) continue;
      const action: Action = { type: 'select', selection: { kind: 'node', id: node.id } };
      entries.push({ what: node.label, document: titleOf(ev.document), quote: ev.quote, action });
    }
  }
  for (const edge of dataset.edges) {
    for (const ev of edge.evidence) {
      if (!ev.orphan) continue;
      const what = `${labelOf(edge.source)} ${edge.label} ${labelOf(edge.target)}`;
      const action: Action = { type: 'select', selection: { kind: 'edge', id: edge.id } };
      entries.push({ what, document: titleOf(ev.document), quote: ev.quote, action });
    }
  }
  for (const flow of dataset.flows) {
    sortedSteps(flow).forEach((step, stepIndex) => {
      for (const ev of step.evidence) {
        if (!ev.orphan) continue;
        const action: Action = { type: 'setTrace', trace: { flowId: flow.id, step: stepIndex } };
        const what = `${flow.title}, step ${stepIndex + 1}: ${step.title}`;
        entries.push({ what, document: titleOf(ev.document), quote: ev.quote, action });
      }
    });
  }
  return entries;
}

/** "1 passage not found", "3 passages not found". */
export function notFoundCount(count: number): string {
  return `${count} ${count === 1 ? 'passage' : 'passages'} not found`;
}

export interface ProblemsProps {
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
}

/** Nothing when every passage was found; else a button saying how many were not, opening the list. */
export function Problems({ expanded, onExpandedChange }: ProblemsProps) {
  const { dataset } = useOpenDataset();
  const dispatch = useDispatch();
  const orphans = useMemo(() => orphansOf(dataset), [dataset]);
  const several = dataset.documents.length > 1;
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const headingId = useId();
  const close = useCallback(() => onExpandedChange(false), [onExpandedChange]);
  useCloseOnOutsidePointer(rootRef, expanded, close);
  if (orphans.length === 0) return null;
  return (
    <div
      className="problems-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && expanded) {
          event.preventDefault();
          close();
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="problems-button"
        aria-expanded={expanded}
        aria-controls={expanded ? listId : undefined}
        onClick={() => onExpandedChange(!expanded)}
      >
        <span aria-hidden="true">⚠ </span>
        {notFoundCount(orphans.length)}
      </button>
      {expanded && (
        <section id={listId} className="problems-list" aria-labelledby={headingId}>
          <h2 id={headingId}>Problems</h2>
          <p className="details-muted">
            These passages were not found in the text of their document, which has changed since the evidence
            was written. Each still counts as evidence of its entity or relation; choose one to see it.
          </p>
          <ul>
            {orphans.map((orphan, i) => (
              <li key={i}>
                <button
                  type="button"
                  onClick={() => {
                    dispatch(orphan.action);
                    close();
                  }}
                >
                  <strong>{orphan.what}</strong>
                  {several && <span className="details-muted"> in {orphan.document}</span>}:{' '}
                  <q>{orphan.quote}</q>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
