import { describe, expect, it } from 'vitest';
import {
  PROPOSAL_METHODS,
  defaultProposalMethod,
  positionInfo,
  responseScale,
} from '../../../shared/model/proposal-methods';

const positions = (method: (typeof PROPOSAL_METHODS)[number]) => responseScale(method).map((info) => info.position);

describe('response scales', () => {
  it('Gradients of Agreement: the eight points from endorsement through "don\'t like but will support" to block', () => {
    expect(positions('gradients')).toEqual([
      'endorse',
      'agree-minor-contention',
      'support-with-reservations',
      'abstain',
      'more-discussion',
      'dislike-but-support',
      'serious-disagreement',
      'block',
    ]);
    expect(responseScale('gradients').map((info) => info.stance)).toEqual([
      'support',
      'support',
      'support',
      'abstain',
      'defer',
      'support',
      'oppose',
      'block',
    ]);
  });

  it.each([
    ['commitment', ['champion', 'active-support', 'support', 'reservations', 'cannot-support']],
    ['consent', ['no-objection', 'objection']],
    ['simple-majority', ['for', 'against', 'abstain']],
    ['qualified-majority', ['for', 'against', 'abstain']],
  ] as const)('%s offers %j', (method, expected) => {
    expect(positions(method)).toEqual(expected);
  });

  it('names message keys, not text', () => {
    expect(positionInfo('gradients', 'dislike-but-support')).toMatchObject({
      labelKey: 'decisions.positions.gradients.dislike-but-support.label',
      hintKey: 'decisions.positions.gradients.dislike-but-support.hint',
    });
    expect(positionInfo('qualified-majority', 'for')?.labelKey).toBe('decisions.positions.majority.for.label');
  });

  it('asks a reason for a block and an objection only', () => {
    const needingReason = PROPOSAL_METHODS.flatMap((method) =>
      responseScale(method)
        .filter((info) => info.reasonRequired)
        .map((info) => `${method}:${info.position}`),
    );
    expect(needingReason).toEqual(['gradients:block', 'consent:objection']);
  });

  it('does not know a position of another scale', () => {
    expect(positionInfo('consent', 'block')).toBeUndefined();
    expect(positionInfo('simple-majority', 'endorse')).toBeUndefined();
  });

  it.each([
    ['consensus', 'gradients'],
    ['consent', 'consent'],
    ['simple-majority', 'simple-majority'],
    ['qualified-majority', 'qualified-majority'],
  ] as const)('a workspace deciding by %s puts proposals under %s by default', (rule, method) => {
    expect(defaultProposalMethod(rule)).toBe(method);
  });
});
