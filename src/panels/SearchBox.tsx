// Type-ahead search over entity labels and aliases: an ARIA 1.2 combobox whose options select a node.
import { useId, useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import { visibleElements } from '../model/query';
import { useAppState, useDerivedView, useDispatch, useOpenDataset } from '../state/store';
import { PanelSection } from './PanelSection';
import { TypeSwatch } from './TypeSwatch';
import './browse.css';

const MAX_RESULTS = 8;

export function SearchBox({ inputRef }: { inputRef: RefObject<HTMLInputElement | null> }) {
  const { index } = useOpenDataset();
  const selection = useAppState((s) => s.selection);
  const filters = useAppState((s) => s.filters);
  const visible = useDerivedView((d) => d.visible);
  const dispatch = useDispatch();
  const id = useId();
  const inputId = `${id}-input`;
  const listboxId = `${id}-listbox`;
  const optionId = (nodeId: string) => `${id}-option-${nodeId}`;

  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  // -1: no option is active yet (the user is still typing); Enter then takes the first.
  const [active, setActive] = useState(-1);
  // The node last chosen here, so the "hidden" notice speaks only about what the user just asked for.
  const [picked, setPicked] = useState<string | null>(null);

  const hits = useMemo(() => index.search(query, MAX_RESULTS), [index, query]);
  const filtered = useMemo(() => visibleElements(index, filters).nodeIds, [index, filters]);
  const expanded = open && hits.length > 0;
  const activeHit = expanded ? hits[active] : undefined;

  const choose = (nodeId: string) => {
    const node = index.nodeById.get(nodeId);
    if (!node) return;
    dispatch({ type: 'select', selection: { kind: 'node', id: nodeId } });
    setQuery(node.label);
    setOpen(false);
    setActive(-1);
    setPicked(nodeId);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Handled keys stop here: the App's shortcuts (Esc clears the selection) skip events already handled.
    const handled = () => {
      event.preventDefault();
      event.stopPropagation();
    };
    switch (event.key) {
      case 'ArrowDown':
        if (hits.length === 0) return;
        handled();
        if (!expanded) {
          setOpen(true);
          setActive(0);
        } else setActive((a) => (a + 1) % hits.length);
        return;
      case 'ArrowUp':
        if (hits.length === 0) return;
        handled();
        if (!expanded) {
          setOpen(true);
          setActive(hits.length - 1);
        } else setActive((a) => (a <= 0 ? hits.length - 1 : a - 1));
        return;
      case 'Enter': {
        const hit = hits[active] ?? hits[0];
        if (!hit) return;
        handled();
        choose(hit.node.id);
        return;
      }
      case 'Escape':
        if (expanded) {
          handled();
          setOpen(false);
          setActive(-1);
        } else if (query !== '') {
          handled();
          setQuery('');
        }
        return;
    }
  };

  const pickedNode =
    picked && selection?.kind === 'node' && selection.id === picked ? index.nodeById.get(picked) : undefined;
  const pickedHidden = pickedNode && !visible.nodeIds.has(pickedNode.id);

  let status = '';
  if (open && query.trim() !== '') {
    status = hits.length === 0 ? 'No entity matches' : `${hits.length} result${hits.length === 1 ? '' : 's'}`;
  }

  return (
    <PanelSection id="search" title="Search entities" className="search-section">
      {/* The heading is now the section's toggle: the input keeps its own label, read but not shown twice. */}
      <label htmlFor={inputId} className="visually-hidden">
        Search entities
      </label>
      <div className="search-combo">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeHit ? optionId(activeHit.node.id) : undefined}
          placeholder="Search entities (press /)"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          // Focusing (with "/") selects the last query, so typing starts a new one.
          onFocus={(e) => e.target.select()}
          onBlur={() => setOpen(false)}
        />
        {/* Always in the DOM so aria-controls names a real element; hidden while collapsed. */}
        <ul
          id={listboxId}
          role="listbox"
          aria-label="Matching entities"
          className="search-results"
          hidden={!expanded}
        >
          {expanded &&
            hits.map((hit, i) => {
              const { node } = hit;
              const hiddenBy = visible.nodeIds.has(node.id)
                ? null
                : filtered.has(node.id)
                  ? 'outside the focus'
                  : 'hidden by filters';
              const typeLabel = index.vocabulary.nodeType(node.type).label;
              // The name is given, not left to the content: Chrome puts a space around any visually hidden
              // comma, so the content reads "MI6 , Agency".
              const name = [
                node.label,
                typeLabel,
                hit.matchedAlias ? `matched alias ${hit.matchedText}` : null,
                hiddenBy,
              ]
                .filter((part) => part !== null)
                .join(', ');
              return (
                <li
                  key={node.id}
                  id={optionId(node.id)}
                  role="option"
                  aria-selected={i === active}
                  aria-label={name}
                  className={i === active ? 'active' : undefined}
                  // Keep focus in the input, so the combobox stays the one place keys go.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(node.id)}
                  onMouseMove={() => setActive(i)}
                >
                  <span className="search-result-label">{node.label}</span>
                  <span className="search-result-meta">
                    <TypeSwatch type={node.type} size={12} /> {typeLabel}
                    {hit.matchedAlias && (
                      <span className="search-result-alias">
                        <Separator />
                        matched alias <q>{hit.matchedText}</q>
                      </span>
                    )}
                    {hiddenBy && (
                      <span className="search-result-hidden">
                        <Separator />
                        {hiddenBy}
                      </span>
                    )}
                  </span>
                </li>
              );
            })}
        </ul>
        {open && query.trim() !== '' && hits.length === 0 && (
          <p className="search-empty">No entity’s name or alias contains “{query.trim()}”.</p>
        )}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {status}
      </p>
      {/* Always in the DOM, so the note is read when a choice turns out to be hidden (a live region that appears
          together with its text is often not). The button stays outside it: a live region is for words. */}
      <p className="search-hidden-note" role="status" aria-live="polite" aria-atomic="true">
        {pickedNode && pickedHidden && (
          <>
            <strong>{pickedNode.label}</strong> is selected but{' '}
            {filtered.has(pickedNode.id) ? 'outside the current focus' : 'hidden by the filters'}.
          </>
        )}
      </p>
      {pickedNode && pickedHidden && (
        <button
          type="button"
          className="search-hidden-reset"
          onClick={() => {
            dispatch({ type: 'resetFilters' });
            // The button goes away with the filters; keep the keyboard user where they were working.
            inputRef.current?.focus();
          }}
        >
          Reset filters to show it
        </button>
      )}
    </PanelSection>
  );
}

/** Between an option's parts, for the eye; the option's aria-label says them with commas. */
function Separator() {
  return <span aria-hidden="true"> · </span>;
}
