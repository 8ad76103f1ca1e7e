/**
 * Writes the files of a workspace archive: each document part becomes DOCX, HTML and Markdown,
 * other parts are taken as they are, and `finish` zips them all. The page collects the parts
 * (it holds the Y.Docs); this writer does the heavy part, in a worker (archive-worker.ts) so
 * the progress dialog stays responsive and Cancel acts at once.
 */
import { zipSync, type Zippable } from 'fflate';
import { blocksToDocx } from '../../../shared/export/blocks-to-docx';
import { blocksToHtml } from '../../../shared/export/blocks-to-html';
import type { ExportDocument } from '../../../shared/export/export-document';
import { exportToMarkdown } from '../../../shared/export/blocks-to-markdown';

export type ArchivePart =
  /** `base` is the files' path without an extension: `documents/01-Terms-of-Reference`. */
  | { kind: 'document'; base: string; document: ExportDocument }
  /** Files ready as they are, by path. */
  | { kind: 'files'; files: Record<string, Uint8Array> };

const encoder = new TextEncoder();

export class ArchiveWriter {
  private readonly files: Zippable = {};

  async add(part: ArchivePart): Promise<void> {
    if (part.kind === 'files') {
      Object.assign(this.files, part.files);
      return;
    }
    const { base, document } = part;
    // DOCX is a zip already: stored, not compressed again.
    this.files[`${base}.docx`] = [await blocksToDocx(document), { level: 0 }];
    this.files[`${base}.html`] = encoder.encode(blocksToHtml(document));
    this.files[`${base}.md`] = encoder.encode(exportToMarkdown(document));
  }

  finish(last: Record<string, Uint8Array>): Uint8Array {
    Object.assign(this.files, last);
    return zipSync(this.files, { level: 6, mtime: new Date() });
  }
}
