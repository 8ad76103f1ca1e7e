/**
 * Exports, walked as a secretary would: a document with a comment exported to DOCX (a real Word
 * comment on its passage), PDF (printed by headless Chromium from the HTML export; its pages
 * rendered to PNG with pdftoppm and looked at), HTML and Markdown; the same for an Arabic
 * document from the Arabic interface (right to left in DOCX and PDF); the decision log; and the
 * whole workspace as a ZIP archive for the public record, whose entries are listed and whose
 * member list holds only public contacts.
 */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './support/fixtures';
import { appUrl, createDocument, editor, exampleTermsOfReference, focusEditorEnd, languageSelect, openExampleWorkspace } from './support/app';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { normaliseText, pdfPageCount, pdfPagesToPng, pdfText } from './support/pdf-pages';
import { holdWorkerScript } from './support/hold-worker';
import { saveScreenshot } from './support/screenshots';

// axe-core is injected as a script tag, which the app's CSP (rightly) forbids.
test.use({ bypassCSP: true });

interface Labels {
  button: string;
  submit: string;
  formats: Record<'docx' | 'pdf' | 'markdown' | 'html', string>;
}

const EN: Labels = { button: 'Export…', submit: 'Export', formats: { docx: 'Word document (DOCX)', pdf: 'PDF', markdown: 'Markdown', html: 'Web page (HTML)' } };
const AR: Labels = { button: 'تصدير…', submit: 'تصدير', formats: { docx: 'مستند Word \u200f(DOCX)', pdf: 'PDF', markdown: 'Markdown', html: 'صفحة ويب (HTML)' } };

async function bytesOf(download: Download): Promise<Uint8Array> {
  return new Uint8Array(await readFile(await download.path()));
}

/** Opens the export dialog from `button`, picks `format`, and returns the downloaded file. */
async function exportAs(page: Page, labels: Labels, format: keyof Labels['formats'], options: { screenshot?: string } = {}): Promise<{ name: string; bytes: Uint8Array }> {
  await page.getByRole('button', { name: labels.button, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('radio', { name: labels.formats[format], exact: true }).check();
  if (options.screenshot) {
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, options.screenshot);
  }
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), dialog.getByRole('button', { name: labels.submit, exact: true }).click()]);
  await expect(dialog).toBeHidden();
  return { name: download.suggestedFilename(), bytes: await bytesOf(download) };
}

function unzip(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Selects `text` in the editor as a person would with the mouse. */
async function selectInEditor(page: Page, text: string): Promise<void> {
  await editor(page).evaluate((root, text) => {
    root.focus();
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at < 0) continue;
      const range = root.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const selection = root.ownerDocument.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`not in the editor: ${text}`);
  }, text);
}

const PASSAGE = 'reviewed every year';
const COMMENT = 'Every two years would be enough.';

test('a document with a comment, exported to DOCX, PDF, HTML and Markdown', async ({ page, host }) => {
  test.setTimeout(240_000);
  await exampleTermsOfReference(page, host.url);
  await selectInEditor(page, PASSAGE);
  await page.getByRole('button', { name: 'Comment', exact: true }).click();
  const form = page.getByTestId('new-comment');
  await form.getByRole('textbox', { name: 'Your comment' }).fill(COMMENT);
  await form.getByRole('button', { name: 'Post comment' }).click();
  await expect(page.getByRole('button', { name: 'Comments (1)' })).toBeVisible();

  // DOCX: headings in Word's styles, numbering, a table, and the comment on its passage.
  const docx = await exportAs(page, EN, 'docx', { screenshot: 'exports-document-dialog' });
  expect(docx.name).toBe('Terms-of-Reference.docx');
  await expect(page.getByText('“Terms-of-Reference.docx” is in your downloads.')).toBeVisible();
  const word = unzip(docx.bytes);
  expect(Object.keys(word)).toEqual(expect.arrayContaining(['word/document.xml', 'word/comments.xml', 'word/numbering.xml']));
  expect(word['word/document.xml']).toContain('<w:pStyle w:val="Heading1"/>');
  expect(word['word/document.xml']).toContain('<w:pStyle w:val="Heading2"/>');
  expect(word['word/document.xml']).toContain('<w:tbl>');
  expect(word['word/document.xml']).toContain('<w:numPr>');
  const commented = /<w:commentRangeStart w:id="0"\/>(.*?)<w:commentRangeEnd w:id="0"\/>/s.exec(word['word/document.xml']!)?.[1]?.replace(/<[^>]+>/g, '');
  expect(commented).toBe(PASSAGE);
  expect(word['word/comments.xml']).toContain(COMMENT);

  // PDF: printed from the HTML export; its text read back, its pages looked at.
  const pdf = await exportAs(page, EN, 'pdf');
  expect(pdf.name).toBe('Terms-of-Reference.pdf');
  const text = normaliseText(await pdfText(pdf.bytes));
  for (const fragment of ['Terms of Reference', 'Gradients of Agreement', PASSAGE, 'Comments', COMMENT, 'Page 1 of']) expect(text).toContain(fragment);
  expect(await pdfPageCount(pdf.bytes)).toBeGreaterThan(1);
  expect(await pdfPagesToPng(pdf.bytes, 'exports-document-pdf', { pages: 3 })).toHaveLength(3);

  // HTML and Markdown.
  const html = decode((await exportAs(page, EN, 'html')).bytes);
  expect(html).toContain('<html lang="en" dir="ltr">');
  expect(html).toContain('<h1 dir="auto">Terms of Reference</h1>');
  expect(html).toContain(COMMENT);
  const markdown = await exportAs(page, EN, 'markdown');
  expect(markdown.name).toBe('Terms-of-Reference.md');
  expect(decode(markdown.bytes)).toMatch(/^# Terms of Reference\n/);
});

test('an Arabic document exported from the Arabic interface reads right to left in DOCX and PDF', async ({ page, host }) => {
  test.setTimeout(240_000);
  await openExampleWorkspace(page, host.url);
  await createDocument(page, 'note', 'ميثاق التحالف');
  const box = await focusEditorEnd(page);
  await page.keyboard.type('يجتمع مجلس التنسيق مرة كل شهر في مدينة تونس.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('تنشر الأمانة المحضر خلال أسبوع.');
  await expect(box).toContainText('تنشر الأمانة المحضر');
  await languageSelect(page).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  const pdf = await exportAs(page, AR, 'pdf', { screenshot: 'exports-document-dialog-ar' });
  const text = normaliseText(await pdfText(pdf.bytes));
  for (const word of ['ميثاق', 'التحالف', 'التنسيق', 'مدينة', 'تونس', 'المحضر', 'الصفحة']) expect(text).toContain(word);
  expect(await pdfPagesToPng(pdf.bytes, 'exports-document-pdf-ar', { pages: 1 })).toHaveLength(1);
  await saveScreenshot(page, 'exports-document-ar');

  const docx = unzip((await exportAs(page, AR, 'docx')).bytes);
  const paragraph = docx['word/document.xml']!.match(/<w:p>.*?<\/w:p>/gs)?.find((xml) => xml.includes('مجلس التنسيق')) ?? '';
  expect(paragraph).toContain('<w:bidi/>');
  expect(paragraph).toContain('<w:rtl/>');
});

test('the decision log, and the whole workspace as an archive for the public record', async ({ page, host }) => {
  test.setTimeout(120_000);
  const workspaceId = await openExampleWorkspace(page, host.url);

  // The whole workspace, from its overview. The writer is held back (its worker's script does not
  // arrive), as on a slow computer: the progress shows, and Cancel stops the export at once,
  // without a download.
  let downloads = 0;
  page.on('download', () => downloads++);
  const progress = page.getByRole('dialog', { name: 'Exporting the workspace' });
  let releaseWriter = await holdWorkerScript(page, 'archive-worker');
  await page.getByRole('button', { name: 'Export for the public record…' }).click();
  await page.getByRole('dialog', { name: 'Export for the public record' }).getByRole('button', { name: 'Make the archive' }).click();
  await expect(progress).toContainText(/0 of \d+ files/);
  await expect(progress.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByText('The export was cancelled; no archive was made.')).toBeVisible();
  await expect(progress).toBeHidden();
  await releaseWriter();
  expect(downloads).toBe(0);

  // Again, to the end this time.
  await page.getByRole('button', { name: 'Export for the public record…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export for the public record' });
  await expect(dialog).toContainText('Contact details appear only where members marked them public.');
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, 'exports-workspace-dialog');
  releaseWriter = await holdWorkerScript(page, 'archive-worker');
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Make the archive' }).click();
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await expect(progress).toContainText(/0 of \d+ files/);
  await saveScreenshot(page, 'exports-workspace-progress');
  await releaseWriter();
  const download = await downloaded;
  const name = download.suggestedFilename();
  expect(name).toMatch(/^Horizon-Diaspora-Network-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(page.getByText(`The archive “${name}” is in your downloads.`)).toBeVisible();
  await saveScreenshot(page, 'exports-workspace-done');
  const archive = unzipSync(await bytesOf(download));
  const entries = Object.keys(archive).sort();
  console.log(`The archive holds ${entries.length} files:\n${entries.join('\n')}`);
  expect(entries).toContain('index.html');
  for (const extension of ['docx', 'html', 'md']) {
    expect(entries.some((entry) => entry.startsWith('documents/') && entry.includes('Terms-of-Reference') && entry.endsWith(`.${extension}`))).toBe(true);
    expect(entries).toContain(`Decision-log.${extension}`);
  }
  expect(entries).toEqual(expect.arrayContaining(['members.md', 'members.csv', 'members.html']));
  // The member list for the public: public contacts only.
  const members = strFromU8(archive['members.md']!);
  expect(members).toContain('info@jisr.example.org');
  expect(members).not.toContain('circle@amal.example.org');
  expect(members).not.toContain('sara.haile@example.org');
  // The index links every document.
  const index = strFromU8(archive['index.html']!);
  expect(index).toContain('Terms of Reference');
  expect(index).toContain('href="documents/');

  // The decision log, from its page.
  await page.goto(appUrl(host.url, `#/w/${workspaceId}/log`));
  await expect(page.getByRole('heading', { level: 1, name: 'Decision log' })).toBeVisible();
  const log = await exportAs(page, { ...EN, button: 'Export the log…' }, 'pdf');
  expect(log.name).toBe('Decision-log.pdf');
  const logText = normaliseText(await pdfText(log.bytes));
  expect(logText).toContain('Decision 1:');
  expect(logText).toContain('Fingerprint');
  expect(await pdfPagesToPng(log.bytes, 'exports-log-pdf', { pages: 1 })).toHaveLength(1);
});
