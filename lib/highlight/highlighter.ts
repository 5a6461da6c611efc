import type { MarkView } from '../protocol/views.ts';
import { findTexts, type TextSegment } from './find-text.ts';

export const MARK_ATTR = 'data-parallax-figure';
const HOST_TAG = 'parallax-tooltip';

/** Other sources listed in a tooltip before "and N more". */
const MAX_SHOWN = 4;

export interface HighlighterStrings {
  othersSay: string;
  /** "and 3 more" */
  more: (count: number) => string;
  verdict: Record<MarkView['verdict'], string>;
  cites: string;
}

const TOOLTIP_CSS = `
:host { all: initial; }
.tip { position: fixed; z-index: 2147483647; max-width: 360px; box-sizing: border-box; padding: 10px 12px;
  background: #1f1f1f; color: #f5f5f5; font: 13px/1.45 system-ui, sans-serif; border-radius: 8px;
  box-shadow: 0 4px 16px rgba(0,0,0,.35); pointer-events: none; }
.tip[hidden] { display: none; }
.head { font-weight: 600; margin: 0 0 6px; }
.verdict-conflict { color: #ffb4ab; } .verdict-discrepancy { color: #ffd8a8; } .verdict-consistent { color: #b8f0c0; }
ul { margin: 0; padding: 0; list-style: none; }
li { margin: 6px 0 0; }
.val { font-weight: 600; }
.meta { color: #c8c8c8; }
q { display: block; color: #dcdcdc; font-style: italic; margin-top: 2px; }
`;

const MARK_STYLE: Record<MarkView['verdict'], string> = {
  conflict: 'background: rgba(255, 111, 97, .35); border-bottom: 2px solid #c62828;',
  discrepancy: 'background: rgba(255, 193, 7, .35); border-bottom: 2px solid #b26a00;',
  consistent: 'background: rgba(76, 175, 80, .25); border-bottom: 2px solid #2e7d32;',
};

function text(doc: Document, tag: string, value: string, className?: string): HTMLElement {
  const el = doc.createElement(tag);
  el.textContent = value;
  if (className) el.className = className;
  return el;
}

/**
 * Marks figures in a page and shows what other sources say on hover or focus. Page text is only ever written as text
 * nodes; the tooltip lives in a closed shadow root, so the page's CSS cannot reach it and it cannot touch the page.
 */
export class Highlighter {
  private host: HTMLElement | null = null;
  private tip: HTMLElement | null = null;
  private marks: HTMLElement[] = [];
  private readonly cleanups: Array<() => void> = [];

  constructor(
    private readonly doc: Document,
    private readonly strings: HighlighterStrings,
  ) {}

  /** Marks each figure once; earlier marks are removed first, so nothing is marked twice. */
  mark(views: MarkView[], root: Node = this.doc.body): number {
    this.clear();
    const skip = (el: Element) => el.hasAttribute(MARK_ATTR) || el.tagName.toLowerCase() === HOST_TAG;
    const found = findTexts(root, views, skip);
    const claimed: Array<[number, number]> = [];
    const work: Array<{ seg: TextSegment; view: MarkView; index: number; first: boolean }> = [];
    found.forEach((segments, index) => {
      // Two figures over the same words: the first one keeps them.
      if (!segments.length) return;
      const from = segments[0]!.order;
      const to = from + segments.reduce((n, s) => n + s.end - s.start, 0);
      if (claimed.some(([a, b]) => from < b && a < to)) return;
      claimed.push([from, to]);
      segments.forEach((seg, i) => work.push({ seg, view: views[index]!, index, first: i === 0 }));
    });
    // Wrap from the end of the page back, so that earlier offsets in a split text node stay valid.
    work.sort((a, b) => b.seg.order - a.seg.order);
    const marked = new Set<number>();
    for (const { seg, view, index, first } of work) {
      const length = seg.node.nodeValue?.length ?? 0;
      if (seg.end < length) this.split(seg.node, seg.end);
      const middle = seg.start > 0 ? this.split(seg.node, seg.start) : seg.node;
      const mark = this.doc.createElement('mark');
      mark.setAttribute(MARK_ATTR, String(index));
      mark.setAttribute('data-verdict', view.verdict);
      mark.setAttribute('style', `${MARK_STYLE[view.verdict]} color: inherit; padding: 0; margin: 0; font: inherit; cursor: help;`);
      if (first) {
        mark.tabIndex = 0;
        mark.setAttribute('aria-description', this.describe(view));
      }
      middle.parentNode?.insertBefore(mark, middle);
      mark.appendChild(middle);
      this.listen(mark, view);
      this.marks.push(mark);
      marked.add(index);
    }
    return marked.size;
  }

  /** Removes every mark and the tooltip, restoring the page's text nodes. */
  clear(): number {
    const removed = new Set(this.marks.map((m) => m.getAttribute(MARK_ATTR))).size;
    while (this.cleanups.length) this.cleanups.pop()!();
    // A page that re-renders itself from its own HTML copies our marks as dead elements: unwrap those too.
    const copies = Array.from(this.doc.querySelectorAll(`mark[${MARK_ATTR}]`)) as HTMLElement[];
    for (const mark of new Set([...this.marks, ...copies])) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    this.marks = [];
    this.host?.remove();
    this.host = null;
    this.tip = null;
    return removed;
  }

  /** Text.splitText, written out: the same in every DOM (linkedom lacks it). Returns the node from offset on. */
  private split(node: Text, offset: number): Text {
    const value = node.nodeValue ?? '';
    const rest = this.doc.createTextNode(value.slice(offset));
    node.nodeValue = value.slice(0, offset);
    node.parentNode?.insertBefore(rest, node.nextSibling);
    return rest;
  }

  private describe(view: MarkView): string {
    const others = view.others.map((o) => `${o.label} (${o.source}, ${o.lang}${o.date ? ', ' + o.date : ''})`).join('; ');
    return `${this.strings.verdict[view.verdict]}. ${this.strings.othersSay} ${others}`;
  }

  private listen(mark: HTMLElement, view: MarkView): void {
    const show = () => this.show(mark, view);
    const hide = () => this.hide();
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') hide();
    };
    mark.addEventListener('mouseenter', show);
    mark.addEventListener('focus', show);
    mark.addEventListener('mouseleave', hide);
    mark.addEventListener('blur', hide);
    mark.addEventListener('keydown', key);
    this.cleanups.push(() => {
      mark.removeEventListener('mouseenter', show);
      mark.removeEventListener('focus', show);
      mark.removeEventListener('mouseleave', hide);
      mark.removeEventListener('blur', hide);
      mark.removeEventListener('keydown', key);
    });
  }

  private ensureTip(): HTMLElement {
    if (this.tip) return this.tip;
    const host = this.doc.createElement(HOST_TAG);
    host.setAttribute('style', 'position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = TOOLTIP_CSS;
    const tip = this.doc.createElement('div');
    tip.className = 'tip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    shadow.append(style, tip);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.tip = tip;
    return tip;
  }

  private show(mark: HTMLElement, view: MarkView): void {
    const tip = this.ensureTip();
    tip.replaceChildren();
    tip.appendChild(text(this.doc, 'p', `${this.strings.verdict[view.verdict]}: ${view.label}`, `head verdict-${view.verdict}`));
    tip.appendChild(text(this.doc, 'p', this.strings.othersSay, 'meta'));
    const list = this.doc.createElement('ul');
    // The tooltip cannot scroll (it must not take the pointer from the page): the first few, then a count.
    for (const other of view.others.slice(0, MAX_SHOWN)) {
      const item = this.doc.createElement('li');
      item.appendChild(text(this.doc, 'span', other.label, 'val'));
      const meta = ` — ${other.source}, ${other.lang}${other.date ? ', ' + other.date : ''}${other.attribution ? `; ${this.strings.cites} ${other.attribution}` : ''}`;
      item.appendChild(text(this.doc, 'span', meta, 'meta'));
      item.appendChild(text(this.doc, 'q', other.quote));
      list.appendChild(item);
    }
    tip.appendChild(list);
    if (view.others.length > MAX_SHOWN) tip.appendChild(text(this.doc, 'p', this.strings.more(view.others.length - MAX_SHOWN), 'meta'));
    tip.hidden = false;
    const rect = mark.getBoundingClientRect();
    const view_ = this.doc.defaultView;
    const width = view_?.innerWidth ?? 1024;
    const height = view_?.innerHeight ?? 768;
    const left = Math.max(8, Math.min(rect.left, width - 368));
    tip.style.left = `${left}px`;
    const below = rect.bottom + 6;
    tip.style.top = below + 160 < height ? `${below}px` : `${Math.max(8, rect.top - 6 - tip.offsetHeight)}px`;
  }

  private hide(): void {
    if (this.tip) this.tip.hidden = true;
  }
}
