import { CorpusDb } from '../../lib/db/corpus-db.ts';

let db: CorpusDb | null = null;

/** The corpus, opened once per service-worker life. */
export function corpus(): CorpusDb {
  db ??= new CorpusDb();
  return db;
}
