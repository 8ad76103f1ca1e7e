/** Messages of the exports feature, in every language (kept apart so the feature owns them). */
import type { Widen } from './widen';

const en = {
  placeholder: '…',
} as const;

export type ExportMessages = Widen<typeof en>;

const fr: ExportMessages = {
  placeholder: '…',
};

const ar: ExportMessages = {
  placeholder: '…',
};

export const exportMessages = { en, fr, ar };
