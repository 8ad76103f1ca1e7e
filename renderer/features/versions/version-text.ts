/** Reading a version (or the current text) for the viewer, compare and restore. */
import type * as Y from 'yjs';
import type { BlockList } from '../../../shared/model/template';
import { documentBlocks } from '../../../shared/sync/document-blocks';
import { versionContent, type VersionRecord } from '../../../shared/sync/document-versions';

export type TextSource = VersionRecord | 'current';

export type ReadText =
  | { ok: true; blocks: BlockList; hashMatches: boolean }
  | { ok: false; reason: 'missing' | 'undecodable'; name: string };

export async function readText(doc: Y.Doc, source: TextSource): Promise<ReadText> {
  if (source === 'current') return { ok: true, blocks: documentBlocks(doc), hashMatches: true };
  const content = await versionContent(doc, source);
  return content.ok ? { ok: true, blocks: content.blocks, hashMatches: content.hashMatches } : { ok: false, reason: content.reason, name: source.name };
}
