/** Messages of the maps feature, in every language (kept apart so the feature owns them). */
import type { Widen } from './widen';

const en = {
  placeholder: '…',
} as const;

export type MapsMessages = Widen<typeof en>;

const fr: MapsMessages = {
  placeholder: '…',
};

const ar: MapsMessages = {
  placeholder: '…',
};

export const mapsMessages = { en, fr, ar };
