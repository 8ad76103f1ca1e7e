/**
 * Proposals in the workspace's Y.Doc: Y.Map `proposals`, id → Y.Map of the proposal's fields.
 *
 * - What the proposal says (title, text, method, the rules it is put under, where it comes
 *   from) is written once, when it is put.
 * - `responses` is a Y.Array of plain records, appended to and never edited: a member
 *   answering again appends, the latest counts and the earlier ones stay as history
 *   (shared/model/proposals.ts). Two members answering at once on two computers both land.
 * - `closure` is written once, by the chair or secretary who confirms the outcome, together
 *   with the decision log entry it became (`entryId`).
 *
 * Everything is validated on reading: another computer, or a hand-edited file, may hold
 * anything, and a proposal that cannot be read is left out rather than break the page.
 */
import * as Y from 'yjs';
import {
  DEFAULT_DECISION_RULES,
  isDecisionMethod,
  isQuorumComparison,
  isVoterKind,
  type DecisionRules,
  type Quorum,
} from '../model/decision-rules';
import { newId } from '../model/ids';
import { isProposalMethod, positionInfo, type ProposalMethod } from '../model/proposal-methods';
import {
  OUTCOMES,
  REASON_MAX,
  type Outcome,
  type OutcomeReason,
  type Proposal,
  type ProposalClosure,
  type ProposalResponse,
} from '../model/proposals';
import { isRecord } from '../model/records';

const PROPOSALS = 'proposals';
export const PROPOSAL_TITLE_MAX = 200;
export const PROPOSAL_TEXT_MAX = 20_000;
export const RATIONALE_MAX = 4000;

/** The document version a proposal is about, e.g. "adopt the Terms of Reference as of version 3". */
export interface ProposalDocumentLink {
  documentId: string;
  versionId?: string;
}

export interface StoredClosure extends ProposalClosure {
  /** The decision log entry the outcome became. */
  entryId?: string;
}

export interface StoredProposal extends Proposal {
  text: string;
  /** Member id of who put it ('' when nobody was chosen on that computer). */
  putBy: string;
  meetingId?: string;
  agendaItemId?: string;
  document?: ProposalDocumentLink;
  /** A decision log entry this proposal would amend or reverse. */
  amends?: string;
  reverses?: string;
  closure?: StoredClosure;
}

export interface NewProposal {
  title: string;
  text: string;
  method: ProposalMethod;
  rules: DecisionRules;
  putBy: string;
  at: string;
  meetingId?: string;
  agendaItemId?: string;
  document?: ProposalDocumentLink;
  amends?: string;
  reverses?: string;
}

export type ProposalInputProblem = 'title-required' | 'title-too-long' | 'text-too-long' | 'who-may-respond-required';

export function validateProposal(input: Pick<NewProposal, 'title' | 'text' | 'rules'>): ProposalInputProblem[] {
  const problems: ProposalInputProblem[] = [];
  const title = input.title.trim();
  if (!title) problems.push('title-required');
  else if (title.length > PROPOSAL_TITLE_MAX) problems.push('title-too-long');
  if (input.text.length > PROPOSAL_TEXT_MAX) problems.push('text-too-long');
  if (input.rules.whoMayVote.length === 0) problems.push('who-may-respond-required');
  return problems;
}

export function proposalsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(PROPOSALS);
}

const text = (value: unknown, max: number): string => (typeof value === 'string' ? value.slice(0, max) : '');
const optionalId = (value: unknown): string | undefined =>
  typeof value === 'string' && /^[A-Za-z0-9_-]{1,80}$/.test(value) ? value : undefined;
const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Rules as a plain value (they are stored inside the proposal: later changes to the workspace's rules do not alter it). */
function rulesValue(rules: DecisionRules): Record<string, unknown> {
  return JSON.parse(JSON.stringify(rules)) as Record<string, unknown>;
}

function readRules(value: unknown): DecisionRules {
  const defaults = DEFAULT_DECISION_RULES;
  if (!isRecord(value)) return { ...defaults, whoMayVote: [...defaults.whoMayVote] };
  const quorumValue = value['quorum'];
  let quorum: Quorum = defaults.quorum;
  if (isRecord(quorumValue)) {
    const count = finite(quorumValue['count']);
    const percent = finite(quorumValue['percent']);
    if (quorumValue['kind'] === 'count' && count !== undefined && count >= 0) quorum = { kind: 'count', count: Math.floor(count) };
    else if (quorumValue['kind'] === 'share' && percent !== undefined && percent >= 0 && percent <= 100) {
      quorum = { kind: 'share', percent, comparison: isQuorumComparison(quorumValue['comparison']) ? quorumValue['comparison'] : 'more-than' };
    }
  }
  const threshold = finite(value['threshold']);
  const voters = Array.isArray(value['whoMayVote']) ? [...new Set(value['whoMayVote'].filter(isVoterKind))] : [...defaults.whoMayVote];
  return {
    method: isDecisionMethod(value['method']) ? value['method'] : defaults.method,
    threshold: threshold !== undefined && threshold >= 50 && threshold <= 100 ? threshold : defaults.threshold,
    quorum,
    whoMayVote: voters,
    blockStopsConsensus: typeof value['blockStopsConsensus'] === 'boolean' ? value['blockStopsConsensus'] : defaults.blockStopsConsensus,
  };
}

function readResponse(value: unknown, method: ProposalMethod): ProposalResponse | null {
  if (!isRecord(value)) return null;
  const seat = optionalId(value['seat']);
  const by = optionalId(value['by']);
  const at = typeof value['at'] === 'string' ? value['at'] : '';
  const info = positionInfo(method, String(value['position']));
  if (!seat || !by || !at || !info) return null;
  const response: ProposalResponse = { seat, by, position: info.position, at };
  const reason = text(value['reason'], REASON_MAX).trim();
  if (reason) response.reason = reason;
  const recordedBy = optionalId(value['recordedBy']);
  if (recordedBy) response.recordedBy = recordedBy;
  return response;
}

const isOutcome = (value: unknown): value is Outcome => typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);

function readClosure(value: unknown): StoredClosure | undefined {
  if (!isRecord(value) || !isOutcome(value['outcome'])) return undefined;
  const closure: StoredClosure = {
    outcome: value['outcome'],
    reasons: Array.isArray(value['reasons']) ? (value['reasons'].filter((reason) => typeof reason === 'string') as OutcomeReason[]) : [],
    by: optionalId(value['by']) ?? '',
    at: typeof value['at'] === 'string' ? value['at'] : '',
    quorumOverridden: value['quorumOverridden'] === true,
    present: finite(value['present']) ?? 0,
    quorumRequired: finite(value['quorumRequired']) ?? 0,
  };
  const rationale = text(value['rationale'], RATIONALE_MAX).trim();
  if (rationale) closure.rationale = rationale;
  const entryId = optionalId(value['entryId']);
  if (entryId) closure.entryId = entryId;
  return closure;
}

function readDocumentLink(value: unknown): ProposalDocumentLink | undefined {
  if (!isRecord(value)) return undefined;
  const documentId = optionalId(value['documentId']);
  if (!documentId) return undefined;
  const versionId = optionalId(value['versionId']);
  return versionId ? { documentId, versionId } : { documentId };
}

/** One proposal as stored, or null when it cannot be read (no valid method, title or date). */
export function readProposalFrom(id: string, item: unknown): StoredProposal | null {
  if (!(item instanceof Y.Map)) return null;
  const method = item.get('method');
  const title = text(item.get('title'), PROPOSAL_TITLE_MAX).trim();
  const putAt = item.get('putAt');
  if (!isProposalMethod(method) || !title || typeof putAt !== 'string') return null;
  const responsesType = item.get('responses');
  const responses =
    responsesType instanceof Y.Array
      ? responsesType.toArray().flatMap((value) => {
          const response = readResponse(value, method);
          return response ? [response] : [];
        })
      : [];
  const proposal: StoredProposal = {
    id,
    title,
    text: text(item.get('text'), PROPOSAL_TEXT_MAX),
    method,
    rules: readRules(item.get('rules')),
    putAt,
    putBy: optionalId(item.get('putBy')) ?? '',
    responses,
  };
  const meetingId = optionalId(item.get('meetingId'));
  const agendaItemId = optionalId(item.get('agendaItemId'));
  const document = readDocumentLink(item.get('document'));
  const amends = optionalId(item.get('amends'));
  const reverses = optionalId(item.get('reverses'));
  const closure = readClosure(item.get('closure'));
  if (meetingId) proposal.meetingId = meetingId;
  if (meetingId && agendaItemId) proposal.agendaItemId = agendaItemId;
  if (document) proposal.document = document;
  if (amends) proposal.amends = amends;
  if (reverses) proposal.reverses = reverses;
  if (closure) proposal.closure = closure;
  return proposal;
}

export function readProposal(doc: Y.Doc, id: string): StoredProposal | null {
  return readProposalFrom(id, proposalsMap(doc).get(id));
}

/** Every readable proposal: open ones first, then by when they were put (newest first). */
export function listProposals(doc: Y.Doc): StoredProposal[] {
  const proposals: StoredProposal[] = [];
  proposalsMap(doc).forEach((item, id) => {
    const proposal = readProposalFrom(id, item);
    if (proposal) proposals.push(proposal);
  });
  return proposals.sort(
    (a, b) => Number(a.closure !== undefined) - Number(b.closure !== undefined) || (a.putAt < b.putAt ? 1 : a.putAt > b.putAt ? -1 : a.id < b.id ? -1 : 1),
  );
}

/** Puts a proposal; returns its id. Validate first (validateProposal): this only trims and cuts. */
export function putProposalIn(doc: Y.Doc, input: NewProposal): string {
  const id = newId('prop', (bytes) => crypto.getRandomValues(bytes));
  const item = new Y.Map<unknown>();
  item.set('title', input.title.trim().slice(0, PROPOSAL_TITLE_MAX));
  item.set('text', input.text.trim().slice(0, PROPOSAL_TEXT_MAX));
  item.set('method', input.method);
  item.set('rules', rulesValue(input.rules));
  item.set('putAt', input.at);
  item.set('putBy', input.putBy);
  if (input.meetingId) item.set('meetingId', input.meetingId);
  if (input.meetingId && input.agendaItemId) item.set('agendaItemId', input.agendaItemId);
  if (input.document) item.set('document', { ...input.document });
  if (input.amends) item.set('amends', input.amends);
  if (input.reverses) item.set('reverses', input.reverses);
  item.set('responses', new Y.Array<unknown>());
  proposalsMap(doc).set(id, item);
  return id;
}

function itemOf(doc: Y.Doc, id: string): Y.Map<unknown> | null {
  const item = proposalsMap(doc).get(id);
  return item instanceof Y.Map ? item : null;
}

/** Appends a response the model accepted (shared/model/proposals.ts `respond`). */
export function appendResponse(doc: Y.Doc, proposalId: string, response: ProposalResponse): boolean {
  const item = itemOf(doc, proposalId);
  if (!item) return false;
  doc.transact(() => {
    let responses = item.get('responses');
    if (!(responses instanceof Y.Array)) {
      responses = new Y.Array<unknown>();
      item.set('responses', responses);
    }
    (responses as Y.Array<unknown>).push([{ ...response }]);
  });
  return true;
}

/** Writes the confirmed outcome (shared/model/proposal-outcome.ts `confirmOutcome`) and the log entry it became. */
export function writeClosure(doc: Y.Doc, proposalId: string, closure: StoredClosure): boolean {
  const item = itemOf(doc, proposalId);
  if (!item) return false;
  item.set('closure', JSON.parse(JSON.stringify(closure)) as unknown);
  return true;
}

export function observeProposals(doc: Y.Doc, listener: () => void): () => void {
  const map = proposalsMap(doc);
  const onChange = () => listener();
  map.observeDeep(onChange);
  return () => map.unobserveDeep(onChange);
}
