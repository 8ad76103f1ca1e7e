/** How the register reads in the interface language: dates, countries, representation, problems, export labels. */
import type { TFunction } from 'i18next';
import { isoDateOf } from '../../../shared/model/dates';
import { COUNTRY_CODES } from '../../../shared/model/countries';
import {
  MEMBER_KINDS,
  MEMBER_NAME_MAX,
  MEMBER_NOTES_MAX,
  ADDRESS_MAX,
  MEMBER_ROLES,
  type Member,
  type MemberProblem,
} from '../../../shared/model/members';
import type { ExportAudience, MemberExportLabels } from '../../../shared/model/member-export';

export function today(): string {
  return isoDateOf(new Date());
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A stored `YYYY-MM-DD` as the reader writes dates ("24 Feb 2025", "24 févr. 2025", "٢٤‏/٠٢‏/٢٠٢٥"…; with
 * `long`, "24 February 2025"), read as that calendar day wherever the reader is.
 */
export function formatIsoDate(isoDate: string, locale: string, dateStyle: 'medium' | 'long' = 'medium'): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  const key = `${locale}|${dateStyle}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, { dateStyle })));
  return format.format(new Date(year, month - 1, day));
}

const regionNames = new Map<string, Intl.DisplayNames>();
export function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    regionNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** Countries sorted by their name in the reader's language. */
export function countryOptions(locale: string): Array<{ code: string; name: string }> {
  const collator = new Intl.Collator(locale);
  return COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name));
}

/** "Delegate of Jisr…" for someone who represents an organisation, else null. */
export function representationText(t: TFunction, member: Member, members: readonly Member[]): string | null {
  if (!member.representationOf) return null;
  const organisation = members.find((candidate) => candidate.id === member.representationOf);
  if (!organisation) return null;
  const key = member.representationRole === 'delegate' ? 'members.delegateOf' : 'members.alternateOf';
  return t(key, { organisation: organisation.name });
}

/** The message shown under a field for a problem found by `validateMember`. */
export function memberProblemMessage(t: TFunction, problem: MemberProblem): string {
  const { field, code } = problem;
  if (field.startsWith('contact.') || field.startsWith('consentOn.')) {
    if (code === 'invalid' && field === 'contact.email') return t('contactsForm.emailInvalid');
    if (code === 'invalid' && field === 'contact.phone') return t('contactsForm.phoneInvalid');
    if (code === 'too-long') return t('contactsForm.addressTooLong', { max: ADDRESS_MAX });
    if (code === 'consent-required') return t('contactsForm.consentRequired');
    if (code === 'required') return t('contactsForm.consentDateRequired');
    if (code === 'in-future') return t('contactsForm.consentInFuture');
    if (code === 'invalid-date') return t('contactsForm.invalidDate');
    return t('contactsForm.invalid');
  }
  switch (code) {
    case 'required':
      return field === 'name' ? t('memberForm.nameRequired') : t('memberForm.representationRequired');
    case 'too-long':
      return field === 'notes' ? t('memberForm.notesTooLong', { max: MEMBER_NOTES_MAX }) : t('memberForm.nameTooLong', { max: MEMBER_NAME_MAX });
    case 'duplicate':
      return t('memberForm.nameDuplicate');
    case 'invalid-date':
      return t('memberForm.invalidDate');
    case 'before-joined':
      return t('memberForm.beforeJoined');
    case 'only-individuals':
      return t('memberForm.onlyIndividuals');
    case 'not-an-organisation':
      return t('memberForm.notAnOrganisation');
    case 'delegate-taken':
      return t('memberForm.delegateTaken');
    default:
      return t('memberForm.invalid');
  }
}

/** The first message for `field`, if any. */
export function messageFor(t: TFunction, problems: readonly MemberProblem[], field: MemberProblem['field']): string | null {
  const problem = problems.find((candidate) => candidate.field === field);
  return problem ? memberProblemMessage(t, problem) : null;
}

export function exportLabels(
  t: TFunction,
  options: { locale: string; workspaceName: string; audience: ExportAudience; today: string },
): MemberExportLabels {
  const { locale } = options;
  const date = formatIsoDate(options.today, locale);
  return {
    title: t('memberExport.fileTitle', { workspace: options.workspaceName }),
    note: options.audience === 'public' ? t('memberExport.fileNotePublic', { date }) : t('memberExport.fileNoteMembers', { date }),
    columns: {
      name: t('members.name'),
      kind: t('members.kind'),
      role: t('members.role'),
      represents: t('members.represents'),
      voting: t('members.voting'),
      country: t('memberForm.country'),
      joinedOn: t('members.joined'),
      email: t('contactsForm.email'),
      phone: t('contactsForm.phone'),
      address: t('contactsForm.address'),
    },
    kinds: Object.fromEntries(MEMBER_KINDS.map((kind) => [kind, t(`memberKinds.${kind}`)])) as MemberExportLabels['kinds'],
    roles: Object.fromEntries(MEMBER_ROLES.map((role) => [role, t(`roles.${role}`)])) as MemberExportLabels['roles'],
    represents: (role, organisation) => t(role === 'delegate' ? 'members.delegateOf' : 'members.alternateOf', { organisation }),
    yes: t('members.yes'),
    no: t('members.no'),
    country: (code) => countryName(code, locale),
    date: (isoDate) => formatIsoDate(isoDate, locale),
  };
}
