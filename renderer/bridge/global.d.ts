import type { AccordBridge } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the desktop shell's preload; absent in the browser shell. */
    readonly accord?: AccordBridge;
  }
}

export {};
