/**
 * Builds `window.accord` from the contract. Runs sandboxed, so it is bundled to
 * one file that requires only `electron`; it holds no logic beyond the channel
 * allow-lists, which the main process checks again.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isEventChannel, isRequestChannel } from '../../shared/ipc/channels';
import type { AccordBridge, BridgeResult, EventMap } from '../../shared/ipc/contract';

const bridge: AccordBridge = {
  invoke(channel, args) {
    if (!isRequestChannel(channel)) {
      const refused: BridgeResult<never> = {
        ok: false,
        error: { code: 'unknown-channel', message: `No such channel: ${String(channel).slice(0, 80)}` },
      };
      return Promise.resolve(refused);
    }
    return ipcRenderer.invoke(channel, args);
  },

  on(event, listener) {
    if (!isEventChannel(event)) throw new TypeError(`No such event: ${String(event).slice(0, 80)}`);
    // The IpcRendererEvent carries `sender` (the ipcRenderer itself): never hand it to the page.
    const forward = (_event: IpcRendererEvent, payload: EventMap[typeof event]) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld('accord', bridge);
