/**
 * The export benchmarks of `npm run bench` (wired in tests/bench/run.ts), on the 200-page
 * agreement (the 600,000-character fixture of run.ts, same seed), held in a real document Y.Doc:
 * - exportDocx200PagesMs: from the Y.Doc to the bytes of the DOCX file — the blocks read from
 *   Yjs, the comment threads mapped, the `docx` writer and its zip (what "Export…" → DOCX runs
 *   in the renderer, here in Node on the same shared code).
 * - exportPdf200PagesMs: end to end through the browser shell's printer — the blocks read, the
 *   HTML export written, the bridge handler `export:html-to-pdf` (through dispatch(), so the
 *   base64 answer is included) running headless Chromium (the real /usr/bin/chromium) to an
 *   A4 PDF. The renderer's part of the WebSocket transfer is not included.
 * Value: the median over the samples.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAppHandlers } from '../../electron/services/app-handlers';
import { createChromiumPrinter } from '../../electron/services/pdf-printer';
import type { RelayHost } from '../../electron/services/relay-host';
import type { SettingsStore } from '../../electron/services/settings-store';
import { blocksToDocx } from '../../shared/export/blocks-to-docx';
import { blocksToHtml } from '../../shared/export/blocks-to-html';
import { exportComments } from '../../shared/export/comment-ranges';
import type { ExportDocument } from '../../shared/export/export-document';
import { dispatch } from '../../shared/ipc/dispatch';
import { generateGovernanceDocument } from '../../shared/model/governance-text';
import { countCharacters } from '../../shared/model/template';
import { DESKTOP_APP_ORIGIN } from '../../shared/security/trusted-urls';
import { documentBlocks } from '../../shared/sync/document-blocks';
import { newDocumentDoc } from '../../shared/sync/document-doc';
import { writeBlocksToYDoc } from '../../renderer/editor/blocks/blocks-to-ydoc';
import { median, summarize } from './stats';

export const EXPORT_BENCH_KEYS = ['exportDocx200PagesMs', 'exportPdf200PagesMs'] as const;

const FIXTURE_SEED = 20_260_101;
const FIXTURE_CHARACTERS = 600_000;

interface Outcome {
  value: number | null;
  details: Record<string, unknown>;
}

let fixture: ReturnType<typeof buildFixture> | undefined;

function buildFixture() {
  const blocks = generateGovernanceDocument({ seed: FIXTURE_SEED, targetCharacters: FIXTURE_CHARACTERS });
  const doc = newDocumentDoc('bench-export');
  writeBlocksToYDoc(doc, blocks);
  return { doc, characters: countCharacters(blocks), blocks: blocks.length };
}

function exportDocument(doc: ReturnType<typeof buildFixture>['doc']): ExportDocument {
  return {
    locale: 'en',
    title: 'Alliance agreement (200 pages)',
    subtitle: 'Benchmark Alliance · Memorandum of Understanding',
    blocks: documentBlocks(doc),
    comments: exportComments(doc),
    footer: 'Exported from Accord',
    labels: { comments: 'Comments', deletedPassage: 'Comment on a passage since deleted:', page: 'Page {page} of {pages}' },
  };
}

export async function benchExportDocx(quick: boolean): Promise<Outcome> {
  const { doc, characters, blocks } = (fixture ??= buildFixture());
  const samples: number[] = [];
  let bytes = 0;
  for (let run = 0; run < (quick ? 2 : 5); run++) {
    const started = performance.now();
    const docx = await blocksToDocx(exportDocument(doc));
    samples.push(performance.now() - started);
    bytes = docx.byteLength;
  }
  return {
    value: Math.round(median(samples)),
    details: {
      what: 'Y.Doc of the 200-page fixture → documentBlocks + comments → docx writer → DOCX bytes, in Node (the same shared code as the renderer)',
      characters,
      blocks,
      docxBytes: bytes,
      stats: summarize(samples),
    },
  };
}

export async function benchExportPdf(quick: boolean): Promise<Outcome> {
  const { doc, characters } = (fixture ??= buildFixture());
  const printer = createChromiumPrinter();
  const handlers = createAppHandlers({
    shell: 'browser',
    version: 'bench',
    platform: process.platform,
    settings: {} as SettingsStore,
    openExternal: async () => false,
    relayHost: {} as RelayHost,
    printToPdf: printer,
  });
  const samples: number[] = [];
  const htmlSamples: number[] = [];
  let pdf: Buffer | undefined;
  let htmlChars = 0;
  for (let run = 0; run < (quick ? 1 : 3); run++) {
    const started = performance.now();
    const html = blocksToHtml(exportDocument(doc));
    htmlSamples.push(performance.now() - started);
    htmlChars = html.length;
    const result = await dispatch({ handlers, appOrigins: [DESKTOP_APP_ORIGIN] }, { url: `${DESKTOP_APP_ORIGIN}/index.html` }, 'export:html-to-pdf', { html });
    if (!result.ok) throw new Error(`export:html-to-pdf failed: ${result.error.code} ${result.error.message}`);
    pdf = Buffer.from((result.value as { bytes: string }).bytes, 'base64');
    samples.push(performance.now() - started);
  }
  printer.close();
  let pages: number | null = null;
  if (pdf) {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'accord-bench-pdf-'));
    try {
      const file = path.join(folder, 'out.pdf');
      await writeFile(file, pdf);
      pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? NaN);
    } catch {
      pages = null; // pdfinfo (poppler-utils) missing: the figure stands without the page count
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }
  return {
    value: Math.round(median(samples)),
    details: {
      what: 'Y.Doc of the 200-page fixture → HTML export → export:html-to-pdf (dispatch, the browser shell\'s printer: one headless Chromium kept between prints, Page.printToPDF over the DevTools pipe, base64) → PDF bytes; the first sample includes starting Chromium',
      firstMs: samples.length > 0 ? Math.round(samples[0]!) : null,
      characters,
      htmlChars,
      pdfBytes: pdf?.byteLength ?? null,
      pdfPages: pages,
      htmlMs: summarize(htmlSamples),
      stats: summarize(samples),
    },
  };
}
