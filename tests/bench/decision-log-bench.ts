/**
 * verifyLog10kMs (wired in tests/bench/run.ts): "Verify the log" on a decision log of
 * 10,000 entries — every entry's SHA-256 recomputed (WebCrypto), the order rebuilt, every
 * entry recorded before and every entry followed or amended checked to be there.
 *
 * The log is built as the app builds it: appendDecision on a workspace Y.Doc, entries with
 * realistic text, every 50th amending an earlier one, and every 100th recorded on a second
 * computer while offline (a fork, joined by the next entry). Each sample verifies a Y.Doc
 * freshly loaded from the encoded log (so nothing is cached between samples).
 *
 * Measured in Node on the shared code that the log page's "Verify the log" runs in the
 * renderer (the same functions, WebCrypto in both). Value: the median over the samples.
 */
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { appendDecision, listDecisions, verifyDecisionLog, type DecisionFields } from '../../shared/sync/decision-log';
import { median, summarize } from './stats';

export const DECISION_LOG_BENCH_KEYS = ['verifyLog10kMs'] as const;

const ENTRIES = 10_000;
const START = Date.UTC(2026, 0, 1);

interface Outcome {
  value: number | null;
  details: Record<string, unknown>;
}

function fields(n: number, amends: string | undefined): DecisionFields {
  return {
    date: new Date(START + n * 3_600_000).toISOString().slice(0, 10),
    meetingId: `mtg_${Math.floor(n / 8)}`,
    title: `Decision ${n}: budget line ${n % 37} for the working group on item ${n % 11}`,
    text: `The steering committee decides that budget line ${n % 37} is allocated to the working group, that members share information openly, and that the secretariat reports back at the next meeting. `.repeat(2),
    method: n % 3 === 0 ? 'consensus' : 'qualified-majority',
    tally: { for: 12 + (n % 5), against: n % 3, abstain: n % 2, blocks: 0, present: 18 },
    outcome: n % 13 === 0 ? 'rejected' : 'adopted',
    rationale: `Agreed after discussion of options A and B; option ${n % 2 === 0 ? 'A' : 'B'} is cheaper and ready sooner.`,
    ...(amends ? { amends } : {}),
  };
}

async function buildLog(): Promise<{ update: Uint8Array; buildMs: number }> {
  const started = performance.now();
  const doc = new Y.Doc();
  const offline = new Y.Doc();
  const ids: string[] = [];
  for (let n = 1; n <= ENTRIES; n++) {
    const recordedAt = new Date(START + n * 60_000).toISOString();
    const amends = n % 50 === 0 ? ids[n - 40] : undefined;
    if (n % 100 === 0) {
      // Recorded on a second computer that last synced before the previous entry was written.
      Y.applyUpdate(offline, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(offline)));
      const entry = await appendDecision(offline, fields(n, amends), 'member_b', recordedAt);
      ids.push(entry.id);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(offline, Y.encodeStateVector(doc)));
    } else {
      ids.push((await appendDecision(doc, fields(n, amends), 'member_a', recordedAt)).id);
    }
  }
  return { update: Y.encodeStateAsUpdate(doc), buildMs: performance.now() - started };
}

async function verifyOnce(update: Uint8Array): Promise<{ loadMs: number; verifyMs: number; ok: boolean; count: number }> {
  let started = performance.now();
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const loadMs = performance.now() - started;
  started = performance.now();
  const result = await verifyDecisionLog(doc);
  const verifyMs = performance.now() - started;
  doc.destroy();
  return { loadMs, verifyMs, ok: result.ok, count: result.count };
}

export async function benchVerifyLog(quick: boolean): Promise<Outcome> {
  const { update, buildMs } = await buildLog();
  const check = new Y.Doc();
  Y.applyUpdate(check, update);
  const entries = listDecisions(check).length;
  const started = performance.now();
  listDecisions(check);
  const listMs = performance.now() - started;
  check.destroy();

  const warmUps = quick ? 1 : 2;
  const runs = quick ? 3 : 9;
  for (let i = 0; i < warmUps; i++) await verifyOnce(update);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await verifyOnce(update));
  const failed = samples.find((sample) => !sample.ok || sample.count !== ENTRIES);
  if (entries !== ENTRIES || failed) throw new Error(`the ${ENTRIES}-entry log did not verify (${entries} listed, ${failed?.count} verified)`);
  const verify = samples.map((sample) => sample.verifyMs);
  return {
    value: median(verify),
    details: {
      measured:
        `Node, shared code: verifyDecisionLog on a workspace Y.Doc holding ${ENTRIES} entries built with appendDecision ` +
        '(every 100th recorded offline on a second doc, a fork; every 50th amending an earlier entry). Each sample: a fresh Y.Doc ' +
        'loaded from the encoded log (loadMs, not counted), then verification (the value: median verifyMs). No UI yet.',
      entries: ENTRIES,
      encodedBytes: update.byteLength,
      buildMs: Math.round(buildMs),
      listMs: Math.round(listMs * 100) / 100,
      warmUpRuns: warmUps,
      samplesMs: verify.map((value) => Math.round(value)),
      stats: summarize(verify),
      loadMs: summarize(samples.map((sample) => sample.loadMs)),
    },
  };
}
