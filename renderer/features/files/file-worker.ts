/**
 * Runs in a Web Worker: encoding (zip, checksums, base64) and decoding (inflate,
 * checks, trial application of every part) of a `.accord` file take long enough on
 * a big workspace to be felt if they ran where the user types.
 */
import { decodeAccordFile, encodeAccordFile } from '../../../shared/files/accord-file';
import { bytesToBase64 } from './base64';
import { mergeCollected, type CollectedWorkspace } from './collect-workspace';

export type FileWorkerRequest = { id: number; op: 'encode'; collected: CollectedWorkspace } | { id: number; op: 'decode'; bytes: Uint8Array; maxBytes?: number };

interface WorkerScope {
  onmessage: ((event: MessageEvent<FileWorkerRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const request = event.data;
  void (async () => {
    try {
      if (request.op === 'encode') {
        const bytes = await encodeAccordFile(mergeCollected(request.collected));
        const base64 = bytesToBase64(bytes);
        scope.postMessage({ id: request.id, ok: true, bytes, base64 }, [bytes.buffer]);
      } else {
        const result = await decodeAccordFile(request.bytes, request.maxBytes === undefined ? undefined : { maxBytes: request.maxBytes });
        const buffers = result.ok ? [...new Set(result.content.parts.map((part) => part.update.buffer as ArrayBuffer))] : [];
        scope.postMessage({ id: request.id, ok: true, result }, buffers);
      }
    } catch (error) {
      scope.postMessage({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  })();
};
