/**
 * The `.accord` workspace file: a zip container holding a manifest and the Yjs
 * state of each of the workspace's Y.Docs. Documented in docs/accord-file-format.md.
 *
 * Pure: runs in Node and in the renderer (fflate is pure JavaScript, hashing is
 * WebCrypto's). Decoding never throws and never writes to its input; every way a
 * file can be wrong is answered with a problem code the UI can translate.
 */
import { inflateSync, zipSync, type Zippable } from 'fflate';
import * as Y from 'yjs';
import { MAX_WORKSPACE_FILE_BYTES } from '../ipc/contract';
import { peopleDocId } from '../sync/people-doc';
import { isRecord } from '../model/records';

export const ACCORD_FILE_VERSION = 1;
export const ACCORD_FORMAT = 'accord-workspace';
export const ACCORD_MIME_TYPE = 'application/x-accord-workspace';
export const ACCORD_FILE_EXTENSION = '.accord';
export const MANIFEST_PATH = 'manifest.json';
export const MIMETYPE_PATH = 'mimetype';

/** Inflated bytes a reader accepts in total, as a multiple of the file limit (the zip-bomb guard). */
export const MAX_INFLATE_RATIO = 8;
/** Largest manifest a reader parses (bytes). */
export const MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
/** Most entries a reader looks at in one zip. */
export const MAX_ZIP_ENTRIES = 20_000;

export type AccordPartKind = 'workspace' | 'people' | 'document';

export interface AccordFilePart {
  docId: string;
  kind: AccordPartKind;
  /** `Y.encodeStateAsUpdate(doc)` of that Y.Doc. */
  update: Uint8Array;
}

export interface AccordFileContent {
  workspaceId: string;
  name: string;
  /** ISO 8601. */
  savedAt: string;
  appVersion: string;
  parts: AccordFilePart[];
}

/** One part as the manifest lists it. */
export interface AccordManifestPart {
  path: string;
  docId: string;
  kind: AccordPartKind;
  /** Bytes of the (uncompressed) part. */
  size: number;
  /** Lower-case hex SHA-256 of the (uncompressed) part. */
  sha256: string;
}

export interface AccordManifest {
  format: typeof ACCORD_FORMAT;
  version: number;
  workspaceId: string;
  name: string;
  savedAt: string;
  app: { name: string; version: string };
  parts: AccordManifestPart[];
}

export type AccordFileProblem =
  | 'empty'
  | 'too-large'
  | 'not-a-zip'
  | 'truncated'
  | 'not-accord'
  | 'newer-version'
  | 'bad-manifest'
  | 'missing-part'
  | 'damaged-part'
  | 'wrong-workspace';

export type DecodeResult = { ok: true; content: AccordFileContent } | { ok: false; problem: AccordFileProblem; detail?: string };

export interface DecodeOptions {
  /** Largest file accepted (bytes); MAX_WORKSPACE_FILE_BYTES by default. */
  maxBytes?: number;
}

const WORKSPACE_ID = /^[A-Za-z0-9_-]{1,80}$/;
const DOC_ID = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,119}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const KINDS: readonly AccordPartKind[] = ['workspace', 'people', 'document'];

/** A part's kind follows from its id: the workspace doc carries the workspace id, the people doc `<id>.people`. */
export function kindOf(docId: string, workspaceId: string): AccordPartKind {
  if (docId === workspaceId) return 'workspace';
  if (docId === peopleDocId(workspaceId)) return 'people';
  return 'document';
}
const MAX_NAME_CHARS = 1000;

/** Where a part lives inside the zip. */
export function partPath(docId: string): string {
  return `docs/${docId}.yjs`;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * Builds a `.accord` file. Throws on content the app should never produce (bad ids,
 * no workspace part, duplicate parts): that is a bug, not a user's problem.
 */
export async function encodeAccordFile(content: AccordFileContent): Promise<Uint8Array> {
  if (!WORKSPACE_ID.test(content.workspaceId)) throw new Error(`accord file: bad workspace id ${JSON.stringify(content.workspaceId)}`);
  const seen = new Set<string>();
  for (const part of content.parts) {
    if (!DOC_ID.test(part.docId)) throw new Error(`accord file: bad doc id ${JSON.stringify(part.docId)}`);
    if (part.kind !== kindOf(part.docId, content.workspaceId)) throw new Error(`accord file: part ${part.docId} is not of kind ${part.kind}`);
    if (seen.has(part.docId)) throw new Error(`accord file: duplicate part ${part.docId}`);
    seen.add(part.docId);
  }
  if (!seen.has(content.workspaceId)) throw new Error('accord file: the workspace part is required');

  const manifestParts: AccordManifestPart[] = [];
  for (const part of content.parts) {
    manifestParts.push({ path: partPath(part.docId), docId: part.docId, kind: part.kind, size: part.update.byteLength, sha256: await sha256Hex(part.update) });
  }
  const manifest: AccordManifest = {
    format: ACCORD_FORMAT,
    version: ACCORD_FILE_VERSION,
    workspaceId: content.workspaceId,
    name: content.name,
    savedAt: content.savedAt,
    app: { name: 'Accord', version: content.appVersion },
    parts: manifestParts,
  };
  const encoder = new TextEncoder();
  const saved = Date.parse(content.savedAt);
  const mtime = Number.isFinite(saved) && saved >= Date.UTC(1980, 0, 2) ? new Date(saved) : new Date(Date.UTC(1980, 0, 2));
  // `mimetype` first and stored, as in ODF/EPUB, so the type shows at a fixed offset.
  const files: Zippable = {
    [MIMETYPE_PATH]: [encoder.encode(ACCORD_MIME_TYPE), { level: 0 }],
    [MANIFEST_PATH]: encoder.encode(JSON.stringify(manifest, null, 2)),
  };
  for (const part of content.parts) files[partPath(part.docId)] = part.update;
  // Level 1: a third of level 6's time on Yjs updates, for files a few percent larger (autosave runs often).
  return zipSync(files, { level: 1, mtime });
}

/** Thrown inside decoding to leave with a problem code; never escapes `decodeAccordFile`. */
class Refusal {
  constructor(
    readonly problem: AccordFileProblem,
    readonly detail?: string,
  ) {}
}

function refuse(problem: AccordFileProblem, detail?: string): never {
  throw new Refusal(problem, detail);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((value, index) => bytes[index] === value);
}

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const END_RECORD_BYTES = 22;

/** One entry of the zip's central directory. */
interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function u16(bytes: Uint8Array, at: number): number {
  return at + 2 <= bytes.length ? bytes[at]! | (bytes[at + 1]! << 8) : -1;
}

function u32(bytes: Uint8Array, at: number): number {
  return at + 4 <= bytes.length ? (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0 : -1;
}

/**
 * Reads the central directory (the zip's table of contents, at its end) without
 * extracting anything. Our own small reader rather than fflate's `unzipSync`, so that
 * every offset is bounds-checked, sizes are known before anything is inflated,
 * duplicates are seen and CRCs can be checked.
 */
function readCentralDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const looksLikeZip = startsWith(bytes, LOCAL_HEADER);
  const broken = (detail: string): never => refuse(looksLikeZip ? 'truncated' : 'not-a-zip', detail);
  let end = -1;
  const lowest = Math.max(0, bytes.length - END_RECORD_BYTES - 0xffff);
  for (let at = bytes.length - END_RECORD_BYTES; at >= lowest; at -= 1) {
    if (u32(bytes, at) === SIG_END && at + END_RECORD_BYTES + u16(bytes, at + 20) <= bytes.length) {
      end = at;
      break;
    }
  }
  if (end < 0) return broken('no end of central directory');
  const count = u16(bytes, end + 10);
  const directorySize = u32(bytes, end + 12);
  const directoryOffset = u32(bytes, end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) refuse('not-accord', 'zip64 archives are not written by Accord');
  if (count > MAX_ZIP_ENTRIES) refuse('too-large', `${count} entries`);
  if (directoryOffset + directorySize > end) return broken('central directory out of range');

  const entries = new Map<string, ZipEntry>();
  const duplicates: string[] = [];
  const names = new TextDecoder('utf-8');
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (u32(bytes, at) !== SIG_CENTRAL) return broken(`central directory entry ${index}`);
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > end) return broken(`central directory entry ${index} out of range`);
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    if (entries.has(entry.name)) duplicates.push(entry.name);
    entries.set(entry.name, entry);
    at = next;
  }
  if (duplicates.length > 0) {
    refuse(duplicates.includes(MANIFEST_PATH) ? 'bad-manifest' : 'damaged-part', `duplicate entries: ${duplicates.slice(0, 3).join(', ')}`);
  }
  return entries;
}

/** Extracts one entry (a copy); null when its data is damaged. Sizes are checked by the caller first. */
function extract(bytes: Uint8Array, entry: ZipEntry, checkCrc: boolean): Uint8Array | null {
  if (u32(bytes, entry.localOffset) !== SIG_LOCAL) return null;
  if (entry.flags & 1) return null; // encrypted
  const start = entry.localOffset + 30 + u16(bytes, entry.localOffset + 26) + u16(bytes, entry.localOffset + 28);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) return null;
  let data: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return null;
    data = bytes.slice(start, stop);
  } else if (entry.method === 8) {
    try {
      // A fixed output buffer: fflate never grows it, so the declared size bounds memory.
      data = inflateSync(bytes.subarray(start, stop), { out: new Uint8Array(entry.size) });
    } catch {
      return null;
    }
    if (data.length !== entry.size) return null;
  } else {
    return null;
  }
  if (checkCrc && crc32(data) !== entry.crc) return null;
  return data;
}

let crcTable: Uint32Array | undefined;

export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i += 1) crc = crcTable[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function readManifest(bytes: Uint8Array, entries: Map<string, ZipEntry>): AccordManifest {
  const mimetype = entries.get(MIMETYPE_PATH);
  if (mimetype) {
    const raw = mimetype.size <= 200 ? extract(bytes, mimetype, true) : null;
    if (!raw || new TextDecoder('utf-8').decode(raw) !== ACCORD_MIME_TYPE) refuse('not-accord', 'mimetype');
  }
  const entry = entries.get(MANIFEST_PATH);
  if (!entry) refuse('not-accord', 'no manifest.json');
  if (entry.size > MAX_MANIFEST_BYTES || entry.compressedSize > MAX_MANIFEST_BYTES) refuse('bad-manifest', 'manifest too large');
  const raw = extract(bytes, entry, true);
  if (!raw) refuse('bad-manifest', 'manifest cannot be read');
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch (error) {
    refuse('bad-manifest', `manifest is not JSON: ${describe(error)}`);
  }
  if (!isRecord(value)) refuse('bad-manifest', 'manifest is not an object');
  if (value.format !== ACCORD_FORMAT) refuse('not-accord', `format ${JSON.stringify(value.format)}`);
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) refuse('bad-manifest', `version ${JSON.stringify(version)}`);
  if (version > ACCORD_FILE_VERSION) refuse('newer-version', `version ${version}`);

  const { workspaceId, name, savedAt, app, parts } = value;
  if (typeof workspaceId !== 'string' || !WORKSPACE_ID.test(workspaceId)) refuse('bad-manifest', 'workspaceId');
  if (typeof name !== 'string' || name.length > MAX_NAME_CHARS) refuse('bad-manifest', 'name');
  if (typeof savedAt !== 'string' || !Number.isFinite(Date.parse(savedAt))) refuse('bad-manifest', 'savedAt');
  if (!isRecord(app) || typeof app.name !== 'string' || typeof app.version !== 'string' || app.version.length > 100) refuse('bad-manifest', 'app');
  if (!Array.isArray(parts) || parts.length > MAX_ZIP_ENTRIES) refuse('bad-manifest', 'parts');

  const seen = new Set<string>();
  const checked: AccordManifestPart[] = [];
  for (const [index, part] of parts.entries()) {
    if (!isRecord(part)) refuse('bad-manifest', `part ${index}`);
    const { path, docId, kind, size, sha256 } = part;
    if (typeof docId !== 'string' || !DOC_ID.test(docId)) refuse('bad-manifest', `part ${index}: docId`);
    if (path !== partPath(docId)) refuse('bad-manifest', `part ${index}: path`);
    if (typeof kind !== 'string' || !KINDS.includes(kind as AccordPartKind)) refuse('bad-manifest', `part ${index}: kind`);
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) refuse('bad-manifest', `part ${index}: size`);
    if (typeof sha256 !== 'string' || !SHA256_HEX.test(sha256)) refuse('bad-manifest', `part ${index}: sha256`);
    if (seen.has(docId)) refuse('bad-manifest', `duplicate part ${docId}`);
    seen.add(docId);
    if (kind !== kindOf(docId, workspaceId)) refuse('bad-manifest', `part ${index}: kind ${kind} does not match its id`);
    checked.push({ path, docId, kind: kind as AccordPartKind, size, sha256 });
  }
  if (!seen.has(workspaceId)) refuse('missing-part', 'no workspace part');
  return {
    format: ACCORD_FORMAT,
    version,
    workspaceId,
    name,
    savedAt,
    app: { name: app.name, version: app.version },
    parts: checked,
  };
}

/**
 * Whether a part parses as a Yjs update: every struct and the delete set are decoded, without
 * integrating them into a document (that is what the app does next, with the merge). Parsing
 * is what fails on damaged bytes, and it is cheaper than applying to a throwaway doc.
 */
function isValidUpdate(update: Uint8Array): boolean {
  try {
    Y.decodeUpdate(update);
    return true;
  } catch {
    return false;
  }
}

async function decode(bytes: Uint8Array, maxBytes: number): Promise<AccordFileContent> {
  if (bytes.byteLength === 0) refuse('empty');
  if (bytes.byteLength > maxBytes) refuse('too-large', `${bytes.byteLength} bytes`);

  const entries = readCentralDirectory(bytes);
  const manifest = readManifest(bytes, entries);

  // Zip-bomb guard: refuse before inflating anything big.
  const maxInflated = maxBytes * MAX_INFLATE_RATIO;
  let declared = 0;
  const located: Array<{ part: AccordManifestPart; entry: ZipEntry }> = [];
  for (const part of manifest.parts) {
    const entry = entries.get(part.path);
    if (!entry) refuse('missing-part', part.path);
    declared += entry.size;
    if (declared > maxInflated) refuse('too-large', 'inflated parts exceed the limit');
    if (entry.size !== part.size) refuse('damaged-part', `${part.path}: size`);
    located.push({ part, entry });
  }

  const parts: AccordFilePart[] = [];
  for (const { part, entry } of located) {
    // The SHA-256 below is stronger than the zip's CRC, so the CRC is not computed twice.
    const update = extract(bytes, entry, false);
    if (!update) refuse('damaged-part', `${part.path}: cannot be read`);
    if (update.byteLength !== part.size) refuse('damaged-part', `${part.path}: size`);
    if ((await sha256Hex(update)) !== part.sha256) refuse('damaged-part', `${part.path}: checksum`);
    // The workspace and people parts are parsed whole here: without them nothing opens. A
    // document part is vouched for by its checksum; parsing 50 documents' updates would be
    // most of opening a big file, and a document whose update still fails to load (only a
    // deliberately crafted file can get past the checksum) is set aside by the storage layer
    // when it is opened, with a message, as any damaged stored update is.
    if (part.kind !== 'document' && !isValidUpdate(update)) refuse('damaged-part', `${part.path}: not a Yjs update`);
    parts.push({ docId: part.docId, kind: part.kind, update });
  }
  return { workspaceId: manifest.workspaceId, name: manifest.name, savedAt: manifest.savedAt, appVersion: manifest.app.version, parts };
}

/**
 * Reads a `.accord` file. Never throws, never writes to `bytes`; the parts returned
 * are copies. Checks sizes before inflating, each part's checksum, and that each
 * part is a Yjs update.
 */
export async function decodeAccordFile(bytes: Uint8Array, options?: DecodeOptions): Promise<DecodeResult> {
  try {
    const maxBytes = options?.maxBytes ?? MAX_WORKSPACE_FILE_BYTES;
    return { ok: true, content: await decode(bytes, maxBytes) };
  } catch (error) {
    if (error instanceof Refusal) return error.detail === undefined ? { ok: false, problem: error.problem } : { ok: false, problem: error.problem, detail: error.detail };
    return { ok: false, problem: 'damaged-part', detail: describe(error) };
  }
}

export type ManifestResult = { ok: true; manifest: AccordManifest } | { ok: false; problem: AccordFileProblem; detail?: string };

/**
 * Reads only the container and the manifest (no part is inflated or hashed): a cheap
 * look at whose file this is. Never throws. `decodeAccordFile` is what vouches for the parts.
 */
export function readAccordManifest(bytes: Uint8Array, options?: DecodeOptions): ManifestResult {
  try {
    if (bytes.byteLength === 0) refuse('empty');
    if (bytes.byteLength > (options?.maxBytes ?? MAX_WORKSPACE_FILE_BYTES)) refuse('too-large', `${bytes.byteLength} bytes`);
    return { ok: true, manifest: readManifest(bytes, readCentralDirectory(bytes)) };
  } catch (error) {
    if (error instanceof Refusal) return error.detail === undefined ? { ok: false, problem: error.problem } : { ok: false, problem: error.problem, detail: error.detail };
    return { ok: false, problem: 'bad-manifest', detail: describe(error) };
  }
}

/** For merging: refuses a file that belongs to another workspace. */
export function checkSameWorkspace(content: AccordFileContent, workspaceId: string): DecodeResult {
  if (content.workspaceId === workspaceId) return { ok: true, content };
  return { ok: false, problem: 'wrong-workspace', detail: `file of ${content.workspaceId}, expected ${workspaceId}` };
}

/** The part holding the workspace Y.Doc (decoding guarantees there is one). */
export function workspacePart(content: AccordFileContent): AccordFilePart | undefined {
  return content.parts.find((part) => part.kind === 'workspace');
}
