/**
 * What putting, answering and closing a proposal does to the workspace's Y.Doc. The rules
 * are the pure model's (shared/model/proposals.ts, proposal-outcome.ts); this file stores
 * what the model accepted and turns a confirmed outcome into a decision log entry.
 */
import type * as Y from 'yjs';
import type { Member } from '../../../shared/model/members';
import { electorateOf, type Electorate } from '../../../shared/model/electorate';
import { confirmOutcome, type ConfirmInput } from '../../../shared/model/proposal-outcome';
import { respond, type DecisionError, type ProposalResponse, type ResponseInput } from '../../../shared/model/proposals';
import type { Tally } from '../../../shared/model/proposal-tally';
import { tallyProposal } from '../../../shared/model/proposal-tally';
import type { JsonValue } from '../../../shared/model/decision-log-hash';
import { appendDecision, hasDecisionFor, type LogEntry } from '../../../shared/sync/decision-log';
import { adoptDocument, readLifecycle, canTransition } from '../../../shared/sync/document-lifecycle';
import { appendResponse, readProposal, writeClosure, type StoredProposal } from '../../../shared/sync/proposals-doc';

export function electorateFor(proposal: Pick<StoredProposal, 'rules'>, members: readonly Member[], today: string): Electorate {
  return electorateOf(members, proposal.rules.whoMayVote, today);
}

export type ActionResult<T = object> = ({ ok: true } & T) | { ok: false; error: DecisionError | { code: 'missing' } };

/** Records a member's response (or the secretary's on their behalf). Reads the proposal afresh: it may have closed meanwhile. */
export function answerProposal(
  doc: Y.Doc,
  proposalId: string,
  electorate: Electorate,
  input: ResponseInput,
): ActionResult<{ response: ProposalResponse; replaced?: ProposalResponse }> {
  const proposal = readProposal(doc, proposalId);
  if (!proposal) return { ok: false, error: { code: 'missing' } };
  const result = respond(proposal, electorate, input);
  if (!result.ok) return result;
  const response = result.proposal.responses.at(-1)!;
  appendResponse(doc, proposalId, response);
  return { ok: true, response, ...(result.replaced ? { replaced: result.replaced } : {}) };
}

/** The count as the log keeps it: per position, and the figures the outcome rested on. */
export function logTally(tally: Tally, quorumOverridden: boolean): JsonValue {
  return {
    positions: Object.fromEntries(tally.positions.map(({ position, count }) => [position, count])),
    eligible: tally.eligible,
    responded: tally.responded,
    present: tally.present,
    quorumRequired: tally.quorumRequired,
    quorumOverridden,
  };
}

export interface CloseInput extends ConfirmInput {
  /** Mark the proposal's linked document adopted by this decision (when adopted and the document may be adopted). */
  adoptDocument?: { name: string };
}

/**
 * Confirms the computed outcome, records it in the decision log (a new numbered entry
 * linked by hash to the log's heads) and closes the proposal with the entry's id.
 */
export async function closeProposal(
  doc: Y.Doc,
  proposalId: string,
  electorate: Electorate,
  input: CloseInput,
): Promise<ActionResult<{ entry: LogEntry }>> {
  const proposal = readProposal(doc, proposalId);
  if (!proposal) return { ok: false, error: { code: 'missing' } };
  // An entry already recording it (its closure not written yet, or not arrived): closed all the same.
  if (hasDecisionFor(doc, proposalId)) return { ok: false, error: { code: 'proposal-closed' } };
  const result = confirmOutcome(proposal, electorate, input);
  if (!result.ok) return result;
  const closure = result.proposal.closure!;
  const tally = tallyProposal(proposal, electorate, input.attendance);
  const entry = await appendDecision(
    doc,
    {
      date: closure.at.slice(0, 10),
      ...(proposal.meetingId ? { meetingId: proposal.meetingId } : {}),
      title: proposal.title,
      text: proposal.text,
      method: proposal.method,
      tally: logTally(tally, closure.quorumOverridden),
      outcome: closure.outcome,
      rationale: closure.rationale ?? '',
      ...(proposal.amends ? { amends: proposal.amends } : {}),
      ...(proposal.reverses ? { reverses: proposal.reverses } : {}),
      proposalId,
    },
    input.by,
    closure.at,
  );
  doc.transact(() => {
    writeClosure(doc, proposalId, { ...closure, entryId: entry.id });
    const link = proposal.document;
    if (input.adoptDocument && link && closure.outcome === 'adopted' && canTransition(readLifecycle(doc, link.documentId).status, 'adopted')) {
      adoptDocument(
        doc,
        link.documentId,
        { adoptedOn: closure.at.slice(0, 10), decision: proposal.title, entryId: entry.id },
        { name: input.adoptDocument.name, at: Date.parse(closure.at) || Date.now() },
      );
    }
  });
  return { ok: true, entry };
}
