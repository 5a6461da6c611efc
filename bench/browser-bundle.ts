import { build } from 'esbuild';
import { resolve } from 'node:path';

/**
 * Bundles an entry (a path from bench/, or an absolute one) for the browser, as one script to evaluate in a page or
 * the service worker (CSP does not apply to evaluate).
 */
export async function browserBundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    minify: true,
    // As the extension's build (Vite) has it: lib code that reads process.env reads nothing in a browser.
    define: { 'process.env': '{}' },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
