/**
 * Importing a document, as a secretary would: a Markdown file and a Word file become new
 * documents (headings, lists, tables kept; what could not be kept is listed), a file that
 * is neither is refused with a clear message and nothing is created; in English and Arabic.
 */
import type { Locator, Page } from '@playwright/test';
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { test, expect } from './support/fixtures';
import { createWorkspace, editor, languageSelect, routeIds, waitForEditorReady } from './support/app';
import { expectNoSeriousA11yViolations } from './support/a11y';
import { holdWorkerScript } from './support/hold-worker';
import { saveScreenshot } from './support/screenshots';
import { en } from '../../renderer/i18n/messages/en';
import { ar } from '../../renderer/i18n/messages/ar';

test.use({ bypassCSP: true });

/** A message with a file name or title put in, isolated as the dialog does (so mixed-direction names keep their order). */
const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => `\u2068${values[key] ?? ''}\u2069`);

const MARKDOWN = `# Spring campaign plan

Agreed by the **steering committee** on 3 March, with *two* open points. See [the charter](https://example.org/charter).

## Goals

- Reach the city council
  - before the summer
- Train ten mentors

## Timeline

1. Draft the letter
2. Collect signatures

#### A deep heading

| Action | Who | When |
| --- | --- | --- |
| Letter | Amal | March |
| Meeting | Jonas | April |

![Campaign poster](poster.png)
`;

const ARABIC_MARKDOWN = `# خطة حملة الربيع

وافقت **اللجنة التوجيهية** على الخطة في ٣ مارس.

## الأهداف

- الوصول إلى المجلس البلدي
- تدريب عشرة مرشدين

| الإجراء | المسؤول |
| --- | --- |
| الرسالة | أمل |

![ملصق الحملة](poster.png)
`;

async function wordFile(): Promise<Buffer> {
  const file = new Document({
    numbering: { config: [{ reference: 'steps', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }] },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Partnership report')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Results')] }),
          new Paragraph({ children: [new TextRun('We met '), new TextRun({ text: 'all', bold: true }), new TextRun(' targets.')] }),
          new Paragraph({ text: 'Hold a public meeting', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'Publish the minutes', numbering: { reference: 'steps', level: 0 } }),
          new Table({
            rows: [
              new TableRow({ tableHeader: true, children: [new TableCell({ children: [new Paragraph('City')] }), new TableCell({ children: [new Paragraph('Mentors')] })] }),
              new TableRow({ children: [new TableCell({ children: [new Paragraph('Lyon')] }), new TableCell({ children: [new Paragraph('12')] })] }),
            ],
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}

function importDialog(page: Page, title: string = en.imports.dialog.title): Locator {
  return page.getByRole('dialog', { name: title });
}

async function openImport(page: Page, label: string = en.imports.button): Promise<Locator> {
  await page.getByRole('button', { name: label }).first().click();
  return page.getByRole('dialog');
}

async function choose(dialog: Locator, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await dialog.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
}

test.describe('import a document', () => {
  test('a Markdown file becomes a document, and what was dropped is listed', async ({ page }) => {
    await createWorkspace(page, { name: 'Lyon Refugee Network' });
    const dialog = await openImport(page);
    await expect(dialog).toHaveAccessibleName(en.imports.dialog.title);
    await expect(dialog.getByRole('button', { name: en.imports.dialog.submit })).toBeDisabled();
    await choose(dialog, 'spring-campaign.md', 'text/markdown', Buffer.from(MARKDOWN));

    // Title from the first heading; kind "note" by default.
    await expect(dialog.getByRole('textbox', { name: en.imports.dialog.titleField })).toHaveValue('Spring campaign plan');
    await expect(dialog.getByRole('combobox', { name: en.imports.dialog.kind })).toHaveValue('note');
    await expect(dialog).toContainText('spring-campaign.md');
    await saveScreenshot(page, 'import-dialog');
    await expectNoSeriousA11yViolations(page, { screen: 'import dialog (en)' });

    await dialog.getByRole('combobox', { name: en.imports.dialog.kind }).selectOption('action-plan');
    await dialog.getByRole('button', { name: en.imports.dialog.submit }).click();
    const done = importDialog(page, en.imports.done.title);
    await expect(done).toBeVisible();
    for (const feature of ['heading-level', 'nested-list', 'image'] as const) {
      await expect(done.getByRole('listitem').filter({ hasText: en.imports.dropped[feature] })).toHaveText(`${en.imports.dropped[feature]} — 1`);
    }
    await saveScreenshot(page, 'import-dropped');
    await expectNoSeriousA11yViolations(page, { screen: 'import result (en)' });

    await done.getByRole('link', { name: fill(en.imports.done.open, { title: 'Spring campaign plan' }) }).click();
    await expect(done).toBeHidden();
    const box = await waitForEditorReady(page);
    expect(routeIds(page).documentId).toBeTruthy();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Spring campaign plan' })).toBeVisible();
    await expect(box.getByRole('heading', { level: 1, name: 'Spring campaign plan' })).toBeVisible();
    await expect(box.getByRole('heading', { level: 2, name: 'Goals' })).toBeVisible();
    await expect(box.getByRole('heading', { level: 3, name: 'A deep heading' })).toBeVisible();
    await expect(box.locator('strong').filter({ hasText: 'steering committee' })).toBeVisible();
    await expect(box.getByRole('link', { name: 'the charter' })).toHaveAttribute('href', 'https://example.org/charter');
    const bullets = box.locator('ul').first().getByRole('listitem');
    await expect(bullets).toHaveText(['Reach the city council', 'before the summer', 'Train ten mentors']);
    await expect(box.locator('ol').first().getByRole('listitem')).toHaveText(['Draft the letter', 'Collect signatures']);
    await expect(box.getByRole('columnheader', { name: 'Who' })).toBeVisible();
    await expect(box.getByRole('cell', { name: 'Jonas' })).toBeVisible();
    await expect(box.getByText('Campaign poster')).toBeVisible();
  });

  test('a Word file becomes a document with its headings, list and table', async ({ page }) => {
    await createWorkspace(page, { name: 'Berlin Diaspora Alliance' });
    const dialog = await openImport(page);
    await choose(dialog, 'Partnership report.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', await wordFile());
    await expect(dialog.getByRole('textbox', { name: en.imports.dialog.titleField })).toHaveValue('Partnership report');
    await dialog.getByRole('button', { name: en.imports.dialog.submit }).click();
    const done = importDialog(page, en.imports.done.title);
    await expect(done).toContainText(en.imports.done.allKept);
    await done.getByRole('link', { name: fill(en.imports.done.open, { title: 'Partnership report' }) }).click();
    const box = await waitForEditorReady(page);
    await expect(box.getByRole('heading', { level: 1, name: 'Partnership report' })).toBeVisible();
    await expect(box.getByRole('heading', { level: 2, name: 'Results' })).toBeVisible();
    await expect(box.locator('ol').first().getByRole('listitem')).toHaveText(['Hold a public meeting', 'Publish the minutes']);
    await expect(box.getByRole('columnheader', { name: 'Mentors' })).toBeVisible();
    await expect(box.getByRole('cell', { name: 'Lyon' })).toBeVisible();
  });

  test('a file that is not DOCX or Markdown is refused, and nothing is created', async ({ page }) => {
    await createWorkspace(page, { name: 'Malmö Welcome Circle' });
    const documents = page.getByRole('navigation').getByRole('link', { name: /./ });
    const before = await documents.count();
    const dialog = await openImport(page);

    await choose(dialog, 'minutes.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n'));
    await expect(dialog.getByRole('alert')).toHaveText(fill(en.imports.errors['not-docx'], { name: 'minutes.docx' }));
    await expect(dialog.getByRole('button', { name: en.imports.dialog.submit })).toBeDisabled();
    await saveScreenshot(page, 'import-refused');

    await choose(dialog, 'empty.md', 'text/markdown', Buffer.alloc(0));
    await expect(dialog.getByRole('alert')).toHaveText(fill(en.imports.errors.empty, { name: 'empty.md' }));

    await choose(dialog, 'photo.md', 'text/markdown', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await expect(dialog.getByRole('alert')).toHaveText(fill(en.imports.errors['not-markdown'], { name: 'photo.md' }));

    await dialog.getByRole('button', { name: en.imports.dialog.cancel }).click();
    await expect(dialog).toBeHidden();
    await expect(documents).toHaveCount(before);
  });

  test('a large file shows progress while it is converted, and Stop imports nothing', async ({ page }) => {
    await createWorkspace(page, { name: 'Manchester Mentors' });
    const documents = page.getByRole('navigation').getByRole('link', { name: /./ });
    const before = await documents.count();
    const dialog = await openImport(page);
    // About 5 MB of Markdown, converted in a worker while the dialog stays responsive. The worker is
    // held back, as on a slow computer, so that Stop comes before the conversion ends on any machine.
    const release = await holdWorkerScript(page, 'import-worker');
    const section = '## Section\n\nA paragraph with **bold** and *italic* text and [a link](https://example.org).\n\n- one\n- two\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n\n';
    await choose(dialog, 'archive.md', 'text/markdown', Buffer.from(section.repeat(Math.ceil((5 * 1024 * 1024) / section.length))));
    await expect(dialog.getByRole('progressbar')).toBeVisible();
    await expect(dialog.getByText(en.imports.dialog.converting)).toBeVisible();
    await dialog.getByRole('button', { name: en.imports.dialog.stop }).click();
    await release();
    await expect(dialog.getByRole('alert')).toHaveText(en.imports.dialog.cancelled);
    await expect(dialog.getByRole('progressbar')).toBeHidden();
    await expect(dialog.getByRole('button', { name: en.imports.dialog.submit })).toBeDisabled();
    await dialog.getByRole('button', { name: en.imports.dialog.cancel }).click();
    await expect(documents).toHaveCount(before);
  });

  test('in Arabic, a file dropped onto the dialog is imported', async ({ page }) => {
    await createWorkspace(page, { name: 'شبكة جسر' });
    await languageSelect(page).selectOption('ar');
    const dialog = await openImport(page, ar.imports.button);
    await expect(dialog).toHaveAccessibleName(ar.imports.dialog.title);
    // Drop the file onto the dialog, as from a file manager.
    await dialog.evaluate((element, text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'خطة الحملة.md', { type: 'text/markdown' }));
      element.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      element.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, ARABIC_MARKDOWN);
    await expect(dialog.getByRole('textbox', { name: ar.imports.dialog.titleField })).toHaveValue('خطة حملة الربيع');
    await saveScreenshot(page, 'import-dialog-ar');
    await expectNoSeriousA11yViolations(page, { screen: 'import dialog (ar)' });
    await dialog.getByRole('button', { name: ar.imports.dialog.submit }).click();
    const done = importDialog(page, ar.imports.done.title);
    // The count is written in the interface's digits.
    await expect(done.getByRole('listitem')).toHaveText([new RegExp(`^${ar.imports.dropped.image.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} — [1١]$`)]);
    await saveScreenshot(page, 'import-dropped-ar');
    await done.getByRole('link', { name: fill(ar.imports.done.open, { title: 'خطة حملة الربيع' }) }).click();
    const box = await waitForEditorReady(page);
    await expect(box.getByRole('heading', { level: 2, name: 'الأهداف' })).toBeVisible();
    await expect(box.getByRole('cell', { name: 'أمل' })).toBeVisible();
    await expect(editor(page).getByRole('listitem')).toHaveText(['الوصول إلى المجلس البلدي', 'تدريب عشرة مرشدين']);
  });
});
