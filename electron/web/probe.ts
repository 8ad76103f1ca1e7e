/** Asks whatever listens on a loopback port whether it is Accord's browser shell. */
import http from 'node:http';
import { HEALTH_APP_NAME, LOOPBACK_ADDRESS } from './host';

export interface RunningAccord {
  version: string;
}

const MAX_HEALTH_BYTES = 4096;

export function probeAccord(port: number, timeoutMs = 2_000): Promise<RunningAccord | null> {
  return new Promise((resolve) => {
    const request = http.get({ host: LOOPBACK_ADDRESS, port, path: '/healthz', timeout: timeoutMs, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_HEALTH_BYTES) request.destroy();
        else chunks.push(chunk);
      });
      response.on('error', () => resolve(null));
      response.on('close', () => resolve(null)); // no-op after 'end' resolved
      response.on('end', () => {
        try {
          const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          const record = body as { app?: unknown; version?: unknown };
          const isAccord = response.statusCode === 200 && record?.app === HEALTH_APP_NAME;
          resolve(isAccord ? { version: typeof record.version === 'string' ? record.version : 'unknown' } : null);
        } catch {
          resolve(null);
        }
      });
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(null));
  });
}
