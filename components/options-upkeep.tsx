import { useState } from 'preact/hooks';
import type { PruneRequest } from '../lib/model/prune-request.ts';
import type { SourceKind } from '../lib/model/source.ts';
import { PRUNABLE_KINDS, type PrunableKind } from '../lib/model/source-kinds.ts';
import type { Translate } from './strings.ts';

export interface StorageUse {
  usage: number;
  quota: number;
}

export type PruneStatus = { status: 'idle' } | { status: 'working' } | { status: 'done'; deleted: number } | { status: 'failed'; message: string };

export interface UpkeepProps {
  storage: StorageUse | null;
  /** Reports per kind of source, in the order shown. */
  counts: ReadonlyArray<[SourceKind, number]>;
  status: PruneStatus;
  uiLang: string;
  t: Translate;
  onPrune: (request: PruneRequest) => void;
}

function kindLabel(kind: SourceKind, t: Translate): string {
  const labels: Record<SourceKind, string> = {
    feed: t('kindFeed', 'From feeds'),
    collected: t('kindCollected', 'Collected as you read'),
    page: t('kindPage', 'Pages added from the toolbar'),
    url: t('kindUrl', 'Added by address'),
    paste: t('kindPaste', 'Pasted texts'),
    file: t('kindFile', 'Files'),
    import: t('kindImport', 'Imported'),
  };
  return labels[kind];
}

function megabytes(bytes: number, uiLang: string): string {
  return (bytes / 1_048_576).toLocaleString(uiLang || 'en', { maximumFractionDigits: bytes < 10_485_760 ? 1 : 0 });
}

const whole = (text: string): number | null => (/^\d{1,7}$/.test(text.trim()) ? Number(text.trim()) : null);

/** Storage used, reports per kind of source, and pruning of reports that came by themselves (never those added by hand). */
export function OptionsUpkeep({ storage, counts, status, uiLang, t, onPrune }: UpkeepProps) {
  const [kinds, setKinds] = useState<ReadonlySet<PrunableKind>>(new Set(PRUNABLE_KINDS));
  const [days, setDays] = useState('30');
  const [keep, setKeep] = useState('5000');
  const chosen = [...kinds];
  return (
    <section class="card" aria-labelledby="upkeep-h">
      <h2 id="upkeep-h">{t('upkHeading', 'Storage')}</h2>
      <p data-testid="storage-used" data-usage={storage?.usage ?? ''}>
        {storage
          ? t('upkUsed', `${megabytes(storage.usage, uiLang)} MB used of ${megabytes(storage.quota, uiLang)} MB the browser allows.`, [megabytes(storage.usage, uiLang), megabytes(storage.quota, uiLang)])
          : t('upkUnknown', 'The browser does not say how much storage is used.')}
      </p>
      <ul class="kind-counts">
        {counts.map(([kind, n]) => (
          <li key={kind} data-testid="kind-count" data-kind={kind} data-count={n}>
            {kindLabel(kind, t)}: {t('upkReports', `${n.toLocaleString(uiLang || 'en')} reports`, [n.toLocaleString(uiLang || 'en')])}
          </li>
        ))}
      </ul>
      <fieldset>
        <legend>{t('upkPruneLegend', 'Delete older reports')}</legend>
        <p class="hint">{t('upkPruneHint', 'Reports you added yourself (pages, addresses, texts, files, imports) are never deleted here.')}</p>
        {PRUNABLE_KINDS.map((kind) => (
          <label key={kind} class="check">
            <input
              type="checkbox"
              data-testid="prune-kind"
              data-kind={kind}
              checked={kinds.has(kind)}
              onChange={() => setKinds((k) => new Set(k.has(kind) ? [...k].filter((x) => x !== kind) : [...k, kind]))}
            />{' '}
            {kindLabel(kind, t)}
          </label>
        ))}
        <div class="row">
          <label>
            {t('upkOlderThan', 'Older than (days)')}{' '}
            <input data-testid="prune-days" inputMode="numeric" size={6} value={days} onInput={(e) => setDays(e.currentTarget.value)} />
          </label>
          <button type="button" class="secondary danger" data-testid="prune-age" disabled={!chosen.length || whole(days) === null || status.status === 'working'} onClick={() => onPrune({ kinds: chosen, olderThanDays: whole(days), keep: null })}>
            {t('upkPruneAge', 'Delete older ones')}
          </button>
        </div>
        <div class="row">
          <label>
            {t('upkKeep', 'Keep the newest')}{' '}
            <input data-testid="prune-keep" inputMode="numeric" size={8} value={keep} onInput={(e) => setKeep(e.currentTarget.value)} />
          </label>
          <button type="button" class="secondary danger" data-testid="prune-size" disabled={!chosen.length || whole(keep) === null || status.status === 'working'} onClick={() => onPrune({ kinds: chosen, olderThanDays: null, keep: whole(keep) })}>
            {t('upkPruneSize', 'Delete the rest')}
          </button>
        </div>
        <p class="status" role="status" data-testid="prune-status" data-state={status.status} data-deleted={status.status === 'done' ? status.deleted : ''}>
          {status.status === 'done' ? t('upkPruned', `Deleted ${status.deleted} reports.`, [String(status.deleted)]) : null}
          {status.status === 'failed' ? <span class="error">{status.message}</span> : null}
        </p>
      </fieldset>
    </section>
  );
}
