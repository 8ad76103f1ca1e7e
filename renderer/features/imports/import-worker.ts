/**
 * The import worker: converts one file off the page's thread, so the dialog stays
 * responsive and Stop ends the work at once (the page terminates the worker).
 */
// First: micromark's entity decoder needs it when it loads.
import './worker-dom-shim';
import { ImportError } from '../../../shared/import/import-result';
import { convertImport } from './convert-import';
import type { WorkerReply, WorkerRequest } from './worker-convert';

const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerReply): void };

scope.onmessage = (event) => {
  const { name, bytes } = event.data;
  convertImport(name, bytes).then(
    (result) => scope.postMessage({ ok: true, result }),
    (error: unknown) =>
      scope.postMessage({
        ok: false,
        code: error instanceof ImportError ? error.code : null,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
