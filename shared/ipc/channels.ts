/**
 * Run-time lists of the channel names, for the preload's allow-list. Kept free of
 * any dependency so the sandboxed preload bundles to a few lines.
 */
import type { EventChannel, RequestChannel } from './contract';

const requestChannels = {
  'app:get-info': true,
  'settings:get-all': true,
  'settings:update': true,
  'app:open-external': true,
  'relay:get-host-status': true,
  'relay:start-host': true,
  'relay:stop-host': true,
  'files:get-folder': true,
  'files:save-workspace': true,
  'files:list': true,
  'files:read': true,
  'files:choose-open': true,
  'files:save-copy': true,
  'files:choose-folder': true,
  'files:list-backups': true,
  'files:read-backup': true,
  'export:html-to-pdf': true,
} satisfies Record<RequestChannel, true>;

const eventChannels = {
  'menu:run-command': true,
  'settings:changed': true,
  'relay:host-status-changed': true,
  'files:open-requested': true,
} satisfies Record<EventChannel, true>;

export const REQUEST_CHANNELS = Object.keys(requestChannels) as RequestChannel[];
export const EVENT_CHANNELS = Object.keys(eventChannels) as EventChannel[];

export function isRequestChannel(value: unknown): value is RequestChannel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(requestChannels, value);
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(eventChannels, value);
}
