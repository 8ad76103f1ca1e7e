/** The browser shell's structured log: one JSON-serialisable object per line. */
export interface HostLogLine {
  level: 'info' | 'warn' | 'error';
  event: string;
  [field: string]: unknown;
}

export type HostLog = (line: HostLogLine) => void;

/** Stamps each line with the time and keeps a faulty sink from breaking the host. */
export function createHostLog(sink: ((line: object) => void) | undefined): HostLog {
  if (!sink) return () => {};
  return (line) => {
    try {
      sink({ time: new Date().toISOString(), ...line });
    } catch {
      // Logging must never take the host down.
    }
  };
}
