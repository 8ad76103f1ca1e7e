/**
 * The starting content of a new document, in the interface language chosen at
 * creation time. It is written into the document's Y.Doc once, on the computer
 * that creates the document, so a later language change does not alter it.
 */
import type { DocumentKind } from '../document';
import type { Locale } from '../locale';
import type { BlockList } from '../template';
import { cloneBlocks } from './blocks';
import { minutesTemplate } from './minutes';
import { mouTemplate } from './mou';
import { noteTemplate } from './note';
import { termsOfReferenceTemplate } from './terms-of-reference';

const DEFAULT_TITLES: Record<DocumentKind, Record<Locale, string>> = {
  'terms-of-reference': { en: 'Terms of Reference', fr: 'Termes de référence', ar: 'الاختصاصات' },
  mou: { en: 'Memorandum of Understanding', fr: 'Protocole d’accord', ar: 'مذكرة تفاهم' },
  minutes: { en: 'Meeting minutes', fr: 'Procès-verbal de réunion', ar: 'محضر اجتماع' },
  note: { en: 'Note', fr: 'Note', ar: 'ملاحظة' },
};

const BUILDERS: Record<DocumentKind, (locale: Locale, title: string) => BlockList> = {
  'terms-of-reference': termsOfReferenceTemplate,
  mou: mouTemplate,
  minutes: minutesTemplate,
  note: noteTemplate,
};

export function defaultTitleFor(kind: DocumentKind, locale: Locale): string {
  return DEFAULT_TITLES[kind][locale];
}

/**
 * A fresh copy each call (callers may mutate it). The level-1 heading is the
 * document title: pass the title the user typed, or get the default one.
 */
export function templateFor(kind: DocumentKind, locale: Locale, title?: string): BlockList {
  const heading = title?.trim() || defaultTitleFor(kind, locale);
  return cloneBlocks(BUILDERS[kind](locale, heading));
}
