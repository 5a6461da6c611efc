import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row has this height (px): what makes the window cheap to compute. */
  rowHeight: number;
  /** Height of the scrolling box (px). */
  height: number;
  /** Rows rendered beyond the visible ones, above and below, so that scrolling does not flash. */
  overscan?: number;
  itemKey: (item: T) => string | number;
  renderRow: (item: T, index: number) => ComponentChildren;
  label: string;
}

/** Rows [first, last) to render for a scroll position. */
export function visibleRange(count: number, scrollTop: number, rowHeight: number, height: number, overscan: number): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  return [first, Math.max(first, last)];
}

/**
 * A list that renders only the rows in view: a corpus of 50,000 reports costs the DOM of about 40 rows.
 * Rows are absolutely placed in a box as tall as the whole list, so the scrollbar is true.
 */
export function VirtualList<T>({ items, rowHeight, height, overscan = 6, itemKey, renderRow, label }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const [first, last] = visibleRange(items.length, scrollTop, rowHeight, height, overscan);
  const rows = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    rows.push(
      <div key={itemKey(item)} class="vrow" role="listitem" style={{ transform: `translateY(${i * rowHeight}px)`, height: `${rowHeight}px` }}>
        {renderRow(item, i)}
      </div>,
    );
  }
  return (
    <div
      class="vlist"
      role="list"
      aria-label={label}
      data-testid="corpus-list"
      style={{ height: `${Math.min(height, Math.max(items.length * rowHeight, rowHeight))}px` }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div class="vlist-inner" style={{ height: `${items.length * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
