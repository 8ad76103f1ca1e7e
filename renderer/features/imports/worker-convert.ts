/** Runs convertImport in a worker; aborting the signal terminates it (and rejects with 'cancelled'). */
import { ImportError, type ImportErrorCode } from '../../../shared/import/import-result';
import type { ReadImport } from './convert-import';

export interface WorkerRequest {
  name: string;
  bytes: Uint8Array;
}

export type WorkerReply = { ok: true; result: ReadImport } | { ok: false; code: ImportErrorCode | null; message: string };

export function convertInWorker(name: string, bytes: Uint8Array, signal?: AbortSignal): Promise<ReadImport> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new ImportError('cancelled'));
      return;
    }
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'accord-import' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new ImportError('cancelled'));
    };
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      finish();
      const reply = event.data;
      if (reply.ok) resolve(reply.result);
      else if (reply.code) reject(new ImportError(reply.code, reply.message));
      else reject(new Error(reply.message));
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the import worker failed'));
    };
    // The bytes move to the worker (no copy); the page does not need them again.
    worker.postMessage({ name, bytes } satisfies WorkerRequest, [bytes.buffer]);
  });
}
