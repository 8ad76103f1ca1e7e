/**
 * The one way renderer code reaches the shell. It never needs to know which shell
 * it runs in: the desktop preload's `window.accord`, the browser shell's WebSocket,
 * or, with neither (a page opened from a file), a bridge that says "not supported".
 */
import type { AccordBridge, BridgeResult } from '../../shared/ipc/contract';
import { BRIDGE_META_NAME } from '../../shared/ipc/wire';
import { createWebSocketBridge } from './websocket-bridge';

export interface BridgeEnvironment {
  /** `window.accord`, when the desktop preload exposed it. */
  preloaded: AccordBridge | undefined;
  /** The content of `<meta name="accord-bridge">`, injected by the browser-shell host. */
  metaContent: string | null;
  /** The page's own URL (`location.href`). */
  pageUrl: string;
}

/**
 * The WebSocket URL of the bridge: the meta content resolved against the page, on
 * the matching ws scheme. Null unless the page itself was served over http(s).
 */
export function bridgeEndpoint(metaContent: string | null, pageUrl: string): string | null {
  if (!metaContent) return null;
  let url: URL;
  try {
    const page = new URL(pageUrl);
    if (page.protocol !== 'http:' && page.protocol !== 'https:') return null;
    url = new URL(metaContent, page);
    if (url.origin !== page.origin) return null; // the bridge lives beside the page, nowhere else
  } catch {
    return null;
  }
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.hash = '';
  return url.href;
}

export function createUnsupportedBridge(): AccordBridge {
  const unsupported: BridgeResult<never> = {
    ok: false,
    error: { code: 'not-supported', message: 'This page runs without an Accord shell.' },
  };
  return {
    invoke: () => Promise.resolve(unsupported),
    on: () => () => {},
  };
}

export function selectBridge(
  environment: BridgeEnvironment,
  createSocketBridge: (endpoint: string) => AccordBridge = createWebSocketBridge,
): AccordBridge {
  if (environment.preloaded) return environment.preloaded;
  const endpoint = bridgeEndpoint(environment.metaContent, environment.pageUrl);
  return endpoint ? createSocketBridge(endpoint) : createUnsupportedBridge();
}

let current: AccordBridge | undefined;

export function getBridge(): AccordBridge {
  current ??= selectBridge({
    preloaded: window.accord,
    metaContent: document.querySelector(`meta[name="${BRIDGE_META_NAME}"]`)?.getAttribute('content') ?? null,
    pageUrl: location.href,
  });
  return current;
}
