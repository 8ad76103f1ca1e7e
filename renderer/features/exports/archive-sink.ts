/**
 * Where the page sends an archive's parts: a worker of its own (archive-worker.ts), or, where
 * there are no workers (tests in Node), an ArchiveWriter here. Aborting the signal stops the
 * worker at once and rejects with an AbortError, however far it had got.
 */
import type { ArchivePart } from './archive-writer';

export type ArchiveWorkerRequest = { op: 'add'; part: ArchivePart } | { op: 'finish'; last: Record<string, Uint8Array> };
export type ArchiveWorkerReply = { op: 'added' } | { op: 'finished'; bytes: Uint8Array } | { op: 'failed'; message: string };

export interface ArchiveSink {
  /** Queues a part; `onWritten` is called once it is written. */
  add(part: ArchivePart): void;
  /** Adds the last files and zips everything, once every part is written. */
  finish(last: Record<string, Uint8Array>): Promise<Uint8Array>;
  /** Rejects when the writing fails or is cancelled (also before `finish` is called). */
  readonly failed: Promise<never>;
}

export function abortError(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

export function openArchiveSink(onWritten: () => void, signal?: AbortSignal): ArchiveSink {
  return typeof Worker === 'undefined' ? sinkHere(onWritten, signal) : sinkInWorker(onWritten, signal);
}

function sinkInWorker(onWritten: () => void, signal: AbortSignal | undefined): ArchiveSink {
  const worker = new Worker(new URL('./archive-worker.ts', import.meta.url), { type: 'module', name: 'accord-archive' });
  let resolveFinished: (bytes: Uint8Array) => void = () => undefined;
  const finished = new Promise<Uint8Array>((resolve) => (resolveFinished = resolve));
  let rejectFailed: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (rejectFailed = reject));
  failed.catch(() => undefined); // Observed through `finish` or by the caller; never unhandled.
  const end = () => {
    worker.terminate();
    signal?.removeEventListener('abort', onAbort);
  };
  const stop = (error: unknown) => {
    end();
    rejectFailed(error);
  };
  const onAbort = () => stop(abortError());
  if (signal?.aborted) onAbort();
  else signal?.addEventListener('abort', onAbort);
  worker.onmessage = (event: MessageEvent<ArchiveWorkerReply>) => {
    const reply = event.data;
    if (reply.op === 'added') onWritten();
    else if (reply.op === 'finished') {
      end();
      resolveFinished(reply.bytes);
    } else stop(new Error(reply.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    stop(new Error(event.message || 'the export worker failed'));
  };
  return {
    add: (part) => worker.postMessage({ op: 'add', part } satisfies ArchiveWorkerRequest),
    finish: (last) => {
      worker.postMessage({ op: 'finish', last } satisfies ArchiveWorkerRequest);
      return Promise.race([finished, failed]);
    },
    failed,
  };
}

function sinkHere(onWritten: () => void, signal: AbortSignal | undefined): ArchiveSink {
  // Loaded on first use: the DOCX writer is large, and the page's bundle should not carry it.
  const writer = import('./archive-writer').then(({ ArchiveWriter }) => new ArchiveWriter());
  let queue: Promise<void> = writer.then(() => undefined);
  let rejectFailed: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_, reject) => (rejectFailed = reject));
  failed.catch(() => undefined);
  const check = () => {
    if (signal?.aborted) throw abortError();
  };
  signal?.addEventListener('abort', () => rejectFailed(abortError()), { once: true });
  return {
    add: (part) => {
      queue = queue.then(async () => {
        check();
        await (await writer).add(part);
        onWritten();
      });
      queue.catch(rejectFailed);
    },
    finish: (last) =>
      Promise.race([
        queue.then(async () => {
          check();
          return (await writer).finish(last);
        }),
        failed,
      ]),
    failed,
  };
}
