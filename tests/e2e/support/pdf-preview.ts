/**
 * Lets a person LOOK at a produced PDF: renders its first pages with pdf.js (pdfjs-dist, served
 * from node_modules through Playwright routes on a made-up origin, so it works offline) into
 * canvases in a new tab of the page's browser context, and saves a screenshot of them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from './paths';
import { saveScreenshot } from './screenshots';

const ORIGIN = 'http://pdf-preview.invalid';
const PDFJS_BUILD = path.join(REPO_ROOT, 'node_modules/pdfjs-dist/build');

const PREVIEW_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>PDF preview</title>
<style>
  body { margin: 0; background: #8a9099; display: flex; gap: 16px; padding: 16px; align-items: flex-start; }
  canvas { background: white; box-shadow: 0 1px 6px rgb(0 0 0 / 0.4); }
</style></head>
<body>
<script type="module">
  import * as pdfjs from './pdf.min.mjs';
  pdfjs.GlobalWorkerOptions.workerSrc = './pdf.worker.min.mjs';
  window.renderPdf = async (base64, pages, scale) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const pdf = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
    for (let n = 1; n <= Math.min(pages, pdf.numPages); n++) {
      const page = await pdf.getPage(n);
      const viewport = page.getViewport({ scale });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      document.body.append(canvas);
      await page.render({ canvas, canvasContext: canvas.getContext('2d'), viewport }).promise;
    }
    return pdf.numPages;
  };
  document.body.dataset.ready = 'true';
</script>
</body></html>`;

/**
 * Screenshots pages 1 and 2 (when there are two) of `pdfBytes` as `<name>.png` through the
 * screenshot helper. Returns the PDF's page count.
 */
export async function screenshotPdf(page: Page, pdfBytes: Uint8Array, name: string, options: { pages?: 1 | 2; scale?: number } = {}): Promise<number> {
  const pages = options.pages ?? 2;
  const scale = options.scale ?? 1.25;
  const preview = await page.context().newPage();
  try {
    await preview.route(`${ORIGIN}/**`, async (route) => {
      const file = new URL(route.request().url()).pathname.slice(1);
      if (file === 'index.html') return route.fulfill({ body: PREVIEW_HTML, contentType: 'text/html' });
      if (file === 'pdf.min.mjs' || file === 'pdf.worker.min.mjs') {
        return route.fulfill({ body: await readFile(path.join(PDFJS_BUILD, file)), contentType: 'text/javascript' });
      }
      return route.fulfill({ status: 404, body: '' });
    });
    const width = Math.ceil(595.28 * scale);
    const height = Math.ceil(841.89 * scale);
    await preview.setViewportSize({ width: pages * (width + 16) + 16, height: height + 32 });
    await preview.goto(`${ORIGIN}/index.html`);
    await preview.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    const count = await preview.evaluate(
      ([base64, n, s]) => (window as unknown as { renderPdf: (b: string, p: number, s: number) => Promise<number> }).renderPdf(base64, n, s),
      [Buffer.from(pdfBytes).toString('base64'), pages, scale] as const,
    );
    await saveScreenshot(preview, name);
    return count;
  } finally {
    await preview.close();
  }
}
