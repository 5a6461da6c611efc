import type { SourceError } from '../model/source-error.ts';

/** Translates a message key, with the English text as fallback (the browser's i18n in the extension). */
type Translate = (key: string, fallback: string, substitutions?: string[]) => string;

/**
 * A SourceError in the reader's words, for the options page, the popup and the service worker alike. Values go in
 * as substitutions ($1, $2), never as markup.
 */
export function errorText(error: SourceError, t: Translate): string {
  const [a = '', b = ''] = error.params;
  switch (error.code) {
    case 'invalid-url':
      return t('errInvalidUrl', `Not a web address Parallax can read: ${a}`, [a]);
    case 'http-status':
      return a === '404' || a === '410'
        ? t('errNotFound', `The site says this page does not exist (HTTP ${a}).`, [a])
        : t('errHttpStatus', `The site answered with an error (HTTP ${a}).`, [a]);
    case 'timeout':
      return t('errTimeout', `The site did not answer within ${a} seconds.`, [a]);
    case 'too-large':
      return t('errTooLarge', `The page is larger than ${a} MB; Parallax stopped reading it.`, [a]);
    case 'unsupported-type':
      return t('errUnsupportedType', `This is not a web page or a feed (${a}): Parallax reads articles, not PDFs, images or other files.`, [a]);
    case 'network':
      return t('errNetwork', `The site could not be reached: ${a}`, [a]);
    case 'permission':
      return t('errPermission', `Parallax may not read ${a}: allow it to, then try again.`, [a]);
    case 'encoding':
      return a === '?'
        ? t('errEncodingUnknown', 'The text is not in UTF-8 and does not say which encoding it is in. Save it as UTF-8 and try again.')
        : t('errEncoding', `The text is in an encoding Parallax cannot read (${a}).`, [a]);
    case 'empty':
      return t('errEmpty', `There is no text to read in ${a}.`, [a]);
    case 'not-article':
      return t('errNotArticle', `No article text could be found in ${a}.`, [a]);
    case 'not-feed':
      return t('errNotFeed', `${a} is XML or JSON, but not a feed (RSS, Atom or JSON Feed).`, [a]);
    case 'not-xml':
      return t('errNotXml', `The feed at ${a} is not XML: the site may have moved it.`, [a]);
    case 'quota':
      return t('errQuota', 'The browser has no more storage for Parallax. Delete reports or free disk space; nothing was stored.');
    case 'storage':
      return t('errStorage', `The corpus could not be written (${a}); nothing was stored.`, [a]);
    case 'import-malformed':
      return t('errImportMalformed', `The file is damaged at line ${a}: ${b}. Nothing was imported.`, [a, b]);
    case 'import-version':
      return t('errImportVersion', `The file was made by a newer Parallax (format version ${b}). Update Parallax to import it.`, [a, b]);
    case 'import-not-export':
      return t('errImportNotExport', 'This file is not a Parallax export. Nothing was imported.');
    case 'file-type':
      return t('errFileType', `${a}: only .txt, .html and Parallax export files can be imported.`, [a]);
    case 'file-too-large':
      return t('errFileTooLarge', `${a} is larger than ${b} MB.`, [a, b]);
    case 'failed':
      return t('errFailed', `Something went wrong: ${a}`, [a]);
  }
}
