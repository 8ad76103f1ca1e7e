/**
 * tally500Ms (wired in tests/bench/run.ts): recomputing a proposal's live tally and
 * outcome after one new response, with 500 eligible members (500 voting organisations,
 * each answering through its delegate; 499 have answered on the Gradients of Agreement).
 * Each sample is what a client does when a response arrives: `respond` (validate,
 * find the seat, append to the log), then `computeOutcome` (current responses per seat,
 * tally, quorum, outcome). The electorate is built once per register change, not per
 * response, so it is timed apart (details.electorateMs).
 *
 * Value: the median, in Node, of what the proposal page does when a response is given: the
 * response validated and appended to the workspace's Y.Doc (answerProposal), then the page's
 * render work — the proposal read back from the Y.Doc, the electorate rebuilt from the register
 * and the outcome with its tally computed. The pure model's part alone is in details.modelMs.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_DECISION_RULES } from '../../shared/model/decision-rules';
import { electorateOf } from '../../shared/model/electorate';
import type { Member } from '../../shared/model/members';
import { GRADIENT_POSITIONS } from '../../shared/model/proposal-methods';
import { computeOutcome } from '../../shared/model/proposal-outcome';
import { putProposal, respond, type Proposal } from '../../shared/model/proposals';
import * as Y from 'yjs';
import { proposalsMap, putProposalIn, readProposal } from '../../shared/sync/proposals-doc';
import { answerProposal } from '../../renderer/features/decisions/decision-actions';
import { median, summarize } from './stats';

export const DECISIONS_BENCH_KEYS = ['tally500Ms'] as const;

const SEATS = 500;
const TODAY = '2026-01-15';

interface Outcome {
  value: number | null;
  details: Record<string, unknown>;
}

function register(): Member[] {
  const members: Member[] = [];
  for (let index = 0; index < SEATS; index += 1) {
    const id = `org-${index}`;
    members.push({ id, kind: 'organisation', name: `Organisation ${index}`, role: 'member', voting: true, contacts: {} });
    members.push({
      id: `delegate-${index}`,
      kind: 'individual',
      name: `Delegate ${index}`,
      role: 'member',
      voting: false,
      representationOf: id,
      representationRole: 'delegate',
      contacts: {},
    });
  }
  return members;
}

const at = (index: number) => `2026-01-15T10:${String(Math.floor(index / 60) % 60).padStart(2, '0')}:${String(index % 60).padStart(2, '0')}Z`;
// Gradients without the block (its reason is required), in a fixed cycle.
const POSITIONS = GRADIENT_POSITIONS.filter((position) => position !== 'block');

export async function benchTally(quick: boolean): Promise<Outcome> {
  const members = register();
  const electorateStart = performance.now();
  const electorate = electorateOf(members, ['organisations'], TODAY);
  const electorateMs = performance.now() - electorateStart;
  if (electorate.seats.length !== SEATS) throw new Error(`expected ${SEATS} seats, got ${electorate.seats.length}`);

  let base: Proposal = putProposal({ id: 'bench', title: 'Adopt the budget', method: 'gradients', rules: DEFAULT_DECISION_RULES, at: at(0) });
  for (let index = 0; index < SEATS - 1; index += 1) {
    const result = respond(base, electorate, { by: `delegate-${index}`, position: POSITIONS[index % POSITIONS.length]!, at: at(index) });
    if (!result.ok) throw new Error(result.error.code);
    base = result.proposal;
  }

  const warmUps = quick ? 100 : 500;
  const samples = quick ? 500 : 5000;
  const times: number[] = [];
  let lastOutcome = '';
  for (let run = 0; run < warmUps + samples; run += 1) {
    // The last seat answers; each sample starts from the same 499 responses so the work is the same.
    const start = performance.now();
    const result = respond(base, electorate, { by: `delegate-${SEATS - 1}`, position: POSITIONS[run % POSITIONS.length]!, at: at(SEATS) });
    if (!result.ok) throw new Error(result.error.code);
    const outcome = computeOutcome(result.proposal, electorate);
    const elapsed = performance.now() - start;
    if (outcome.tally.responded !== SEATS) throw new Error(`tally counted ${outcome.tally.responded} responses`);
    lastOutcome = outcome.outcome;
    if (run >= warmUps) times.push(elapsed);
  }
  const app = appPath(members, quick);
  return {
    value: median(app.times),
    details: {
      measured: 'Node: answerProposal on a workspace Y.Doc, then readProposal + electorateOf + computeOutcome (the proposal page on each change)',
      stats: summarize(app.times),
      modelMs: median(times),
      modelStats: summarize(times),
      eligible: SEATS,
      registerMembers: members.length,
      responsesBefore: SEATS - 1,
      method: 'gradients',
      warmUps,
      electorateMs: Math.round(electorateMs * 1000) / 1000,
      lastOutcome,
      targetMs: 16,
    },
  };
}

/** The app's path, on a Y.Doc holding the proposal and 499 responses; each sample's response is removed again. */
function appPath(members: Member[], quick: boolean): { times: number[] } {
  const doc = new Y.Doc();
  const id = putProposalIn(doc, { title: 'Adopt the budget', text: '', method: 'gradients', rules: DEFAULT_DECISION_RULES, putBy: '', at: at(0) });
  const electorate = electorateOf(members, ['organisations'], TODAY);
  for (let index = 0; index < SEATS - 1; index += 1) {
    const result = answerProposal(doc, id, electorate, { by: `delegate-${index}`, position: POSITIONS[index % POSITIONS.length]!, at: at(index) });
    if (!result.ok) throw new Error(result.error.code);
  }
  const responses = (proposalsMap(doc).get(id) as Y.Map<unknown>).get('responses') as Y.Array<unknown>;
  const warmUps = quick ? 50 : 200;
  const samples = quick ? 300 : 2000;
  const times: number[] = [];
  for (let run = 0; run < warmUps + samples; run += 1) {
    const start = performance.now();
    const answered = answerProposal(doc, id, electorate, { by: `delegate-${SEATS - 1}`, position: POSITIONS[run % POSITIONS.length]!, at: at(SEATS) });
    const proposal = readProposal(doc, id)!;
    const outcome = computeOutcome(proposal, electorateOf(members, proposal.rules.whoMayVote, TODAY));
    const elapsed = performance.now() - start;
    if (!answered.ok || outcome.tally.responded !== SEATS) throw new Error('the app path did not count every response');
    responses.delete(responses.length - 1, 1);
    if (run >= warmUps) times.push(elapsed);
  }
  return { times };
}
