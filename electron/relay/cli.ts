// `accord-relay`: runs a relay from flags or environment variables.
//   accord-relay --port 4455 --data ./relay-data
import path from 'node:path';
import { startRelay } from './relay';

const USAGE = `Usage: accord-relay [options]
  --host <address>        interface to listen on (ACCORD_RELAY_HOST, default 127.0.0.1)
  --port <number>         port, 0 for any free one (ACCORD_RELAY_PORT, default 4455)
  --data <folder>         where rooms are stored (ACCORD_RELAY_DATA, default ./relay-data)
  --max-frame-bytes <n>   largest accepted frame (ACCORD_RELAY_MAX_FRAME_BYTES, default 1048576)
  --rate <n>              messages per second per connection (ACCORD_RELAY_RATE, default 200; burst is twice this)
  --open                  let every client edit, without tokens (ACCORD_RELAY_OPEN=1): only on a network you trust
  --help                  show this help
Without --open, a space is claimed by the first invite token that joins it, and only tokens
its members grant may join it afterwards.`;

interface CliOptions {
  host: string;
  port: number;
  dataDir: string;
  maxFrameBytes?: number;
  rate?: number;
  open: boolean;
}

class UsageError extends Error {}

const FLAGS: Record<string, string> = {
  '--host': 'ACCORD_RELAY_HOST',
  '--port': 'ACCORD_RELAY_PORT',
  '--data': 'ACCORD_RELAY_DATA',
  '--max-frame-bytes': 'ACCORD_RELAY_MAX_FRAME_BYTES',
  '--rate': 'ACCORD_RELAY_RATE',
};

function parseArgs(argv: string[], env: NodeJS.ProcessEnv): CliOptions | 'help' {
  const values = new Map<string, string>();
  let open = env.ACCORD_RELAY_OPEN === '1' || env.ACCORD_RELAY_OPEN === 'true';
  for (const [flag, variable] of Object.entries(FLAGS)) {
    const value = env[variable];
    if (value !== undefined && value !== '') values.set(flag, value);
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--open') {
      open = true;
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (!(flag in FLAGS)) throw new UsageError(`Unknown option ${arg}.`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`Option ${flag} needs a value.`);
    values.set(flag, value);
  }
  const integer = (flag: string, min: number, max: number): number | undefined => {
    const raw = values.get(flag);
    if (raw === undefined) return undefined;
    const value = Number(raw);
    if (!/^\d+$/.test(raw) || value < min || value > max) {
      throw new UsageError(`${flag} must be a whole number from ${min} to ${max} (got "${raw}").`);
    }
    return value;
  };
  return {
    host: values.get('--host') ?? '127.0.0.1',
    port: integer('--port', 0, 65535) ?? 4455,
    dataDir: path.resolve(values.get('--data') ?? './relay-data'),
    maxFrameBytes: integer('--max-frame-bytes', 1024, 256 * 1024 * 1024),
    rate: integer('--rate', 1, 1_000_000),
    open,
  };
}

async function main(): Promise<void> {
  let options: CliOptions | 'help';
  try {
    options = parseArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`accord-relay: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (options === 'help') {
    console.log(USAGE);
    return;
  }
  const limits = {
    ...(options.maxFrameBytes ? { maxFrameBytes: options.maxFrameBytes } : {}),
    ...(options.rate ? { messagesPerSecond: options.rate, burst: options.rate * 2 } : {}),
  };
  let relay;
  try {
    relay = await startRelay({
      host: options.host,
      port: options.port,
      dataDir: options.dataDir,
      limits,
      access: options.open ? 'open' : 'tokens',
      log: (line) => process.stdout.write(JSON.stringify({ time: new Date().toISOString(), ...line }) + '\n'),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') console.error(`accord-relay: port ${options.port} on ${options.host} is already in use; choose another with --port.`);
    else if (code === 'EADDRNOTAVAIL') console.error(`accord-relay: cannot listen on ${options.host}: no such address on this machine.`);
    else if (code === 'EACCES') console.error(`accord-relay: not allowed to listen on ${options.host}:${options.port} or to use ${options.dataDir}.`);
    else console.error(`accord-relay: cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
  console.log(`accord-relay listening on ${relay.url} (health: http://${relay.url.slice('ws://'.length)}/healthz), data in ${options.dataDir}`);
  console.log(options.open ? 'accord-relay: --open: every client may edit, no tokens checked.' : 'accord-relay: invite tokens required (first token claims a space).');
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`accord-relay: ${signal} received, closing connections and flushing data…`);
    relay.close().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`accord-relay: error while closing: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main();
