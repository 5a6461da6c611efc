import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../extension/content/content-main.ts';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main: (ctx) => startContent(ctx),
});
