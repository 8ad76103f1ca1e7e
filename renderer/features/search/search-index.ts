/**
 * The workspace's search index: one `docText` row per document (renderer/storage/db.ts),
 * derived from its Y.Doc. Searching reads only those rows; a document without a row, or
 * whose stored changes are newer than its row, is read through the registry first.
 * The rows of the workspace last searched are also kept in memory: reading 1,000 pages of
 * text from IndexedDB again is most of what a repeated search would cost. A kept row is
 * used only while it is as new as the doc's last stored change (docMeta, read each time).
 */
import type * as Y from 'yjs';
import { blockText, documentBlocks } from '../../../shared/sync/document-blocks';
import { newDocumentDoc } from '../../../shared/sync/document-doc';
import {
  BLOCK_SEPARATOR,
  blockAt,
  findInText,
  foldQuery,
  foldText,
  joinBlocks,
  snippetAround,
  type SnippetPart,
} from '../../../shared/model/search-text';
import type { AccordDb, DocTextRow } from '../../storage/db';
import type { DocRegistry } from '../../collab/doc-registry';

export function docTextRow(docId: string, workspaceId: string, doc: Y.Doc, now = Date.now()): DocTextRow {
  const blocks = documentBlocks(doc).map((block) => blockText(block).replaceAll(BLOCK_SEPARATOR, ' '));
  const original = joinBlocks(blocks);
  const folded = joinBlocks(blocks.map(foldText));
  return { docId, workspaceId, text: original.text, starts: original.starts, folded: folded.text, foldedStarts: folded.starts, indexedAt: now };
}

/** The rows of one workspace (the last searched), by document id. */
let kept: { db: AccordDb; workspaceId: string; rows: Map<string, DocTextRow> } | null = null;

function keep(db: AccordDb, row: DocTextRow): void {
  if (kept?.db === db && kept.workspaceId === row.workspaceId) kept.rows.set(row.docId, row);
}

export async function writeDocText(db: AccordDb, docId: string, workspaceId: string, doc: Y.Doc): Promise<DocTextRow> {
  const row = docTextRow(docId, workspaceId, doc);
  await db.docText.put(row);
  keep(db, row);
  return row;
}

/** Opens the document briefly (or uses it if it is open) and stores its row. */
async function indexThroughRegistry(db: AccordDb, docs: DocRegistry, workspaceId: string, docId: string): Promise<DocTextRow> {
  const lease = docs.acquire(docId, { workspaceId, create: () => newDocumentDoc(docId) });
  try {
    const { doc } = await lease.ready;
    return await writeDocText(db, docId, workspaceId, doc);
  } finally {
    void lease.release();
  }
}

/** The rows of `docIds`, building those missing or older than the doc's last stored change. */
export async function loadIndex(
  { db, docs }: { db: AccordDb; docs: DocRegistry },
  workspaceId: string,
  docIds: readonly string[],
): Promise<{ rows: DocTextRow[]; built: number }> {
  if (kept?.db !== db || kept.workspaceId !== workspaceId) kept = { db, workspaceId, rows: new Map() };
  const memory = kept.rows;
  const metas = await db.docMeta.bulkGet([...docIds]);
  const fresh = (row: DocTextRow | undefined, index: number): row is DocTextRow => {
    const meta = metas[index];
    return !!row && (!meta || meta.updatedAt <= row.indexedAt);
  };
  const toRead = docIds.filter((docId, index) => !fresh(memory.get(docId), index));
  if (toRead.length > 0) {
    for (const row of await db.docText.bulkGet(toRead)) if (row) memory.set(row.docId, row);
  }
  const rows: DocTextRow[] = [];
  let built = 0;
  for (const [index, docId] of docIds.entries()) {
    const row = memory.get(docId);
    if (fresh(row, index)) {
      rows.push(row);
    } else {
      rows.push(await indexThroughRegistry(db, docs, workspaceId, docId));
      built++;
    }
  }
  return { rows, built };
}

export interface SearchHit {
  /** The block (top-level paragraph, heading, list, table) of the document, in order. */
  block: number;
  parts: SnippetPart[];
}

export interface DocumentResult {
  docId: string;
  title: string;
  /** The title with the match marked, when the title matches. */
  titleParts: SnippetPart[] | null;
  /** The first matches in the text, with a snippet each. */
  hits: SearchHit[];
  /** How many times the text matches in all. */
  count: number;
}

const SNIPPETS_PER_DOCUMENT = 5;

/** Searches titles and indexed text; documents whose title matches come first, then by number of matches. */
export function searchRows(entries: ReadonlyArray<{ id: string; title: string }>, rows: readonly DocTextRow[], query: string): DocumentResult[] {
  const folded = foldQuery(query);
  if (!folded) return [];
  const byId = new Map(rows.map((row) => [row.docId, row]));
  const results: DocumentResult[] = [];
  for (const entry of entries) {
    const titleMatch = findInText(entry.title, folded, 1)[0];
    const row = byId.get(entry.id);
    const hits: SearchHit[] = [];
    let count = 0;
    if (row) {
      for (let at = row.folded.indexOf(folded); at >= 0; at = row.folded.indexOf(folded, at + folded.length)) {
        count++;
        if (hits.length >= SNIPPETS_PER_DOCUMENT) continue;
        const block = blockAt(row.foldedStarts, at);
        const text = blockOf(row, block);
        // The n-th match within this block, mapped back onto the original text.
        const nth = countIn(row.folded, folded, row.foldedStarts[block]!, at);
        const match = findInText(text, folded, nth + 1)[nth];
        if (match) hits.push({ block, parts: snippetAround(text, match) });
      }
    }
    if (!titleMatch && count === 0) continue;
    results.push({ docId: entry.id, title: entry.title, titleParts: titleMatch ? snippetAround(entry.title, titleMatch, 200) : null, hits, count });
  }
  return results.sort((a, b) => Number(!!b.titleParts) - Number(!!a.titleParts) || b.count - a.count);
}

function blockOf(row: DocTextRow, block: number): string {
  const start = row.starts[block] ?? 0;
  const next = row.starts[block + 1];
  return row.text.slice(start, next === undefined ? row.text.length : next - BLOCK_SEPARATOR.length);
}

function countIn(text: string, query: string, from: number, before: number): number {
  let count = 0;
  for (let at = text.indexOf(query, from); at >= 0 && at < before; at = text.indexOf(query, at + query.length)) count++;
  return count;
}
