/** Messages of the files feature, in every language (kept apart so the feature owns them). */
import type { Widen } from './widen';

const en = {
  placeholder: '…',
} as const;

export type FilesMessages = Widen<typeof en>;

const fr: FilesMessages = {
  placeholder: '…',
};

const ar: FilesMessages = {
  placeholder: '…',
};

export const filesMessages = { en, fr, ar };
