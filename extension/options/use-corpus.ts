import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { CorpusListing, CorpusQuery, ReportDetail } from '../../lib/model/corpus-view.ts';
import { sendToBackground } from '../messaging.ts';

const SEARCH_DELAY_MS = 200;

/** The corpus browser's data: the listing for the current query (debounced while typing) and the open report. */
export function useCorpus(onError: (message: string) => void) {
  const [query, setQuery] = useState<CorpusQuery>({ text: '', lang: null, site: null, sourceId: null });
  const [listing, setListing] = useState<CorpusListing | null>(null);
  const [detail, setDetail] = useState<ReportDetail | null>(null);
  const latest = useRef(0);
  const queryRef = useRef(query);
  queryRef.current = query;

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const result = await sendToBackground('bg:corpus.query', queryRef.current);
      // Answers to older queries (typing on) are dropped.
      if (ticket === latest.current) setListing(result);
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  }, [onError]);

  useEffect(() => {
    const timer = setTimeout(() => void reload(), query.text ? SEARCH_DELAY_MS : 0);
    return () => clearTimeout(timer);
  }, [query, reload]);

  const open = useCallback(async (id: number) => {
    const { report } = await sendToBackground('bg:corpus.get', { id });
    setDetail(report);
  }, []);

  return { query, setQuery, listing, reload, detail, open, close: () => setDetail(null) };
}
