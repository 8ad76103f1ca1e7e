/**
 * The member register: organisations and individuals, their roles, who represents
 * an organisation, and contact details that each carry who may see them and the
 * member's recorded consent (private by default, GDPR). Pure rules and validation;
 * the Yjs layout is in `shared/sync/people-doc.ts`.
 */
import { isIsoDate } from './dates';

export const MEMBER_KINDS = ['organisation', 'individual'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

export const MEMBER_ROLES = ['chair', 'co-chair', 'secretary', 'treasurer', 'member', 'observer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** How an individual represents a member organisation on the committee. */
export const REPRESENTATION_ROLES = ['delegate', 'alternate'] as const;
export type RepresentationRole = (typeof REPRESENTATION_ROLES)[number];

export const CONTACT_FIELDS = ['email', 'phone', 'address'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** Who may see a contact field: only the secretary (the default), all members, or anyone. */
export const VISIBILITIES = ['secretary', 'members', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

/** Whose eyes a screen or an export is for. */
export type ViewerRole = 'secretary' | 'member' | 'public';

export interface ContactDetail {
  value: string;
  visibility: Visibility;
  /** The member agreed to this field being shared as marked. */
  consent: boolean;
  /** When the consent was recorded (`YYYY-MM-DD`). */
  consentOn?: string;
}

export type Contacts = Partial<Record<ContactField, ContactDetail>>;

/** What a person fills in for a member. */
export interface MemberDraft {
  kind: MemberKind;
  name: string;
  role: MemberRole;
  voting: boolean;
  /** For an individual who represents a member organisation: the organisation's id… */
  representationOf?: string;
  /** …and whether as its delegate or as an alternate. */
  representationRole?: RepresentationRole;
  /** ISO 3166-1 alpha-2; the interface names it in the reader's language. */
  country?: string;
  joinedOn?: string;
  /** A member who leaves stays in the register as a former member. */
  leftOn?: string;
  notes?: string;
  contacts: Contacts;
}

export interface Member extends MemberDraft {
  id: string;
  /** Set when the member's personal data was erased on request; the record stays as a placeholder. */
  erasedOn?: string;
}

export const MEMBER_NAME_MAX = 120;
export const MEMBER_NOTES_MAX = 2000;
export const ADDRESS_MAX = 300;
export const EMAIL_MAX = 254;

export function isMemberKind(value: unknown): value is MemberKind {
  return typeof value === 'string' && (MEMBER_KINDS as readonly string[]).includes(value);
}
export function isMemberRole(value: unknown): value is MemberRole {
  return typeof value === 'string' && (MEMBER_ROLES as readonly string[]).includes(value);
}
export function isRepresentationRole(value: unknown): value is RepresentationRole {
  return typeof value === 'string' && (REPRESENTATION_ROLES as readonly string[]).includes(value);
}
export function isVisibility(value: unknown): value is Visibility {
  return typeof value === 'string' && (VISIBILITIES as readonly string[]).includes(value);
}

export function emptyMemberDraft(kind: MemberKind = 'organisation'): MemberDraft {
  return { kind, name: '', role: 'member', voting: kind === 'organisation', contacts: {} };
}

/** A former member: erased, or left on or before `today`. A leaving date still ahead is a notice, not a departure. */
export function isFormer(member: Pick<Member, 'leftOn' | 'erasedOn'>, today: string): boolean {
  return member.erasedOn !== undefined || (member.leftOn !== undefined && member.leftOn <= today);
}

/**
 * What the person using this computer may see, from the member they said they are.
 * Nobody chosen, or a former member, sees what the public sees.
 */
export function viewerRoleOf(me: Member | undefined, today: string): ViewerRole {
  if (!me || isFormer(me, today)) return 'public';
  return me.role === 'secretary' ? 'secretary' : 'member';
}

/** Without recorded consent a field is treated as secretary-only, whatever its mark says. */
export function effectiveVisibility(detail: ContactDetail): Visibility {
  return detail.consent ? detail.visibility : 'secretary';
}

export function canSeeContact(detail: ContactDetail, viewer: ViewerRole): boolean {
  if (viewer === 'secretary') return true;
  const visibility = effectiveVisibility(detail);
  if (viewer === 'member') return visibility === 'members' || visibility === 'public';
  return visibility === 'public';
}

/**
 * The contact fields `viewer` may see on `member`'s record. A member always sees
 * their own (pass `viewerId`).
 */
export function visibleContactFields(member: Member, viewer: ViewerRole, viewerId?: string): Contacts {
  const own = viewerId !== undefined && viewerId === member.id;
  const visible: Contacts = {};
  for (const field of CONTACT_FIELDS) {
    const detail = member.contacts[field];
    if (detail && (own || canSeeContact(detail, viewer))) visible[field] = { ...detail };
  }
  return visible;
}

/** For comparing and searching names: case, accents, Arabic short vowels and spacing do not count. */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function nameMatches(name: string, query: string): boolean {
  const folded = foldName(query);
  return folded === '' || foldName(name).includes(folded);
}

export type MemberField =
  | 'kind'
  | 'name'
  | 'role'
  | 'representationOf'
  | 'representationRole'
  | 'country'
  | 'joinedOn'
  | 'leftOn'
  | 'notes'
  | `contact.${ContactField}`
  | `consentOn.${ContactField}`;

export type MemberProblemCode =
  | 'required'
  | 'too-long'
  | 'duplicate'
  | 'invalid'
  | 'invalid-date'
  | 'before-joined'
  | 'in-future'
  | 'not-an-organisation'
  | 'only-individuals'
  | 'delegate-taken'
  | 'consent-required';

export interface MemberProblem {
  field: MemberField;
  code: MemberProblemCode;
}

export interface MemberValidationContext {
  /** The register as it is (the member being edited included, or not: `selfId` tells). */
  members: readonly Member[];
  selfId?: string;
  today: string;
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE_CHARS = /^\+?[0-9 ().\/-]+$/;

export function isValidEmail(value: string): boolean {
  return value.length <= EMAIL_MAX && EMAIL.test(value);
}

/** International or local numbers with the usual separators: 6 to 15 digits (ITU E.164 allows 15). */
export function isValidPhone(value: string): boolean {
  const digits = value.replace(/\D/g, '').length;
  return PHONE_CHARS.test(value) && digits >= 6 && digits <= 15;
}

function contactProblems(field: ContactField, detail: ContactDetail | undefined, today: string): MemberProblem[] {
  if (!detail || detail.value.trim() === '') return [];
  const problems: MemberProblem[] = [];
  const value = detail.value.trim();
  const key = `contact.${field}` as const;
  if (field === 'email' && !isValidEmail(value)) problems.push({ field: key, code: 'invalid' });
  if (field === 'phone' && !isValidPhone(value)) problems.push({ field: key, code: 'invalid' });
  if (field === 'address' && value.length > ADDRESS_MAX) problems.push({ field: key, code: 'too-long' });
  if (!isVisibility(detail.visibility)) problems.push({ field: key, code: 'invalid' });
  else if (detail.visibility !== 'secretary' && !detail.consent) problems.push({ field: key, code: 'consent-required' });
  if (detail.consent) {
    const consentKey = `consentOn.${field}` as const;
    if (!detail.consentOn) problems.push({ field: consentKey, code: 'required' });
    else if (!isIsoDate(detail.consentOn)) problems.push({ field: consentKey, code: 'invalid-date' });
    else if (detail.consentOn > today) problems.push({ field: consentKey, code: 'in-future' });
  }
  return problems;
}

/** Everything wrong with `draft`, in form order; an empty list means it may be saved. */
export function validateMember(draft: MemberDraft, context: MemberValidationContext): MemberProblem[] {
  const problems: MemberProblem[] = [];
  const others = context.members.filter((member) => member.id !== context.selfId && member.erasedOn === undefined);

  if (!isMemberKind(draft.kind)) problems.push({ field: 'kind', code: 'invalid' });
  const name = draft.name.trim();
  if (name === '') problems.push({ field: 'name', code: 'required' });
  else if (name.length > MEMBER_NAME_MAX) problems.push({ field: 'name', code: 'too-long' });
  else if (others.some((member) => foldName(member.name) === foldName(name))) problems.push({ field: 'name', code: 'duplicate' });
  if (!isMemberRole(draft.role)) problems.push({ field: 'role', code: 'invalid' });

  if (draft.representationOf !== undefined) {
    const organisation = others.find((member) => member.id === draft.representationOf);
    if (draft.kind !== 'individual') problems.push({ field: 'representationOf', code: 'only-individuals' });
    else if (!organisation || organisation.kind !== 'organisation') problems.push({ field: 'representationOf', code: 'not-an-organisation' });
    if (!isRepresentationRole(draft.representationRole)) problems.push({ field: 'representationRole', code: 'required' });
    else if (
      draft.representationRole === 'delegate' &&
      !(draft.leftOn !== undefined && draft.leftOn <= context.today) &&
      others.some(
        (member) =>
          member.representationOf === draft.representationOf &&
          member.representationRole === 'delegate' &&
          !isFormer(member, context.today),
      )
    ) {
      problems.push({ field: 'representationRole', code: 'delegate-taken' });
    }
  }

  if (draft.country !== undefined && !/^[A-Z]{2}$/.test(draft.country)) problems.push({ field: 'country', code: 'invalid' });
  if (draft.joinedOn !== undefined && !isIsoDate(draft.joinedOn)) problems.push({ field: 'joinedOn', code: 'invalid-date' });
  if (draft.leftOn !== undefined) {
    if (!isIsoDate(draft.leftOn)) problems.push({ field: 'leftOn', code: 'invalid-date' });
    else if (draft.joinedOn !== undefined && isIsoDate(draft.joinedOn) && draft.leftOn < draft.joinedOn) {
      problems.push({ field: 'leftOn', code: 'before-joined' });
    }
  }
  if ((draft.notes ?? '').length > MEMBER_NOTES_MAX) problems.push({ field: 'notes', code: 'too-long' });
  for (const field of CONTACT_FIELDS) problems.push(...contactProblems(field, draft.contacts[field], context.today));
  return problems;
}

/** Trims text, drops empty optional fields and empty contacts, so what is stored is tidy. */
export function normaliseMemberDraft(draft: MemberDraft): MemberDraft {
  const text = (value: string | undefined) => {
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  };
  const contacts: Contacts = {};
  for (const field of CONTACT_FIELDS) {
    const detail = draft.contacts[field];
    const value = text(detail?.value);
    if (!detail || value === undefined) continue;
    contacts[field] = {
      value,
      visibility: detail.visibility,
      consent: detail.consent,
      ...(detail.consent && detail.consentOn ? { consentOn: detail.consentOn } : {}),
    };
  }
  const individual = draft.kind === 'individual';
  const representationOf = individual ? text(draft.representationOf) : undefined;
  const out: MemberDraft = { kind: draft.kind, name: draft.name.trim(), role: draft.role, voting: draft.voting, contacts };
  if (representationOf !== undefined) {
    out.representationOf = representationOf;
    if (draft.representationRole !== undefined) out.representationRole = draft.representationRole;
  }
  const country = text(draft.country)?.toUpperCase();
  if (country !== undefined) out.country = country;
  const joinedOn = text(draft.joinedOn);
  if (joinedOn !== undefined) out.joinedOn = joinedOn;
  const leftOn = text(draft.leftOn);
  if (leftOn !== undefined) out.leftOn = leftOn;
  const notes = text(draft.notes);
  if (notes !== undefined) out.notes = notes;
  return out;
}

export interface MemberFilter {
  role?: MemberRole;
  /** An organisation and the people who represent it. */
  organisationId?: string;
  voting?: 'voting' | 'non-voting';
  status: 'current' | 'former' | 'all';
  query?: string;
}

export function filterMembers(members: readonly Member[], filter: MemberFilter, today: string): Member[] {
  return members.filter((member) => {
    const former = isFormer(member, today);
    if (filter.status === 'current' && former) return false;
    if (filter.status === 'former' && !former) return false;
    if (filter.role !== undefined && member.role !== filter.role) return false;
    if (filter.voting === 'voting' && !member.voting) return false;
    if (filter.voting === 'non-voting' && member.voting) return false;
    if (filter.organisationId !== undefined && member.id !== filter.organisationId && member.representationOf !== filter.organisationId) return false;
    return nameMatches(member.name, filter.query ?? '');
  });
}

export interface Representatives {
  delegate?: Member;
  alternates: Member[];
  /** People who once represented the organisation. */
  former: Member[];
}

export function representativesOf(organisationId: string, members: readonly Member[], today: string): Representatives {
  const out: Representatives = { alternates: [], former: [] };
  for (const member of members) {
    if (member.representationOf !== organisationId) continue;
    if (isFormer(member, today)) out.former.push(member);
    else if (member.representationRole === 'delegate' && !out.delegate) out.delegate = member;
    else out.alternates.push(member);
  }
  return out;
}

/** Alphabetical in the reader's language; stable for equal names. */
export function sortMembers(members: readonly Member[], locale: string): Member[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...members].sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}
