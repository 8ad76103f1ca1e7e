/** Shared setup for storage tests: a fresh fake-indexeddb per test, fault injection, status waits. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { DBCoreMutateRequest } from 'dexie';
import * as Y from 'yjs';
import { openAccordDb, type AccordDb } from '../../../renderer/storage/db';
import type { SaveStatus, YDexiePersistence } from '../../../renderer/storage/y-dexie-persistence';

let counter = 0;

/** Each call gets its own IndexedDB factory, so tests never share data. */
export function freshDb(): AccordDb {
  counter += 1;
  return openAccordDb(`accord-test-${counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export interface Fault {
  /** When it returns an error, that mutation of that table fails with it. */
  failWith: ((table: string, request: DBCoreMutateRequest) => Error | null) | null;
  attempts: Array<{ table: string; type: string }>;
}

/** Installs a DBCore middleware (before the db opens) that can make writes fail, like a full disk. */
export function installFault(db: AccordDb): Fault {
  const fault: Fault = { failWith: null, attempts: [] };
  db.use({
    stack: 'dbcore',
    name: 'test-fault',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            fault.attempts.push({ table: name, type: request.type });
            const error = fault.failWith?.(name, request) ?? null;
            return error ? Promise.reject(error) : table.mutate(request);
          },
        };
      },
    }),
  });
  return fault;
}

export function quotaError(): Error {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** Resolves with the first status (current or future) that satisfies `predicate`. */
export function waitForStatus(
  persistence: YDexiePersistence,
  predicate: (status: SaveStatus) => boolean,
): Promise<SaveStatus> {
  const current = persistence.getStatus();
  if (predicate(current)) return Promise.resolve(current);
  return new Promise((resolve) => {
    const stop = persistence.onStatus((status) => {
      if (!predicate(status)) return;
      stop();
      resolve(status);
    });
  });
}

export async function rowsOf(db: AccordDb, docId: string) {
  return db.updates.where('docId').equals(docId).toArray();
}

/** Types `count` characters one transaction each, at the end of the text. */
export function typeChars(text: Y.Text, count: number, from = 0): void {
  for (let i = 0; i < count; i += 1) text.insert(text.length, String.fromCharCode(97 + ((from + i) % 26)));
}

export { seededRandom } from '../../../shared/model/seeded-random';
