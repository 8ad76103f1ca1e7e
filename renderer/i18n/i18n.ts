/** The i18n layer: every string a user sees comes from these catalogues. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, isLocale, matchLocale, type Locale } from '../../shared/model/locale';
import { en } from './messages/en';
import { fr } from './messages/fr';
import { ar } from './messages/ar';
import { MISSING_MESSAGE } from './missing-message';

export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', ar: 'العربية', fr: 'Français' };

export function systemLocale(): Locale {
  return matchLocale(navigator.languages ?? [navigator.language]);
}

export async function initI18n(locale: Locale): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr }, ar: { translation: ar } },
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    // A key missing from the catalogue would show its raw name: said loudly (the end-to-end tests fail on it).
    saveMissing: true,
    missingKeyHandler: (_languages, _namespace, key) => console.error(`${MISSING_MESSAGE} "${key}"`),
  });
  applyDocumentLanguage(locale);
  return i18next;
}

/** Mirrors the whole layout for right-to-left languages: CSS uses logical properties only. */
export function applyDocumentLanguage(locale: Locale): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

export async function changeLocale(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  applyDocumentLanguage(locale);
}

export function currentLocale(): Locale {
  const lng = i18next.language;
  return isLocale(lng) ? lng : 'en';
}
