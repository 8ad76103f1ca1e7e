/** How decisions read in the interface: names of methods, outcomes, reasons and refusals. */
import type { TFunction } from 'i18next';
import type { Member } from '../../../shared/model/members';
import { positionInfo, type ProposalMethod } from '../../../shared/model/proposal-methods';
import type { DecisionError, OutcomeReason } from '../../../shared/model/proposals';

export function memberName(members: readonly Member[], id: string, t: TFunction): string {
  return members.find((member) => member.id === id)?.name ?? t('decisions.unknownMember');
}

export function positionLabel(t: TFunction, method: ProposalMethod, position: string): string {
  const info = positionInfo(method, position);
  return info ? t(info.labelKey) : position;
}

/** Why a response or a confirmation was refused, with what to do. */
export function decisionErrorMessage(t: TFunction, error: DecisionError | { code: 'missing' }): string {
  return t(`decisions.errors.${error.code}`);
}

export function reasonsText(t: TFunction, reasons: readonly OutcomeReason[]): string {
  return reasons.map((reason) => t(`decisions.reasons.${reason}`)).join(' ');
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** A date-time in the reader's language (one formatter per language: lists format many). */
export function formatDateTime(iso: string, locale: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  let format = dateTimeFormats.get(locale);
  if (!format) dateTimeFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return format.format(time);
}
