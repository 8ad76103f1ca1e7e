/** The `files:*` channels as functions that return the value or throw a FileFailure. */
import type { AccordBridge, ArgsOf, RequestChannel, ResultOf } from '../../../shared/ipc/contract';
import { base64ToBytes } from './base64';
import { FileFailure, reasonOfBridgeError } from './file-errors';

export async function call<C extends RequestChannel>(bridge: AccordBridge, channel: C, args: ArgsOf<C>): Promise<ResultOf<C>> {
  let result;
  try {
    result = await bridge.invoke(channel, args);
  } catch (error) {
    throw new FileFailure('failed', error instanceof Error ? error.message : String(error));
  }
  if (!result.ok) throw new FileFailure(reasonOfBridgeError(result.error), result.error.message);
  return result.value;
}

/** `base64`: the file's bytes as file-codec's encodeFile gives them. */
export function saveWorkspaceFile(bridge: AccordBridge, workspaceId: string, name: string, base64: string) {
  return call(bridge, 'files:save-workspace', { workspaceId, name, bytes: base64 });
}

export async function readFileBytes(bridge: AccordBridge, path: string): Promise<{ name: string; bytes: Uint8Array }> {
  const { name, bytes } = await call(bridge, 'files:read', { path });
  return { name, bytes: decode(bytes) };
}

export async function readBackupBytes(bridge: AccordBridge, workspaceId: string, backupId: string): Promise<Uint8Array> {
  const { bytes } = await call(bridge, 'files:read-backup', { workspaceId, backupId });
  return decode(bytes);
}

export function saveCopy(bridge: AccordBridge, suggestedName: string, base64: string) {
  return call(bridge, 'files:save-copy', { suggestedName, bytes: base64 });
}

function decode(text: string): Uint8Array {
  try {
    return base64ToBytes(text);
  } catch {
    throw new FileFailure('failed', 'the shell sent bytes that are not base64');
  }
}

/** The file name shown for a path (either separator). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}
