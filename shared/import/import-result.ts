/**
 * What an import gives back, and how it refuses a file. Shared by the Markdown and
 * DOCX readers; the dialog translates the feature keys and error codes.
 */
import type { BlockList } from '../model/template';

/**
 * What a file held that a document cannot (or can only partly) keep. Each key is a
 * message key of the imports catalogue (`imports.dropped.<feature>`).
 */
export const DROPPED_FEATURES = [
  'heading-level',
  'nested-list',
  'code',
  'image',
  'html',
  'strikethrough',
  'horizontal-rule',
  'link',
  'footnote',
  'endnote',
  'comment',
  'text-box',
  'field',
  'tracked-change',
  'equation',
  'table-formatting',
  'task-list',
  'style',
  'other',
] as const;

export type DroppedFeatureKey = (typeof DROPPED_FEATURES)[number];

export interface DroppedFeature {
  feature: DroppedFeatureKey;
  count: number;
}

export interface ImportedDocument {
  /** The text of the first level-1 heading, if any (the heading stays in the blocks). */
  title?: string;
  blocks: BlockList;
  dropped: DroppedFeature[];
}

export type ImportErrorCode =
  /** The file holds no bytes. */
  | 'empty'
  /** Larger than MAX_IMPORT_BYTES. */
  | 'too-large'
  /** Neither DOCX nor Markdown by its name, and its bytes are not text either. */
  | 'unsupported-type'
  /** Named .docx but not a Word document (a renamed PDF, random bytes, another zip). */
  | 'not-docx'
  /** A Word document that could not be read (truncated or damaged). */
  | 'corrupt-docx'
  /** Named .md but not text (binary bytes, not UTF-8). */
  | 'not-markdown'
  /** Read, but it holds no text to make a document of. */
  | 'no-content'
  /** The person cancelled. */
  | 'cancelled';

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  constructor(code: ImportErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'ImportError';
    this.code = code;
  }
}

export function isImportError(value: unknown): value is ImportError {
  return value instanceof ImportError;
}

/** 20 MB: larger files are refused before they are read. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Counts features as a converter meets them; `list()` gives them in a stable order. */
export class DroppedCounter {
  private readonly counts = new Map<DroppedFeatureKey, number>();
  add(feature: DroppedFeatureKey, count = 1): void {
    if (count > 0) this.counts.set(feature, (this.counts.get(feature) ?? 0) + count);
  }
  list(): DroppedFeature[] {
    return DROPPED_FEATURES.filter((feature) => this.counts.has(feature)).map((feature) => ({ feature, count: this.counts.get(feature)! }));
  }
}

/** Merges lists of dropped features (e.g. the converter's and the reader's own), summing counts. */
export function mergeDropped(...lists: DroppedFeature[][]): DroppedFeature[] {
  const counter = new DroppedCounter();
  for (const list of lists) for (const { feature, count } of list) counter.add(feature, count);
  return counter.list();
}
