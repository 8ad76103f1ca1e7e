/**
 * The starting content of a new document, in the interface language chosen at
 * creation time. It is written into the document's Y.Doc once, on the computer
 * that creates the document, so a later language change does not alter it.
 */
import type { DocumentKind } from '../document';
import type { Locale } from '../locale';
import type { BlockList } from '../template';
import { withGuidanceBaselines } from '../guidance';
import { actionPlanTemplate } from './action-plan';
import { cloneBlocks } from './blocks';
import { minutesTemplate } from './minutes';
import { mouTemplate } from './mou';
import { noteTemplate } from './note';
import { termsOfReferenceTemplate } from './terms-of-reference';
import { theoryOfChangeTemplate } from './theory-of-change';

const DEFAULT_TITLES: Record<DocumentKind, Record<Locale, string>> = {
  'terms-of-reference': { en: 'Terms of Reference', fr: 'Termes de référence', ar: 'الاختصاصات' },
  mou: { en: 'Memorandum of Understanding', fr: 'Protocole d’accord', ar: 'مذكرة تفاهم' },
  minutes: { en: 'Meeting minutes', fr: 'Procès-verbal de réunion', ar: 'محضر اجتماع' },
  'action-plan': { en: 'Action plan', fr: 'Plan d’action', ar: 'خطة عمل' },
  'theory-of-change': { en: 'Theory of change', fr: 'Théorie du changement', ar: 'نظرية التغيير' },
  note: { en: 'Note', fr: 'Note', ar: 'ملاحظة' },
};

const BUILDERS: Record<DocumentKind, (locale: Locale, title: string) => BlockList> = {
  'terms-of-reference': termsOfReferenceTemplate,
  mou: mouTemplate,
  minutes: minutesTemplate,
  'action-plan': actionPlanTemplate,
  'theory-of-change': theoryOfChangeTemplate,
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
  // Guidance learns what its section looks like untouched, so starters do not count as writing.
  return withGuidanceBaselines(cloneBlocks(BUILDERS[kind](locale, heading)));
}
