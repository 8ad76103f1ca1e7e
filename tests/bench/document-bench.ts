/**
 * The versions benchmarks of `npm run bench` (wired in tests/bench/run.ts):
 * - compare200PagesMs: comparing two named versions of the 200-page agreement (the
 *   600,000-character fixture of run.ts) that differ in 50 places. The value is what a user
 *   feels: in the real app in Chromium, from the click on Compare until the summary of the
 *   comparison is shown (reading both versions from the doc's history, checking their
 *   fingerprints, the diff, and rendering it). The same work without the page (Node, the
 *   shared code only) is in the details.
 * - versionOverheadRatio: bytes stored in IndexedDB (through the app's own YDexiePersistence,
 *   on fake-indexeddb in Node) for a document edited in 20 sessions with a named version
 *   saved after each, over the bytes for the same edits without versions.
 */
import { randomBytes } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as Y from 'yjs';
import type { BrowserContext } from 'playwright-core';
import { generateGovernanceDocument } from '../../shared/model/governance-text';
import { newId } from '../../shared/model/ids';
import { seededRandom } from '../../shared/model/seeded-random';
import { countCharacters, type BlockList } from '../../shared/model/template';
import { diffVersions } from '../../shared/model/version-diff';
import { DOCUMENT_ROOT_NAME, newDocumentDoc } from '../../shared/sync/document-doc';
import { saveVersion, versionContent, type VersionRecord } from '../../shared/sync/document-versions';
import { writeBlocksToYDoc } from '../../renderer/editor/blocks/blocks-to-ydoc';
import { openAccordDb } from '../../renderer/storage/db';
import { YDexiePersistence } from '../../renderer/storage/y-dexie-persistence';
import { en } from '../../renderer/i18n/messages/en';
import type { StartedHost } from '../e2e/support/host';
import { buildWorkspaceRows, waitForAppDatabase, writeRows } from './seed-indexeddb';
import { median, summarize } from './stats';

export const DOCUMENT_BENCH_KEYS = ['compare200PagesMs', 'versionOverheadRatio'] as const;

const FIXTURE_SEED = 20_260_101;
const FIXTURE_CHARACTERS = 600_000;
const COMPARE_EDITS = 50;

interface Outcome {
  value: number | null;
  details: Record<string, unknown>;
}

const randomId = (prefix: string) => newId(prefix, (bytes) => {
  bytes.set(randomBytes(bytes.length));
  return bytes;
});

/** Paragraphs holding plain text only (one format embed, then characters): safe to edit as raw text. */
function plainParagraphs(doc: Y.Doc): Y.XmlText[] {
  const out: Y.XmlText[] = [];
  for (const op of doc.get(DOCUMENT_ROOT_NAME, Y.XmlText).toDelta() as Array<{ insert: unknown }>) {
    if (!(op.insert instanceof Y.XmlText) || op.insert.getAttribute('__type') !== 'paragraph') continue;
    const delta = op.insert.toDelta() as Array<{ insert: unknown }>;
    if (delta.length === 2 && delta[0]!.insert instanceof Y.Map && typeof delta[1]!.insert === 'string' && (delta[1]!.insert as string).length > 20) {
      out.push(op.insert);
    }
  }
  return out;
}

/** Replaces a few characters of `paragraph` with a word, as typing would (offset 0 is the format embed). */
function editParagraph(paragraph: Y.XmlText, random: () => number, word: string): void {
  const textLength = paragraph.length - 1;
  const at = 1 + Math.floor(random() * (textLength - 6));
  paragraph.doc!.transact(() => {
    paragraph.delete(at, 3);
    paragraph.insert(at, word);
  });
}

interface ComparedDoc {
  doc: Y.Doc;
  before: VersionRecord;
  after: VersionRecord;
  blocks: number;
  characters: number;
}

/** The fixture, a version, 50 edits spread through it, another version. */
async function twoVersionsOfTheAgreement(): Promise<ComparedDoc> {
  const blocks: BlockList = generateGovernanceDocument({ seed: FIXTURE_SEED, targetCharacters: FIXTURE_CHARACTERS });
  const doc = newDocumentDoc(randomId('doc'));
  writeBlocksToYDoc(doc, blocks);
  const before = await saveVersion(doc, { id: randomId('ver'), name: 'Before the 50 edits', author: 'Benchmark', createdAt: new Date().toISOString() });
  const paragraphs = plainParagraphs(doc);
  if (paragraphs.length < COMPARE_EDITS) throw new Error(`only ${paragraphs.length} plain paragraphs`);
  const random = seededRandom(7);
  for (let i = 0; i < COMPARE_EDITS; i++) {
    editParagraph(paragraphs[Math.floor((i * paragraphs.length) / COMPARE_EDITS)]!, random, ` amended${i} `);
  }
  const after = await saveVersion(doc, { id: randomId('ver'), name: 'After the 50 edits', author: 'Benchmark', createdAt: new Date().toISOString() });
  return { doc, before, after, blocks: blocks.length, characters: countCharacters(blocks) };
}

/** What the app does between the click and the rendering, in Node: both versions read and checked, then compared. */
async function comparePath(doc: Y.Doc, before: VersionRecord, after: VersionRecord) {
  let started = performance.now();
  const [a, b] = await Promise.all([versionContent(doc, before), versionContent(doc, after)]);
  const readMs = performance.now() - started;
  if (!a.ok || !b.ok || !a.hashMatches || !b.hashMatches) throw new Error('a version could not be read back intact');
  started = performance.now();
  const diff = diffVersions(a.blocks, b.blocks);
  const diffMs = performance.now() - started;
  return { readMs, diffMs, totalMs: readMs + diffMs, insertions: diff.insertions, deletions: diff.deletions };
}

export async function benchCompare(context: BrowserContext, host: StartedHost, quick: boolean): Promise<Outcome> {
  let started = performance.now();
  const fixture = await twoVersionsOfTheAgreement();
  const buildMs = performance.now() - started;

  // Node: the shared code path alone.
  const nodeRuns = quick ? 3 : 10;
  const node: Array<Awaited<ReturnType<typeof comparePath>>> = [];
  for (let i = 0; i < nodeRuns + 1; i++) node.push(await comparePath(fixture.doc, fixture.before, fixture.after));
  const nodeSamples = node.slice(1); // the first run warms the JIT
  if (node[0]!.insertions < COMPARE_EDITS) throw new Error(`the comparison found ${node[0]!.insertions} insertions for ${COMPARE_EDITS} edits`);

  // Chromium: the real app, the document (with its two versions) seeded into IndexedDB.
  const page = await context.newPage();
  try {
    await page.goto(host.url);
    await waitForAppDatabase(page);
    const workspaceId = randomId('ws');
    const documentId = fixture.doc.guid;
    const rows = buildWorkspaceRows({
      id: workspaceId,
      name: 'Versions Benchmark Alliance',
      purpose: 'Comparing two versions of a 200-page agreement.',
      form: 'strategic-alliance',
      documents: [{ id: documentId, title: 'Alliance agreement (200 pages, two versions)', kind: 'mou', blocks: [] }],
    });
    // The document's row becomes the fixture doc itself, versions and history included.
    const update = Y.encodeStateAsUpdate(fixture.doc);
    const row = rows.updates.find((candidate) => candidate.docId === documentId);
    const meta = rows.docMeta.find((candidate) => candidate.docId === documentId);
    if (!row || !meta) throw new Error('no seed row for the document');
    row.base64 = Buffer.from(update).toString('base64');
    meta.snapshotBytes = update.byteLength;
    await writeRows(page, rows);

    const runs = quick ? 3 : 10;
    const appMs: number[] = [];
    const url = new URL(host.url);
    url.hash = `#/w/${workspaceId}/d/${documentId}`;
    await page.goto(url.toString());
    await page.getByTestId('editor').and(page.locator('[data-ready="true"]')).waitFor({ timeout: 120_000 });
    await page.getByRole('button', { name: en.versions.tool, exact: true }).click();
    const panel = page.getByTestId('versions-panel');
    await panel.getByLabel(en.versions.compareFrom).selectOption({ label: fixture.before.name });
    await panel.getByLabel(en.versions.compareTo).selectOption({ label: fixture.after.name });
    const dialog = page.getByTestId('version-compare');
    // The same comparison opened again and again, as someone going back and forth would.
    for (let i = 0; i < runs + 1; i++) {
      const clickedAt = performance.now();
      await panel.getByRole('button', { name: en.versions.compare, exact: true }).click();
      await dialog.getByTestId('diff-summary').waitFor({ timeout: 60_000 });
      // …and the comparison's text laid out.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      if (i > 0) appMs.push(performance.now() - clickedAt); // the first opening warms caches
      if (i < runs) {
        await dialog.getByRole('button', { name: en.versions.back }).click();
        await dialog.waitFor({ state: 'detached' });
      }
    }
    const summary = await dialog.getByTestId('diff-summary').innerText();
    return {
      value: median(appMs),
      details: {
        measured: 'Chromium, real app: click on Compare → the summary shown and two frames later (median)',
        stats: summarize(appMs),
        summaryShown: summary,
        node: {
          measured: 'Node, shared code: both versions read from history + fingerprints checked + diff (median)',
          totalMs: Math.round(median(nodeSamples.map((sample) => sample.totalMs))),
          readBothMs: Math.round(median(nodeSamples.map((sample) => sample.readMs))),
          diffMs: Math.round(median(nodeSamples.map((sample) => sample.diffMs))),
          runs: nodeSamples.length,
          insertions: node[0]!.insertions,
          deletions: node[0]!.deletions,
        },
        fixture: { seed: FIXTURE_SEED, characters: fixture.characters, blocks: fixture.blocks, edits: COMPARE_EDITS, docBytes: update.byteLength, buildMs: Math.round(buildMs) },
      },
    };
  } catch (error) {
    // ACCORD_BENCH_DEBUG=file.png keeps a picture of the page when this benchmark fails.
    if (process.env.ACCORD_BENCH_DEBUG) await page.screenshot({ path: process.env.ACCORD_BENCH_DEBUG }).catch(() => undefined);
    throw error;
  } finally {
    await page.close().catch(() => undefined);
  }
}

// ── versionOverheadRatio ──────────────────────────────────────────────────────

const OVERHEAD_CHARACTERS = 30_000; // about ten pages: a larger text would make the versions' share look smaller still
const SESSIONS = 20;
const EDITS_PER_SESSION = 100;

/** Stored bytes after the same editing sessions, with or without a named version after each. */
async function storedBytesAfterSessions(withVersions: boolean): Promise<{ storedBytes: number; docBytes: number }> {
  const db = openAccordDb(`accord-bench-versions-${withVersions ? 'with' : 'without'}-${Date.now()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const doc = newDocumentDoc('doc_bench');
  doc.clientID = 424_242; // the same id in both runs: their encodings differ only by the versions
  const persistence = new YDexiePersistence(db, doc.guid, doc, { workspaceId: 'ws_bench', saveDelayMs: 0 });
  try {
    await persistence.load();
    writeBlocksToYDoc(doc, generateGovernanceDocument({ seed: 11, targetCharacters: OVERHEAD_CHARACTERS }));
    await persistence.flush();
    const paragraphs = plainParagraphs(doc);
    const random = seededRandom(3);
    for (let session = 0; session < SESSIONS; session++) {
      for (let edit = 0; edit < EDITS_PER_SESSION; edit++) {
        editParagraph(paragraphs[Math.floor(random() * paragraphs.length)]!, random, ` s${session}e${edit} `);
        if (edit % 10 === 9) await persistence.flush(); // saves as they happen while someone types
      }
      if (withVersions) {
        await saveVersion(doc, { id: `ver_${String(session).padStart(24, '0')}`, name: `Session ${session + 1}`, author: 'Benchmark', createdAt: new Date(Date.UTC(2026, 0, 1 + session)).toISOString() });
      }
      await persistence.flush();
    }
    return { storedBytes: await persistence.storedBytes(), docBytes: Y.encodeStateAsUpdate(doc).byteLength };
  } finally {
    await persistence.destroy().catch(() => undefined);
    db.close();
  }
}

export async function benchVersionOverhead(): Promise<Outcome> {
  const without = await storedBytesAfterSessions(false);
  const withVersions = await storedBytesAfterSessions(true);
  return {
    value: withVersions.storedBytes / without.storedBytes,
    details: {
      measured: 'Node, the app\'s YDexiePersistence on fake-indexeddb: stored update bytes for the document',
      document: { characters: OVERHEAD_CHARACTERS, sessions: SESSIONS, editsPerSession: EDITS_PER_SESSION, versions: SESSIONS },
      storedBytesWithout: without.storedBytes,
      storedBytesWith: withVersions.storedBytes,
      docBytesWithout: without.docBytes,
      docBytesWith: withVersions.docBytes,
      docRatio: withVersions.docBytes / without.docBytes,
    },
  };
}
