// The renderer's side of an export: Markdown (subtitle and footer as paragraphs, no comments),
// the PDF through the bridge (and the message when no Chromium is found), the labels in the
// file's language.
import { describe, expect, it } from 'vitest';
import type { AccordBridge } from '../../../shared/ipc/contract';
import { exportToMarkdown } from '../../../shared/export/blocks-to-markdown';
import { ExportError, htmlToPdf, renderExport } from '../../../renderer/features/exports/export-file';
import { COMMENT, ENGLISH_BLOCKS, exportDocument } from './export-fixtures';

function bridge(answer: Awaited<ReturnType<AccordBridge['invoke']>>, seen: unknown[] = []): AccordBridge {
  return {
    invoke: (async (channel: string, args: unknown) => {
      seen.push([channel, args]);
      return answer;
    }) as AccordBridge['invoke'],
    on: () => () => {},
  };
}

describe('exportToMarkdown', () => {
  it('keeps the document’s own title first, then the subtitle; the footer last; no comments', () => {
    const markdown = exportToMarkdown(exportDocument(ENGLISH_BLOCKS, { comments: [COMMENT] }));
    expect(markdown.startsWith('# Terms of Reference\n\n*West Africa Alliance · Agreement*\n\nThe committee **meets**')).toBe(true);
    expect(markdown.trimEnd().endsWith('*Exported from Accord on 21 Nov 2026*')).toBe(true);
    expect(markdown).not.toContain('Monthly is too often.');
  });

  it('writes the title when the blocks do not open with it', () => {
    const markdown = exportToMarkdown(exportDocument([{ type: 'paragraph', text: 'Body' }], { titleShown: true, title: 'Decision log', subtitle: undefined, footer: undefined }));
    expect(markdown).toBe('# Decision log\n\nBody\n');
  });
});

describe('the PDF through the bridge', () => {
  it('sends the HTML export and decodes the answer', async () => {
    const seen: unknown[] = [];
    const bytes = await renderExport(exportDocument(ENGLISH_BLOCKS), 'pdf', bridge({ ok: true, value: { bytes: Buffer.from('%PDF-1.7').toString('base64') } }, seen));
    expect(new TextDecoder().decode(bytes)).toBe('%PDF-1.7');
    const [channel, args] = seen[0] as [string, { html: string }];
    expect(channel).toBe('export:html-to-pdf');
    expect(args.html).toContain('<html lang="en" dir="ltr">');
  });

  it("says PDF needs Chromium when the shell answers 'not-supported'", async () => {
    await expect(htmlToPdf(bridge({ ok: false, error: { code: 'not-supported', message: 'No Chromium' } }), '<p>x</p>')).rejects.toMatchObject({ reason: 'no-printer' });
    await expect(htmlToPdf(bridge({ ok: false, error: { code: 'internal', message: 'failed' } }), '<p>x</p>')).rejects.toBeInstanceOf(ExportError);
  });
});
