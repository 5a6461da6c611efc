import { useState } from 'preact/hooks';
import type { Translate } from './strings.ts';

export interface PasteInput {
  text: string;
  title: string | null;
  url: string | null;
  publishedTime: string | null;
}

export type PasteStatus = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; created: boolean } | { status: 'failed'; message: string };

/** A text the reader has, with what they know about it. */
export function OptionsPaste({ status, t, onSubmit }: { status: PasteStatus; t: Translate; onSubmit: (input: PasteInput) => void }) {
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [date, setDate] = useState('');
  const submit = () =>
    onSubmit({ text, title: title.trim() || null, url: url.trim() || null, publishedTime: date ? `${date}T00:00:00Z` : null });
  return (
    <section class="card" aria-labelledby="paste-h">
      <h2 id="paste-h">{t('optPasteHeading', 'Paste a text')}</h2>
      <div class="fields">
        <label>
          {t('optPasteTitle', 'Title (optional)')}
          <input data-testid="paste-title" value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        </label>
        <label>
          {t('optPasteUrl', 'Address (optional)')}
          <input data-testid="paste-url" type="url" value={url} placeholder="https://…" onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <label>
          {t('optPasteDate', 'Published (optional)')}
          <input data-testid="paste-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </label>
      </div>
      <textarea data-testid="paste-text" rows={6} value={text} aria-label={t('optPasteText', 'Text')} onInput={(e) => setText(e.currentTarget.value)} />
      <div class="row">
        <button type="button" data-testid="paste-submit" disabled={!text.trim() || status.status === 'saving'} onClick={submit}>
          {t('optPasteSubmit', 'Add text')}
        </button>
        <span class="status" role="status" data-testid="paste-status" data-state={status.status}>
          {status.status === 'saved' ? (status.created ? t('savedNew', 'Added.') : t('savedUpdated', 'Updated.')) : null}
          {status.status === 'failed' ? <span class="error">{status.message}</span> : null}
        </span>
      </div>
    </section>
  );
}
