/** Run-time validation of every bridge call's arguments (the renderer is not trusted). */
import { z } from 'zod';
import { LOCALES } from '../model/locale';
import { MAX_PRINT_HTML_CHARS, MAX_WORKSPACE_FILE_BYTES, RELAY_HOST_PORT_MAX, RELAY_HOST_PORT_MIN, type RequestChannel } from './contract';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,80}$/);
/** base64 of at most MAX_WORKSPACE_FILE_BYTES. */
const base64 = z.string().max(Math.ceil(MAX_WORKSPACE_FILE_BYTES / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/);
const filePath = z.string().min(1).max(4096);

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
  'files:get-folder': z.undefined(),
  'files:save-workspace': z.object({ workspaceId: id, name: z.string().max(200), bytes: base64 }).strict(),
  'files:list': z.undefined(),
  'files:read': z.object({ path: filePath }).strict(),
  'files:choose-open': z.undefined(),
  'files:save-copy': z.object({ suggestedName: z.string().max(200), bytes: base64 }).strict(),
  'files:choose-folder': z.undefined(),
  'files:list-backups': z.object({ workspaceId: id }).strict(),
  'files:read-backup': z.object({ workspaceId: id, backupId: id }).strict(),
  'export:html-to-pdf': z.object({ html: z.string().max(MAX_PRINT_HTML_CHARS) }).strict(),
} satisfies Record<RequestChannel, z.ZodType>;
