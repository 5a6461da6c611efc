import type { Translate } from './strings.ts';

export interface FileStatus {
  name: string;
  state: 'reading' | 'added' | 'updated' | 'importing' | 'failed';
  message: string | null;
}

/** Files to add: .txt and .html as articles, a Parallax export as a whole corpus. */
export function OptionsImport({ files, t, onFiles }: { files: FileStatus[]; t: Translate; onFiles: (files: File[]) => void }) {
  return (
    <section class="card" aria-labelledby="import-h">
      <h2 id="import-h">{t('optImportHeading', 'Import files')}</h2>
      <p class="hint">{t('optImportHint', "Text (.txt) and saved pages (.html) are added as articles, dated by the day in the file's name (2011-03-20) when they give no date of their own; a Parallax export file adds its whole corpus.")}</p>
      <input
        type="file"
        multiple
        data-testid="import-file-input"
        accept=".txt,.text,.html,.htm,.jsonl,.json,.parallax"
        onChange={(e) => {
          const list = e.currentTarget.files;
          if (list?.length) onFiles(Array.from(list));
          e.currentTarget.value = '';
        }}
      />
      {files.length ? (
        <ul class="file-list">
          {files.map((f, i) => (
            <li key={i} data-testid="import-status" data-state={f.state} class={f.state === 'failed' ? 'error' : undefined}>
              <span class="file-name">{f.name}</span>{' '}
              {f.state === 'reading' ? t('optFileReading', 'reading…') : null}
              {f.state === 'added' ? t('savedNew', 'Added.') : null}
              {f.state === 'updated' ? t('savedUpdated', 'Updated.') : null}
              {f.state === 'importing' ? t('optFileImporting', 'importing: progress below.') : null}
              {f.message ? <span> {f.message}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
