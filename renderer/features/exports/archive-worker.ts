/**
 * The archive worker: turns the parts the page sends into DOCX, HTML and Markdown and zips
 * them, off the page's thread. Parts are handled one after another, in the order sent; each
 * is acknowledged, which is the progress the page shows.
 */
import { ArchiveWriter } from './archive-writer';
import type { ArchiveWorkerReply, ArchiveWorkerRequest } from './archive-sink';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ArchiveWorkerRequest>) => void) | null;
  postMessage(message: ArchiveWorkerReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const writer = new ArchiveWriter();
let queue = Promise.resolve();

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue
    .then(async () => {
      if (request.op === 'add') {
        await writer.add(request.part);
        scope.postMessage({ op: 'added' });
      } else {
        const bytes = writer.finish(request.last);
        scope.postMessage({ op: 'finished', bytes }, [bytes.buffer]);
      }
    })
    .catch((error: unknown) => scope.postMessage({ op: 'failed', message: error instanceof Error ? error.message : String(error) }));
};
