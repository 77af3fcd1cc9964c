// Choosing a node by name: a native <select> of every node, grouped by type and sorted by label.
// A native select is chosen over <input list>/<datalist>: it is announced the same by every screen reader,
// type-ahead works from the keyboard (type "GC" to reach GCHQ), and it can only hold a real node id.
import { useId, useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import { compareText } from '../model/graph-index';
import type { GraphNode } from '../model/schema';
import type { NodeType } from '../model/vocabulary';
import { useOpenDataset } from '../state/store';
import './trace.css';

export interface NodePickerProps {
  /** The visible label, also the select's accessible name ("From", "To", "Focus on"). */
  label: string;
  /** The chosen node's id, or null for none. */
  value: string | null;
  onChange: (nodeId: string | null) => void;
  /** The empty choice's text. */
  placeholder?: string;
  /** An id for aria-describedby, e.g. a hint under the picker. */
  describedBy?: string;
  /** The <select>, for a panel that puts the keyboard back on it. */
  ref?: Ref<HTMLSelectElement>;
}

interface Group {
  type: NodeType;
  nodes: { node: GraphNode; text: string }[];
}

export function NodePicker({
  label,
  value,
  onChange,
  placeholder = 'Choose a node…',
  describedBy,
  ref,
}: NodePickerProps) {
  const { index } = useOpenDataset();
  const id = useId();

  const groups = useMemo(() => {
    // Two nodes with the same label would read as the same option: name them apart by id.
    const labelCounts = new Map<string, number>();
    for (const node of index.nodeById.values()) {
      labelCounts.set(node.label, (labelCounts.get(node.label) ?? 0) + 1);
    }
    const result: Group[] = [];
    for (const [type, nodes] of index.nodesByType) {
      if (nodes.length === 0) continue;
      const sorted = [...nodes].sort((a, b) => compareText(a.label, b.label));
      result.push({
        type,
        nodes: sorted.map((node) => ({
          node,
          text: (labelCounts.get(node.label) ?? 0) > 1 ? `${node.label} (${node.id})` : node.label,
        })),
      });
    }
    return result;
  }, [index]);

  // A value the dataset does not have (never expected: the URL is sanitised) shows as no choice.
  const current = value !== null && index.nodeById.has(value) ? value : '';

  // The panels around a picker re-render on every click (a new selection), handing it a new onChange each time:
  // the select is kept as the same element while its own props stay the same, so React leaves it and its
  // thousands of options alone instead of walking them (and the browser's option list) on each render.
  const latestOnChange = useRef(onChange);
  useLayoutEffect(() => {
    latestOnChange.current = onChange;
  });
  const options = useMemo(
    () =>
      groups.map((group) => (
        <optgroup key={group.type} label={index.vocabulary.nodeType(group.type).plural}>
          {group.nodes.map(({ node, text }) => (
            <option key={node.id} value={node.id}>
              {text}
            </option>
          ))}
        </optgroup>
      )),
    [groups, index],
  );
  const select = useMemo(
    () => (
      <select
        ref={ref}
        id={id}
        value={current}
        aria-describedby={describedBy}
        onChange={(e) => latestOnChange.current(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">{placeholder}</option>
        {options}
      </select>
    ),
    [ref, id, current, describedBy, placeholder, options],
  );

  return (
    <div className="node-picker">
      <label htmlFor={id}>{label}</label>
      {select}
    </div>
  );
}
