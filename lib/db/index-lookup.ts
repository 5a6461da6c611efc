import type { Table, Transaction } from 'dexie';

/**
 * The rows of `table` whose `index` holds one of `keys`, read inside `transaction` by one request per key, all sent
 * at once: IndexedDB answers them in one stream, where an anyOf() cursor waits a round trip a step (about 0.25 ms a
 * key in Chromium at 60,000 reports). Without a transaction it falls back to anyOf().
 */
export function rowsWithKeys<T>(transaction: Transaction | null, table: Table<T>, index: string, keys: readonly string[]): Promise<T[]> {
  const unique = [...new Set(keys)];
  const idb = transaction?.idbtrans;
  if (!idb || !idb.objectStoreNames.contains(table.name)) return table.where(index).anyOf(unique).toArray();
  const source = idb.objectStore(table.name).index(index);
  return new Promise<T[]>((resolve, reject) => {
    const rows: T[] = [];
    let left = unique.length;
    if (left === 0) resolve(rows);
    for (const key of unique) {
      const request = source.getAll(key);
      request.onsuccess = () => {
        for (const row of request.result as T[]) rows.push(row);
        if (--left === 0) resolve(rows);
      };
      request.onerror = () => reject(request.error);
    }
  });
}
