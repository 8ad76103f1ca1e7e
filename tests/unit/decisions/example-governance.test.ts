/** The example network's governance so far: a meeting, a decision that verifies, its action item — in every language. */
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { seedExampleGovernance } from '../../../renderer/features/workspaces/example-governance';
import { exampleWorkspace } from '../../../shared/model/example-workspace';
import { LOCALES } from '../../../shared/model/locale';
import { listActionItems } from '../../../shared/sync/action-items';
import { listDecisions, verifyDecisionLog } from '../../../shared/sync/decision-log';
import { listMeetings } from '../../../shared/sync/meetings-doc';
import { listProposals } from '../../../shared/sync/proposals-doc';

describe.each(LOCALES)('the example governance (%s)', (locale) => {
  it('holds a meeting, an adopted decision that verifies, and its action item', async () => {
    const example = exampleWorkspace(locale);
    const doc = new Y.Doc();
    await seedExampleGovernance(doc, locale, example.members, example.rules);
    const [meeting] = listMeetings(doc);
    expect(meeting?.agenda).toHaveLength(3);
    const [proposal] = listProposals(doc);
    expect(proposal).toMatchObject({ meetingId: meeting!.id, closure: { outcome: 'adopted', reasons: ['consensus'], by: 'person-02' } });
    expect(proposal!.responses).toHaveLength(4);
    const [entry] = listDecisions(doc);
    expect(entry).toMatchObject({ number: 1, fields: { outcome: 'adopted', meetingId: meeting!.id, method: 'gradients' } });
    expect(await verifyDecisionLog(doc)).toEqual({ ok: true, count: 1 });
    expect(listActionItems(doc)).toMatchObject([{ owner: 'person-01', status: 'done', source: { kind: 'decision', proposalId: proposal!.id, entryId: entry!.id } }]);
  });
});
