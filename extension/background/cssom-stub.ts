/**
 * Stands in for @acemir/cssom in the extension's bundles (see wxt.config.ts). linkedom imports it only to parse
 * `<style>` sheets on demand, which Parallax never asks for; the real module is 100 kB and calls eval(), which the
 * extension's CSP forbids and web-ext lint flags.
 */
export function parse(_css: string): { cssRules: never[] } {
  return { cssRules: [] };
}
