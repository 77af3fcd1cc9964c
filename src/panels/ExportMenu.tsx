// The Export menu: pictures of the canvas and data files for other tools, of the current view or the whole dataset.
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { downloadFile, exportFileName } from '../data/export/download';
import { exportInput } from '../data/export/export-input';
import { EXPORT_FORMATS, writeDataFormat, type ExportFormat } from '../data/export/formats';
import { useCanvasHandle } from '../graph-view/canvas-handle';
import { canvasPng, canvasSvg, drawnPositions } from '../graph-view/canvas-image';
import { useAppState, useDerivedView, useOpenDataset } from '../state/store';
import { countOf } from './describe';
import './export-menu.css';
import { useCloseOnOutsidePointer } from './use-close-on-outside-pointer';

type Scope = 'view' | 'all';

interface Item {
  key: string;
  role: 'menuitem' | 'menuitemradio';
  label: string;
  checked?: boolean;
  disabled?: boolean;
  /** Why a disabled item cannot be chosen, said as its description. */
  note?: string;
  choose: () => void;
}

export function ExportMenu() {
  const open = useOpenDataset();
  const { dataset } = open;
  const view = useAppState((s) => s.view);
  const visible = useDerivedView((d) => d.visible);
  const canvas = useCanvasHandle();
  const [expanded, setExpanded] = useState(false);
  const [active, setActive] = useState(0);
  const [scope, setScope] = useState<Scope>('view');
  const [busy, setBusy] = useState(false);
  const [news, setNews] = useState<{ text: string; failed: boolean } | null>(null);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const itemRefs = useRef<(HTMLDivElement | null)[]>([]);
  const rootRef = useRef<HTMLDivElement | null>(null);
  const menuId = useId();
  const noteId = useId();

  const close = (returnFocus: boolean) => {
    setExpanded(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const run = async (format: ExportFormat) => {
    setBusy(true);
    setNews(null);
    try {
      const cy = canvas.current();
      let content: string | Blob;
      let fileName: string;
      if (format.kind === 'image') {
        if (!cy) throw new Error('the graph is not drawn: switch to the Graph view');
        content = format.id === 'png' ? await canvasPng(cy) : await canvasSvg(cy);
        fileName = exportFileName(dataset.id, format.extension);
      } else {
        const input = exportInput(open, {
          visible: scope === 'view' ? visible : undefined,
          // The positions as drawn now (a layout the user ran); in the Entities list, the dataset's own.
          positions: cy ? drawnPositions(cy) : undefined,
        });
        content = await writeDataFormat(format.id, input);
        fileName = exportFileName(dataset.id, format.extension, {
          partial: input.partial,
          part: format.part,
        });
      }
      downloadFile(content, fileName, format.mimeType);
      setNews({ text: `Exported ${fileName}.`, failed: false });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setNews({ text: `Could not export ${format.label}: ${reason}.`, failed: true });
    } finally {
      setBusy(false);
    }
  };

  const hasCanvas = view === 'graph' && canvas.current() !== null;
  const shownNodes = visible.nodeIds.size;
  const formatItem = (format: ExportFormat): Item => ({
    key: format.id,
    role: 'menuitem',
    label: format.label,
    disabled: format.kind === 'image' && !hasCanvas,
    note: format.kind === 'image' && !hasCanvas ? 'Pictures need the Graph view.' : undefined,
    choose: () => {
      close(true);
      void run(format);
    },
  });
  const imageItems = EXPORT_FORMATS.filter((f) => f.kind === 'image').map(formatItem);
  const scopeItems: Item[] = [
    {
      key: 'scope-view',
      role: 'menuitemradio',
      label: `Current view (${shownNodes} of ${countOf(dataset.nodes.length, 'entity', 'entities')})`,
      checked: scope === 'view',
      choose: () => setScope('view'),
    },
    {
      key: 'scope-all',
      role: 'menuitemradio',
      label: `Whole dataset (${countOf(dataset.nodes.length, 'entity', 'entities')})`,
      checked: scope === 'all',
      choose: () => setScope('all'),
    },
  ];
  const dataItems = EXPORT_FORMATS.filter((f) => f.kind === 'data').map(formatItem);
  // In the order they are drawn: the arrow keys walk this list.
  const items = [...imageItems, ...scopeItems, ...dataItems];

  // The keyboard follows the active item while the menu is open.
  useEffect(() => {
    if (expanded) itemRefs.current[active]?.focus();
  }, [expanded, active]);

  // A click anywhere else closes the menu, leaving the keyboard where the click put it.
  const closeMenu = useCallback(() => setExpanded(false), []);
  useCloseOnOutsidePointer(rootRef, expanded, closeMenu);

  const openAt = (index: number) => {
    setNews(null);
    setActive(index);
    setExpanded(true);
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : items.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = items.length - 1;
    const move = (index: number) => {
      event.preventDefault();
      setActive(index);
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(active === last ? 0 : active + 1);
      case 'ArrowUp':
        return move(active === 0 ? last : active - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(last);
      case 'Escape':
        event.preventDefault();
        // Esc closes the menu only: stop it from also clearing the selection (App's Esc).
        event.stopPropagation();
        return close(true);
      case 'Tab':
        // The keyboard goes back to the button, and Tab's own move carries it on from there.
        return close(true);
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const item = items[active];
        if (item && !item.disabled) item.choose();
        return;
      }
    }
  };

  const renderItem = (item: Item) => {
    const index = items.indexOf(item);
    return (
      <div
        key={item.key}
        ref={(el) => {
          itemRefs.current[index] = el;
        }}
        role={item.role}
        tabIndex={index === active ? 0 : -1}
        aria-checked={item.role === 'menuitemradio' ? item.checked : undefined}
        aria-disabled={item.disabled || undefined}
        aria-describedby={item.note ? noteId : undefined}
        className="export-menu-item"
        // Wherever the keyboard lands (a click, a screen reader's own cursor), keys act on that item.
        onFocus={() => setActive(index)}
        onClick={() => {
          setActive(index);
          if (!item.disabled) item.choose();
        }}
      >
        {item.role === 'menuitemradio' && (
          <span className="export-menu-check" aria-hidden="true">
            {item.checked ? '●' : '○'}
          </span>
        )}
        {item.label}
      </div>
    );
  };

  return (
    <div className="export-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={expanded}
        aria-controls={expanded ? menuId : undefined}
        // Not `disabled` while busy: a disabled button drops the keyboard focus it holds.
        aria-disabled={busy || undefined}
        onClick={() => (busy ? undefined : expanded ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {busy ? 'Exporting…' : 'Export'}
      </button>
      {expanded && (
        <div
          id={menuId}
          role="menu"
          aria-label="Export"
          className="export-menu-list"
          onKeyDown={onMenuKeyDown}
        >
          <div role="group" aria-label="Pictures of the canvas as drawn now">
            <p className="export-menu-heading" aria-hidden="true">
              Picture, as drawn now
            </p>
            {imageItems.map(renderItem)}
          </div>
          <div role="separator" className="export-menu-separator" />
          <div role="group" aria-label="What data files hold">
            <p className="export-menu-heading" aria-hidden="true">
              Data files of
            </p>
            {scopeItems.map(renderItem)}
          </div>
          <div role="group" aria-label="Data files">
            <p className="export-menu-heading" aria-hidden="true">
              as
            </p>
            {dataItems.map(renderItem)}
          </div>
        </div>
      )}
      <span id={noteId} hidden>
        Pictures need the Graph view.
      </span>
      {/* Always in the DOM, so the outcome of an export is read out when it arrives. */}
      <p
        className={news?.failed ? 'export-menu-news failed' : 'visually-hidden'}
        role="status"
        aria-live="polite"
      >
        {news?.text}
      </p>
    </div>
  );
}
