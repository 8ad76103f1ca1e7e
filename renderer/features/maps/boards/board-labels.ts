/**
 * The boards' export labels in the current language, for the structured text versions in
 * shared/sync/boards/* (`theoryOfChangeBlocks(content, title, tocLabels(t))`, …) that the
 * workspace DOCX/PDF export includes.
 */
import type { TFunction } from 'i18next';
import type { ForceFieldLabels } from '../../../../shared/sync/boards/force-field';
import type { ProblemTreeLabels } from '../../../../shared/sync/boards/problem-tree';
import type { TocLabels } from '../../../../shared/sync/boards/theory-of-change';

export function tocLabels(t: TFunction): TocLabels {
  return {
    heading: t('maps.toc.title'),
    chain: (position) => t('maps.toc.chain', { position }),
    if: t('maps.toc.if.label'),
    then: t('maps.toc.then.label'),
    because: t('maps.toc.because.label'),
    leadsTo: t('maps.toc.export.leadsTo'),
    empty: t('maps.toc.export.empty'),
    blank: t('maps.toc.blank'),
  };
}

export function problemTreeLabels(t: TFunction): ProblemTreeLabels {
  return {
    heading: t('maps.problemTree.title'),
    core: t('maps.problemTree.core'),
    causes: t('maps.problemTree.cause.heading'),
    effects: t('maps.problemTree.effect.heading'),
    none: t('maps.problemTree.export.none'),
    blank: t('maps.problemTree.untitled'),
  };
}

export function forceFieldLabels(t: TFunction): ForceFieldLabels {
  return {
    heading: t('maps.forceField.title'),
    goal: t('maps.forceField.goal'),
    force: t('maps.forceField.export.force'),
    side: t('maps.forceField.export.side'),
    weight: t('maps.forceField.export.weight'),
    note: t('maps.forceField.export.note'),
    driving: t('maps.forceField.export.driving'),
    restraining: t('maps.forceField.export.restraining'),
    total: (side) => t('maps.forceField.export.total', { side }),
    balance: t('maps.forceField.export.balance'),
    blank: t('maps.forceField.untitled'),
  };
}
