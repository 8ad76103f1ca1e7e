/**
 * The PDF writer, looked at: sample documents in English (with French and Arabic passages, and a
 * table over a page break) and in Arabic are rendered in the test process by the same writer and
 * font files the app uses (renderer/features/exports/pdf), then drawn by pdf.js in Chromium and
 * screenshotted for a person to check: joined Arabic letters, right to left, right aligned.
 */
import { test, expect } from '@playwright/test';
import { writePdf } from '../../renderer/features/exports/pdf/write-pdf';
import { arabicSample, englishSample, loadFontsFromDisk } from '../unit/exports/pdf-sample';
import { screenshotPdf } from './support/pdf-preview';

test('a PDF export in English and in Arabic, drawn by pdf.js', async ({ page }) => {
  const fonts = await loadFontsFromDisk();

  const english = await writePdf(englishSample(), fonts);
  expect(await screenshotPdf(page, english, 'pdf-sample-en')).toBeGreaterThan(1);

  const arabic = await writePdf(arabicSample(), fonts);
  expect(await screenshotPdf(page, arabic, 'pdf-sample-ar', { pages: 1 })).toBe(1);
});
