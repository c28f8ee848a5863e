/**
 * The storage floor: plain IndexedDB, no Dexie, no checks. One object store; `put` writes a
 * document in one readwrite transaction until it completes, `get` reads it back in one.
 */
export interface RawStore {
  put(key: string, value: unknown): Promise<number>;
  get(key: string): Promise<[number, unknown]>;
  delete(): Promise<void>;
}

const done = (request: IDBRequest | IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    if (request instanceof IDBTransaction) {
      request.oncomplete = () => resolve();
      request.onerror = () => reject(request.error);
    } else {
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    }
  });

export async function openRawStore(name: string): Promise<RawStore> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore("docs");
  await done(open);
  const db = open.result;
  return {
    async put(key, value) {
      const start = performance.now();
      const tx = db.transaction("docs", "readwrite");
      tx.objectStore("docs").put(value, key);
      await done(tx);
      return performance.now() - start;
    },
    async get(key) {
      const start = performance.now();
      const request = db.transaction("docs", "readonly").objectStore("docs").get(key);
      await done(request);
      return [performance.now() - start, request.result];
    },
    async delete() {
      db.close();
      await done(indexedDB.deleteDatabase(name));
    },
  };
}
