/** Run-time validation of every bridge call's arguments (the renderer is not trusted). */
import { z } from 'zod';
import { LOCALES } from '../model/locale';
import { RELAY_HOST_PORT_MAX, RELAY_HOST_PORT_MIN, type RequestChannel } from './contract';

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
  'relay:get-host-status': z.undefined(),
  'relay:start-host': z.object({ port: z.number().int().min(RELAY_HOST_PORT_MIN).max(RELAY_HOST_PORT_MAX) }).strict(),
  'relay:stop-host': z.undefined(),
} satisfies Record<RequestChannel, z.ZodType>;
