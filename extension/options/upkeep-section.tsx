import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { OptionsUpkeep, type PruneStatus, type StorageUse } from '../../components/options-upkeep.tsx';
import type { SourceKind } from '../../lib/model/source.ts';
import type { SourceView } from '../../lib/protocol/options-views.ts';
import { errorText } from '../../lib/sources/error-text.ts';
import { t } from '../i18n.ts';
import { sendToBackground } from '../messaging.ts';

const KIND_ORDER: readonly SourceKind[] = ['feed', 'collected', 'page', 'url', 'paste', 'file', 'import'];

/** Reports per kind of source, from the sources list (each source knows its count). */
export function countsByKind(sources: readonly SourceView[]): Array<[SourceKind, number]> {
  const counts = new Map<SourceKind, number>();
  for (const s of sources) counts.set(s.kind, (counts.get(s.kind) ?? 0) + s.reports);
  return KIND_ORDER.filter((k) => counts.has(k)).map((k) => [k, counts.get(k)!]);
}

/** Storage used (the browser's estimate) and pruning; `total` changing (reports added or deleted) measures again. */
export function UpkeepSection({ sources, total, uiLang, onPruned }: { sources: readonly SourceView[]; total: number | null; uiLang: string; onPruned: () => void }) {
  const [storage, setStorage] = useState<StorageUse | null>(null);
  const [status, setStatus] = useState<PruneStatus>({ status: 'idle' });
  const pruned = useRef(onPruned);
  pruned.current = onPruned;
  const counts = useMemo(() => countsByKind(sources), [sources]);
  useEffect(() => {
    void navigator.storage
      ?.estimate()
      .then((e) => setStorage(e.usage !== undefined && e.quota !== undefined ? { usage: e.usage, quota: e.quota } : null))
      .catch(() => setStorage(null));
  }, [total]);
  // Drawn again only when what it shows changes, not on every redraw of the options page.
  return useMemo(() => (
    <OptionsUpkeep
      storage={storage}
      counts={counts}
      status={status}
      uiLang={uiLang}
      t={t}
      onPrune={(request) => {
        setStatus({ status: 'working' });
        void sendToBackground('bg:corpus.prune', request).then(
          (r) => {
            setStatus(r.ok ? { status: 'done', deleted: r.deleted } : { status: 'failed', message: errorText(r.error, t) });
            pruned.current();
          },
          (e: unknown) => setStatus({ status: 'failed', message: e instanceof Error ? e.message : String(e) }),
        );
      }}
    />
  ), [storage, counts, status, uiLang]);
}
