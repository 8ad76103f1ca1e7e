// Where an action item came from, as a link and its text: the meeting, the decision in the log
// (numbered, when the entry is known), or the proposal; unknown ones still read sensibly.
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { sourceHref, sourceText, type SourceTitles } from '../../../renderer/features/actions/source-links';
import type { ActionSource } from '../../../shared/sync/action-items';

const t = ((key: string, values?: Record<string, unknown>) => `${key}${values ? JSON.stringify(values) : ''}`) as unknown as TFunction;

const titles: SourceTitles = {
  meetings: new Map([['mtg_1', 'November meeting']]),
  proposals: new Map([['prop_1', 'Adopt the budget']]),
  decisions: new Map([['dec_1', { number: 4, title: 'Budget adopted' }]]),
};

describe('action item sources', () => {
  it.each<[string, ActionSource, string, string]>([
    ['a known meeting', { kind: 'meeting', meetingId: 'mtg_1' }, '#/w/ws_1/meetings/mtg_1', 'actions.source.meetingNamed{"title":"November meeting"}'],
    ['an unknown meeting', { kind: 'meeting', meetingId: 'mtg_9' }, '#/w/ws_1/meetings/mtg_9', 'actions.source.meeting'],
    ['a decision in the log', { kind: 'decision', proposalId: 'prop_1', entryId: 'dec_1' }, '#/w/ws_1/log', 'actions.source.decisionNumbered{"number":4,"title":"Budget adopted"}'],
    ['a log entry not (yet) here, its proposal known', { kind: 'decision', proposalId: 'prop_1', entryId: 'dec_9' }, '#/w/ws_1/log', 'actions.source.proposalNamed{"title":"Adopt the budget"}'],
    ['a log entry and proposal both unknown', { kind: 'decision', proposalId: 'prop_9', entryId: 'dec_9' }, '#/w/ws_1/log', 'actions.source.decisionEntry'],
    ['a proposal not decided yet', { kind: 'decision', proposalId: 'prop_1' }, '#/w/ws_1/decisions/prop_1', 'actions.source.proposalNamed{"title":"Adopt the budget"}'],
    ['an unknown proposal', { kind: 'decision', proposalId: 'prop_9' }, '#/w/ws_1/decisions/prop_9', 'actions.source.proposal'],
  ])('%s', (_name, source, href, text) => {
    expect(sourceHref('ws_1', source)).toBe(href);
    expect(sourceText(t, source, titles)).toBe(text);
  });
});
