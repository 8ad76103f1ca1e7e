/**
 * Encodes and decodes `.accord` files off the main thread (file-worker.ts), so typing
 * and the progress dialog stay responsive. Autosave reuses one long-lived worker (its
 * code stays warm from save to save); an operation the user can cancel gets a worker
 * of its own, stopped at once when cancelled. Where workers are unavailable (tests in
 * Node, or a worker that cannot start), the same code runs here.
 */
import { decodeAccordFile, encodeAccordFile, type DecodeResult } from '../../../shared/files/accord-file';
import { mergeCollected, type CollectedWorkspace } from './collect-workspace';
import { bytesToBase64 } from './base64';
import { FileFailure } from './file-errors';
import type { FileWorkerRequest } from './file-worker';

type Request = FileWorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
type Reply = { id: number; ok: boolean; message?: string } & Record<string, unknown>;

interface Pending {
  resolve: (reply: Reply) => void;
  reject: (error: unknown) => void;
  here: () => Promise<Reply>;
}

let nextId = 1;
/** Set once a worker failed to start (e.g. a page without worker support): later calls run here. */
let workersBroken = false;

class FileWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private ended = false;

  constructor(private readonly onEnd: () => void) {
    this.worker = new Worker(new URL('./file-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<Reply>) => {
      const entry = this.pending.get(event.data.id);
      if (!entry) return;
      this.pending.delete(event.data.id);
      if (event.data.ok) entry.resolve(event.data);
      else entry.reject(new FileFailure('failed', event.data.message));
    };
    this.worker.onerror = (event) => {
      // The worker could not run (its script did not load): do the work here instead.
      event.preventDefault();
      workersBroken = true;
      console.warn('The file worker could not run; working on the main thread', event.message);
      const waiting = [...this.pending.values()];
      this.end();
      for (const entry of waiting) entry.here().then(entry.resolve, entry.reject);
    };
  }

  run(request: Request, here: () => Promise<Reply>): Promise<Reply> {
    const id = nextId++;
    return new Promise<Reply>((resolve, reject) => {
      this.pending.set(id, { resolve, reject, here });
      this.worker.postMessage({ ...request, id });
    });
  }

  /** Stops the worker; what it was doing is abandoned. */
  end(reason?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    this.worker.terminate();
    if (reason !== undefined) for (const entry of this.pending.values()) entry.reject(reason);
    this.pending.clear();
    this.onEnd();
  }
}

function canUseWorkers(): boolean {
  return !workersBroken && typeof Worker !== 'undefined';
}

let shared: FileWorker | null = null;

/** Runs `request` in a worker (a fresh one when it can be cancelled), or `here`. */
async function run(request: Request, signal: AbortSignal | undefined, here: () => Promise<Reply>): Promise<Reply> {
  if (signal?.aborted) throw new FileFailure('cancelled');
  if (!canUseWorkers()) return here();
  let worker: FileWorker;
  try {
    worker = signal ? new FileWorker(() => undefined) : (shared ??= new FileWorker(() => (shared = null)));
  } catch {
    workersBroken = true;
    return here();
  }
  if (!signal) return worker.run(request, here);
  const onAbort = () => worker.end(new FileFailure('cancelled'));
  signal.addEventListener('abort', onAbort);
  try {
    return await worker.run(request, here);
  } finally {
    signal.removeEventListener('abort', onAbort);
    worker.end();
  }
}

/** Merges what was collected into one update per doc and encodes the file. */
export async function encodeFile(collected: CollectedWorkspace, signal?: AbortSignal): Promise<{ bytes: Uint8Array; base64: string }> {
  const reply = await run({ op: 'encode', collected }, signal, async () => {
    const bytes = await encodeAccordFile(mergeCollected(collected));
    return { id: 0, ok: true, bytes, base64: bytesToBase64(bytes) };
  });
  return { bytes: reply['bytes'] as Uint8Array, base64: reply['base64'] as string };
}

export async function decodeBytes(bytes: Uint8Array, signal?: AbortSignal): Promise<DecodeResult> {
  const reply = await run({ op: 'decode', bytes }, signal, async () => ({ id: 0, ok: true, result: await decodeAccordFile(bytes) }));
  return reply['result'] as DecodeResult;
}
