import { useState } from 'preact/hooks';
import type { Translate } from './strings.ts';

export type AddStatus =
  | { status: 'idle' }
  | { status: 'asking' }
  | { status: 'started'; count: number }
  | { status: 'failed'; message: string };

export interface AddSourcesProps {
  status: AddStatus;
  t: Translate;
  /** Called from the click itself: permission requests need the reader's gesture. */
  onAdd: (text: string) => void;
}

/** Addresses of articles or feeds, one per line. */
export function OptionsAddSources({ status, t, onAdd }: AddSourcesProps) {
  const [text, setText] = useState('');
  return (
    <section class="card" aria-labelledby="add-h">
      <h2 id="add-h">{t('optAddHeading', 'Add articles and feeds')}</h2>
      <p class="hint">
        {t('optAddHint', 'Paste addresses, one per line: articles are read and stored; feeds (RSS, Atom, JSON Feed), or a site that offers one, are subscribed to.')}
      </p>
      <textarea
        data-testid="add-source-input"
        rows={4}
        value={text}
        placeholder="https://…"
        aria-label={t('optAddLabel', 'Addresses to add')}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="row">
        <button type="button" data-testid="add-source-submit" disabled={!text.trim() || status.status === 'asking'} onClick={() => onAdd(text)}>
          {t('optAddSubmit', 'Add')}
        </button>
        <span class="status" role="status" data-testid="add-source-status" data-state={status.status}>
          {status.status === 'asking' ? t('optAddAsking', 'Waiting for your permission to read these sites…') : null}
          {status.status === 'started' ? t('optAddStarted', `Reading ${status.count} address(es)… Progress is shown below.`, [String(status.count)]) : null}
          {status.status === 'failed' ? <span class="error">{status.message}</span> : null}
        </span>
      </div>
    </section>
  );
}
