import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { CONCEPT_LANGUAGES } from './lib/lang/concept-languages.ts';

// See README "Permissions" for why each one is asked for.
export default defineConfig({
  vite: () => ({
    plugins: [preact()],
    // linkedom (feeds and pages read in the service worker) imports a CSS parser for <style> sheets we never read;
    // its browser build exports nothing and it calls eval(): a stub stands in (extension/background/cssom-stub.ts).
    resolve: { alias: { '@acemir/cssom': fileURLToPath(new URL('./extension/background/cssom-stub.ts', import.meta.url)) } },
  }),
  hooks: {
    // Each language's concept lexicon (lib/lang/<code>/concepts.txt) ships as a file the service worker reads only
    // for the languages the reader reads.
    'build:publicAssets': (_wxt, files) => {
      for (const lang of CONCEPT_LANGUAGES) {
        files.push({ absoluteSrc: fileURLToPath(new URL(`./lib/lang/${lang}/concepts.txt`, import.meta.url)), relativeDest: `concepts/${lang}.txt` });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'activeTab'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'parallax@parallax.local',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
