/** Messages of the imports feature, in every language (kept apart so the feature owns them). */
import type { Widen } from './widen';

const en = {
  placeholder: '…',
} as const;

export type ImportMessages = Widen<typeof en>;

const fr: ImportMessages = {
  placeholder: '…',
};

const ar: ImportMessages = {
  placeholder: '…',
};

export const importMessages = { en, fr, ar };
