import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser } from './extension.ts';

/** What an extension page holds that a payload could have put there. All lists are empty on a clean page. */
export interface PageAudit {
  /** The payloads' global flag, if anything set it. */
  flag: unknown;
  /** Content security policy violations the page reported (a blocked inline handler is one). */
  violations: string[];
  /** Elements of kinds Parallax never renders (img, svg, script, iframe, ...) inside its app root. */
  foreign: string[];
  /** Event-handler attributes anywhere (Preact sets listeners as properties, never as attributes). */
  handlers: string[];
  /** Attributes whose URL runs code or carries a document: javascript:, data:, vbscript:. */
  codeUrls: string[];
  /** Every link's href. */
  hrefs: string[];
}

/**
 * Records security policy violations in every page of the context from its first script on, so that a payload the
 * policy blocked is still seen. Call before opening the pages.
 */
export async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as Record<string, unknown>)['__parallaxViolations'] = list;
    window.addEventListener('securitypolicyviolation', (e) => list.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
}

/** Audits an extension page (popup, options): see PageAudit. */
export async function auditExtensionPage(page: Page, flag: string): Promise<PageAudit> {
  return page.evaluate((name) => {
    const FOREIGN = new Set(['img', 'svg', 'script', 'iframe', 'frame', 'object', 'embed', 'math', 'base', 'link', 'meta', 'style', 'form', 'video', 'audio', 'source', 'image', 'template']);
    const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background', 'ping', 'srcset']);
    const w = window as unknown as Record<string, unknown>;
    const audit = { flag: w[name], violations: [...((w['__parallaxViolations'] as string[] | undefined) ?? ['(not recorded)'])], foreign: [] as string[], handlers: [] as string[], codeUrls: [] as string[], hrefs: [] as string[] };
    const app = document.getElementById('app');
    const roots: Array<Document | ShadowRoot> = [document];
    for (let i = 0; i < roots.length; i++) {
      for (const el of Array.from(roots[i]!.querySelectorAll('*'))) {
        if (el.shadowRoot) roots.push(el.shadowRoot);
        const tag = el.tagName.toLowerCase();
        if (app?.contains(el) && FOREIGN.has(tag)) audit.foreign.push(el.outerHTML.slice(0, 200));
        for (const a of Array.from(el.attributes)) {
          if (a.name.toLowerCase().startsWith('on')) audit.handlers.push(`${tag} ${a.name}=${a.value.slice(0, 120)}`);
          if (URL_ATTRS.has(a.name.toLowerCase()) && /^\s*(javascript|data|vbscript):/i.test(a.value)) audit.codeUrls.push(`${tag} ${a.name}=${a.value.slice(0, 120)}`);
        }
        if (tag === 'a' && el.hasAttribute('href')) audit.hrefs.push(el.getAttribute('href') ?? '');
      }
    }
    return audit;
  }, flag);
}

export const CLEAN: Omit<PageAudit, 'hrefs'> = { flag: undefined, violations: [], foreign: [], handlers: [], codeUrls: [] };

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

/**
 * Everything a web page's DOM holds, closed shadow roots included (the DevTools protocol pierces them): each text
 * node's value and each attribute as `name=value`, and the markup of the element with role="tooltip" if any.
 */
export async function piercedDom(ext: ExtensionBrowser, page: Page): Promise<{ strings: string[]; tooltipHtml: string | null }> {
  const cdp = await ext.context.newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const strings: string[] = [];
    let tooltip: number | null = null;
    const stack: CdpNode[] = [root];
    while (stack.length) {
      const node = stack.pop()!;
      if (node.nodeValue) strings.push(node.nodeValue);
      const attrs = node.attributes ?? [];
      for (let i = 0; i + 1 < attrs.length; i += 2) {
        strings.push(`${attrs[i]}=${attrs[i + 1]}`);
        if (attrs[i] === 'role' && attrs[i + 1] === 'tooltip') tooltip = node.nodeId;
      }
      stack.push(...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : []));
    }
    const tooltipHtml = tooltip === null ? null : ((await cdp.send('DOM.getOuterHTML', { nodeId: tooltip })) as { outerHTML: string }).outerHTML;
    return { strings, tooltipHtml };
  } finally {
    await cdp.detach();
  }
}
