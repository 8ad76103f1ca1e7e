/**
 * Every way a file operation can fail, as one reason the UI translates
 * (`files.reasons.<reason>`): a problem of the file itself (shared/files/accord-file.ts),
 * a failure of the Node side, or the user cancelling.
 */
import type { AccordFileProblem } from '../../../shared/files/accord-file';
import type { BridgeError, FileErrorCode } from '../../../shared/ipc/contract';

export type FileFailureReason = AccordFileProblem | FileErrorCode | 'not-supported' | 'unavailable' | 'cancelled';

export const FILE_FAILURE_REASONS: readonly FileFailureReason[] = [
  'empty',
  'too-large',
  'not-a-zip',
  'truncated',
  'not-accord',
  'newer-version',
  'bad-manifest',
  'missing-part',
  'damaged-part',
  'wrong-workspace',
  'not-found',
  'not-allowed',
  'disk-full',
  'failed',
  'not-supported',
  'unavailable',
  'cancelled',
];

export class FileFailure extends Error {
  constructor(
    readonly reason: FileFailureReason,
    detail?: string,
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
    this.name = 'FileFailure';
  }
}

const FILE_ERROR_CODES: readonly FileErrorCode[] = ['not-found', 'too-large', 'not-allowed', 'disk-full', 'failed'];

/**
 * The reason behind a bridge error. The file service names its FileErrorCode in the
 * error (as `code`, or at the start of / inside the message); a system error code
 * (ENOSPC…) is recognised too.
 */
export function reasonOfBridgeError(error: BridgeError): FileFailureReason {
  const code: string = error.code;
  if ((FILE_ERROR_CODES as readonly string[]).includes(code)) return code as FileErrorCode;
  if (code === 'not-supported') return 'not-supported';
  const message = error.message ?? '';
  for (const candidate of FILE_ERROR_CODES) {
    if (new RegExp(`(^|[^a-z-])${candidate}([^a-z-]|$)`).test(message)) return candidate;
  }
  if (/ENOSPC|EDQUOT/.test(message)) return 'disk-full';
  if (/ENOENT/.test(message)) return 'not-found';
  if (/EACCES|EPERM|EROFS/.test(message)) return 'not-allowed';
  if (code === 'unknown-channel' || /not yet|not implemented/i.test(message)) return 'unavailable';
  return 'failed';
}

export function reasonOf(error: unknown): FileFailureReason {
  if (error instanceof FileFailure) return error.reason;
  if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return 'disk-full';
  return 'failed';
}

/** Throws 'cancelled' when the signal says so (checked between documents). */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new FileFailure('cancelled');
}
