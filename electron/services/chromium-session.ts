/**
 * A headless Chromium kept running between prints, driven over the DevTools protocol on a
 * pipe (`--remote-debugging-pipe`: file descriptors 3 and 4, one JSON message per NUL-ended
 * chunk). Starting Chromium is most of printing a short document, so exporting several PDFs
 * in a row starts it once; it quits after a minute without work, and is started again when
 * it died. Each print gets a fresh page with script execution disabled, loads the HTML file,
 * prints with Page.printToPDF (the same call as Electron's webContents.printToPDF) and closes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

interface Pending {
  resolve: (result: Record<string, unknown>) => void;
  reject: (error: Error) => void;
}

export interface ChromiumSessionOptions {
  binary: string;
  args: string[];
  /** Quit after this long without a print; default 60 s. */
  idleMs?: number;
}

type EventListener = (params: Record<string, unknown>, sessionId?: string) => void;

class Connection {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<EventListener>();
  private buffer = '';
  closedWith: Error | null = null;

  constructor(
    private readonly input: Writable,
    output: Readable,
  ) {
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.receive(chunk));
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end = this.buffer.indexOf('\0');
    while (end >= 0) {
      const text = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      end = this.buffer.indexOf('\0');
      let message: { id?: number; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: { message?: string }; sessionId?: string };
      try {
        message = JSON.parse(text) as typeof message;
      } catch {
        continue;
      }
      if (message.id !== undefined) {
        const waiting = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiting?.reject(new Error(`Chromium: ${message.error.message ?? 'error'}`));
        else waiting?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of this.listeners) listener({ method: message.method, ...(message.params ?? {}) }, message.sessionId);
      }
    }
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  on(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  fail(error: Error): void {
    this.closedWith = error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

export interface ChromiumSession {
  /** Prints the HTML file at `fileUrl` to A4 PDF bytes. */
  print(fileUrl: string, timeoutMs: number): Promise<Uint8Array>;
  close(): void;
}

export function createChromiumSession(options: ChromiumSessionOptions): ChromiumSession {
  const idleMs = options.idleMs ?? 60_000;
  let running: { child: ChildProcess; connection: Connection } | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let busy = 0;

  const stop = () => {
    if (!running) return;
    const { child, connection } = running;
    running = null;
    connection.fail(new Error('Chromium was stopped.'));
    try {
      if (child.pid !== undefined && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      // already gone
    }
  };

  const start = () => {
    if (running && !running.connection.closedWith) return running;
    const child = spawn(options.binary, [...options.args, '--remote-debugging-pipe'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
    });
    const connection = new Connection(child.stdio[3] as Writable, child.stdio[4] as Readable);
    const ended = (reason: string) => () => {
      connection.fail(new Error(reason));
      if (running?.child === child) running = null;
    };
    child.on('exit', ended('Chromium quit.'));
    child.on('error', (error) => {
      connection.fail(error);
      if (running?.child === child) running = null;
    });
    // A pipe error (Chromium gone) must not take the host down.
    (child.stdio[3] as Writable).on('error', ended('Chromium quit.'));
    (child.stdio[4] as Readable).on('error', ended('Chromium quit.'));
    child.unref();
    running = { child, connection };
    return running;
  };

  const print = async (fileUrl: string, timeoutMs: number): Promise<Uint8Array> => {
    clearTimeout(idleTimer);
    busy += 1;
    const { connection } = start();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let targetId: string | undefined;
    try {
      const work = (async () => {
        ({ targetId } = (await connection.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string });
        const { sessionId } = (await connection.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
        await connection.send('Emulation.setScriptExecutionDisabled', { value: true }, sessionId);
        await connection.send('Page.enable', {}, sessionId);
        const loaded = new Promise<void>((resolve) => {
          const off = connection.on((event, from) => {
            if (from === sessionId && event['method'] === 'Page.loadEventFired') {
              off();
              resolve();
            }
          });
        });
        await connection.send('Page.navigate', { url: fileUrl }, sessionId);
        await loaded;
        const { data } = (await connection.send(
          'Page.printToPDF',
          { paperWidth: 8.27, paperHeight: 11.69, printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false },
          sessionId,
        )) as { data: string };
        return new Uint8Array(Buffer.from(data, 'base64'));
      })();
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Chromium did not finish printing within ${Math.round(timeoutMs / 1000)} s.`)), timeoutMs);
      });
      return await Promise.race([work, timeout]);
    } catch (error) {
      // A Chromium that timed out or failed is not trusted with the next print.
      stop();
      throw error;
    } finally {
      clearTimeout(timer);
      if (targetId && running) void running.connection.send('Target.closeTarget', { targetId }).catch(() => undefined);
      busy -= 1;
      if (busy === 0) idleTimer = setTimeout(stop, idleMs);
    }
  };

  return {
    print,
    close() {
      clearTimeout(idleTimer);
      stop();
    },
  };
}
