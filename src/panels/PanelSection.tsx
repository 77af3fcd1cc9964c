// A collapsible left-panel section (the disclosure pattern): its heading opens and closes it, and it stays so.
import { useEffect, useId, useState, type ReactNode, type RefObject } from 'react';
import './browse.css';

/** The sections of the left panel; each one's open or closed state is kept under its id. */
export type SectionId = 'search' | 'tracer' | 'filters' | 'focusPath' | 'legend';

/** Search and the tracer are what a new user starts with; the rest are one click away, closed. */
const DEFAULT_OPEN: Record<SectionId, boolean> = {
  search: true,
  tracer: true,
  filters: false,
  focusPath: false,
  legend: false,
};

/** Where the open/closed states live: one JSON object { [section]: boolean }. */
export const SECTIONS_STORAGE_KEY = 'dossier:sections';

/** Asks a section to open (the event a PanelSection listens for): "/" opens Search before focusing it. */
const OPEN_EVENT = 'dossier:open-section';

function storedStates(): Record<string, boolean> {
  // Storage may be missing (privacy modes throw on access) or hold anything: either way, the defaults.
  try {
    const raw = window.localStorage.getItem(SECTIONS_STORAGE_KEY);
    const parsed: unknown = raw === null ? null : JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'),
    );
  } catch {
    return {};
  }
}

function isOpenStored(id: SectionId): boolean {
  return storedStates()[id] ?? DEFAULT_OPEN[id];
}

function storeOpen(id: SectionId, open: boolean): void {
  try {
    window.localStorage.setItem(SECTIONS_STORAGE_KEY, JSON.stringify({ ...storedStates(), [id]: open }));
  } catch {
    // Not kept (no storage, or full): the section still opens and closes for this visit.
  }
}

/** Opens a section wherever it is rendered (synchronously within React's flushSync, if the caller needs it drawn). */
export function openSection(id: SectionId): void {
  window.dispatchEvent(new CustomEvent<SectionId>(OPEN_EVENT, { detail: id }));
}

export interface PanelSectionProps {
  id: SectionId;
  title: string;
  /** Extra words in the heading, shown whether open or closed (a closed Filters section says how many are on). */
  badge?: string;
  className?: string;
  sectionRef?: RefObject<HTMLElement | null>;
  children: ReactNode;
}

export function PanelSection({ id, title, badge, className, sectionRef, children }: PanelSectionProps) {
  const [open, setOpen] = useState(() => isOpenStored(id));
  // A closed section's body is not made until it is first opened, then kept (with what the user left in it): on a
  // 20,000-entity graph the Focus and path pickers alone would be 40,000 options re-rendered on every click.
  const [made, setMade] = useState(open);
  if (open && !made) setMade(true);
  const uid = useId();
  const titleId = `${uid}-title`;
  const bodyId = `${uid}-body`;

  useEffect(() => {
    const onOpen = (event: Event) => {
      if ((event as CustomEvent<SectionId>).detail === id) setOpen(true);
    };
    window.addEventListener(OPEN_EVENT, onOpen);
    return () => window.removeEventListener(OPEN_EVENT, onOpen);
  }, [id]);

  const toggle = () => {
    setOpen(!open);
    storeOpen(id, !open);
  };

  return (
    // The region is named by the title alone, so its name does not change as the badge does.
    <section
      ref={sectionRef}
      className={`panel-section collapsible-section${open ? '' : ' closed'}${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
    >
      {/* The button fills the heading row, so the whole row is the target; Enter and Space work as on any button. */}
      <h2 className="section-heading">
        <button
          type="button"
          className="section-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={toggle}
        >
          <span className="section-toggle-icon" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span id={titleId}>{title}</span>
          {badge && <span className="section-badge">{badge}</span>}
        </button>
      </h2>
      <div id={bodyId} className="section-body" hidden={!open}>
        {made && children}
      </div>
    </section>
  );
}
