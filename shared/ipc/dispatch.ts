/**
 * The one wrapper every bridge call goes through, in both shells: it checks the
 * sender's origin, the channel and the arguments, and turns any failure into a
 * typed error instead of throwing across the bridge.
 */
import type { BridgeError, BridgeResult, Handlers, RequestChannel } from './contract';
import { isRequestChannel } from './channels';
import { argumentSchemas } from './schemas';
import { isAppUrl } from '../security/trusted-urls';

export interface CallSender {
  /** The URL of the frame that made the call, as reported by the shell (never by the caller). */
  url: string;
}

export interface DispatchOptions {
  handlers: Handlers;
  appOrigins: readonly string[];
  /** Where internal errors go; their details never reach the renderer. */
  logError?: (channel: string, error: unknown) => void;
}

/** Thrown by a handler to answer with a typed error the renderer can act on (e.g. 'not-supported'), instead of 'internal'. */
export class BridgeRefusal extends Error {
  constructor(
    readonly code: BridgeError['code'],
    message: string,
  ) {
    super(message);
    this.name = 'BridgeRefusal';
  }
}

function fail(code: BridgeError['code'], message: string): BridgeResult<never> {
  return { ok: false, error: { code, message } };
}

export async function dispatch(
  options: DispatchOptions,
  sender: CallSender,
  channel: unknown,
  rawArgs: unknown,
): Promise<BridgeResult<unknown>> {
  if (!isAppUrl(sender.url, options.appOrigins)) {
    return fail('forbidden-sender', 'The call did not come from the app.');
  }
  if (!isRequestChannel(channel)) {
    return fail('unknown-channel', `No such channel: ${String(channel).slice(0, 80)}`);
  }
  const parsed = argumentSchemas[channel].safeParse(rawArgs);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
    return fail('invalid-arguments', `Invalid arguments for ${channel}${where}: ${first?.message ?? 'rejected'}`);
  }
  try {
    const handler = options.handlers[channel] as (args: unknown) => unknown;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof BridgeRefusal) return fail(error.code, error.message);
    options.logError?.(channel, error);
    return fail('internal', `The ${channel satisfies RequestChannel} call failed.`);
  }
}
