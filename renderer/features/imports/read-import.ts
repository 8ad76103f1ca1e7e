/**
 * Reads a chosen file into an ImportedDocument: checks its size, reads its bytes with
 * progress (Stop works between chunks), and has them converted — in a worker in the app,
 * in place where there is none (unit tests). Throws ImportError for every refusal;
 * nothing is created here.
 */
import { checkImportSize } from '../../../shared/import/detect-file';
import { ImportError } from '../../../shared/import/import-result';
import type { ReadImport } from './convert-import';

export type { ReadImport } from './convert-import';

export type ImportPhase = 'reading' | 'converting';

export interface ImportProgress {
  phase: ImportPhase;
  /** 0…1 while reading; absent while converting (the converters do not report steps). */
  fraction?: number;
}

export type Convert = (name: string, bytes: Uint8Array, signal?: AbortSignal) => Promise<ReadImport>;

export interface ReadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: ImportProgress) => void;
  /** Where the conversion runs; in place by default. */
  convert?: Convert;
}

/** A chosen file: a browser File, or anything with a name, a size and a stream (tests). */
export interface ImportFile {
  name: string;
  size: number;
  stream(): ReadableStream<Uint8Array>;
}

const convertHere: Convert = async (name, bytes) => (await import('./convert-import')).convertImport(name, bytes);

export async function readImportFile(file: ImportFile, { signal, onProgress, convert = convertHere }: ReadOptions = {}): Promise<ReadImport> {
  checkImportSize(file.size);
  const bytes = await readBytes(file, signal, onProgress);
  checkImportSize(bytes.length);
  onProgress?.({ phase: 'converting' });
  checkCancelled(signal);
  const imported = await convert(file.name, bytes, signal);
  checkCancelled(signal);
  return imported;
}

function checkCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw new ImportError('cancelled');
}

async function readBytes(file: ImportFile, signal?: AbortSignal, onProgress?: (progress: ImportProgress) => void): Promise<Uint8Array> {
  const reader = file.stream().getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress?.({ phase: 'reading', fraction: 0 });
  try {
    for (;;) {
      checkCancelled(signal);
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      // The size said at the start can lie (a file that grows): stop at the limit anyway.
      checkImportSize(received);
      onProgress?.({ phase: 'reading', fraction: file.size > 0 ? Math.min(1, received / file.size) : 1 });
    }
  } catch (error) {
    void reader.cancel().catch(() => undefined);
    throw error;
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}
