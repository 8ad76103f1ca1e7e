/** Run-time validation of every bridge call's arguments (the renderer is not trusted). */
import { z } from 'zod';
import { LOCALES } from '../model/locale';
import type { RequestChannel } from './contract';

const settingsPatch = z
  .object({
    locale: z.enum(LOCALES).nullable().optional(),
    theme: z.enum(['system', 'light', 'dark']).optional(),
  })
  .strict();

export const argumentSchemas = {
  'app:get-info': z.undefined(),
  'settings:get-all': z.undefined(),
  'settings:update': settingsPatch,
  'app:open-external': z.object({ url: z.string().max(2048) }).strict(),
} satisfies Record<RequestChannel, z.ZodType>;
