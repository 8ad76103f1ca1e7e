import { describe, expect, it } from 'vitest';
import {
  emptyMemberDraft,
  filterMembers,
  isFormer,
  isValidEmail,
  isValidPhone,
  nameMatches,
  normaliseMemberDraft,
  representativesOf,
  validateMember,
  viewerRoleOf,
  visibleContactFields,
  type Member,
  type MemberDraft,
} from '../../../shared/model/members';

const TODAY = '2025-06-01';

function member(id: string, patch: Partial<Member> = {}): Member {
  return { id, kind: 'organisation', name: id, role: 'member', voting: true, contacts: {}, ...patch };
}

const withContacts = member('karim', {
  kind: 'individual',
  name: 'Karim Saleh',
  contacts: {
    email: { value: 'karim@example.org', visibility: 'members', consent: true, consentOn: '2025-02-24' },
    phone: { value: '+49 151 5550 2201', visibility: 'secretary', consent: false },
    address: { value: 'Brückenstraße 12, Berlin', visibility: 'public', consent: true, consentOn: '2025-02-24' },
  },
});

describe('visibleContactFields', () => {
  it('shows the secretary every field', () => {
    expect(Object.keys(visibleContactFields(withContacts, 'secretary'))).toEqual(['email', 'phone', 'address']);
  });

  it('shows members the fields marked for members or the public', () => {
    expect(Object.keys(visibleContactFields(withContacts, 'member'))).toEqual(['email', 'address']);
  });

  it('shows the public only the public fields', () => {
    expect(Object.keys(visibleContactFields(withContacts, 'public'))).toEqual(['address']);
  });

  it('treats a field without recorded consent as secretary-only, whatever its mark', () => {
    const noConsent = member('x', { contacts: { email: { value: 'x@example.org', visibility: 'public', consent: false } } });
    expect(visibleContactFields(noConsent, 'public')).toEqual({});
    expect(visibleContactFields(noConsent, 'member')).toEqual({});
    expect(visibleContactFields(noConsent, 'secretary').email?.value).toBe('x@example.org');
  });

  it('lets a member see their own record in full', () => {
    expect(Object.keys(visibleContactFields(withContacts, 'member', 'karim'))).toEqual(['email', 'phone', 'address']);
    expect(Object.keys(visibleContactFields(withContacts, 'member', 'someone-else'))).toEqual(['email', 'address']);
  });

  it('returns copies, so a screen cannot change the record', () => {
    const visible = visibleContactFields(withContacts, 'secretary');
    visible.email!.value = 'changed';
    expect(withContacts.contacts.email!.value).toBe('karim@example.org');
  });
});

describe('viewer role', () => {
  it('is secretary for the current secretary, member for other current members, public otherwise', () => {
    expect(viewerRoleOf(member('s', { role: 'secretary' }), TODAY)).toBe('secretary');
    expect(viewerRoleOf(member('c', { role: 'chair' }), TODAY)).toBe('member');
    expect(viewerRoleOf(undefined, TODAY)).toBe('public');
    expect(viewerRoleOf(member('f', { role: 'secretary', leftOn: '2025-01-01' }), TODAY)).toBe('public');
    expect(viewerRoleOf(member('e', { erasedOn: '2025-01-01' }), TODAY)).toBe('public');
  });

  it('counts a member as former from their leaving day, not before', () => {
    expect(isFormer({ leftOn: '2025-06-01' }, TODAY)).toBe(true);
    expect(isFormer({ leftOn: '2025-06-02' }, TODAY)).toBe(false);
  });
});

describe('validateMember', () => {
  const register = [
    member('jisr', { name: 'Jisr Community Association' }),
    member('delegate', { kind: 'individual', name: 'Karim Saleh', representationOf: 'jisr', representationRole: 'delegate' }),
    member('gone', { name: 'Old Friends', erasedOn: '2024-01-01' }),
    member('person', { kind: 'individual', name: 'Layla Mansour' }),
  ];
  const context = { members: register, today: TODAY };
  const draft = (patch: Partial<MemberDraft>): MemberDraft => ({ ...emptyMemberDraft(), name: 'Passerelles Exil', ...patch });
  const codes = (d: MemberDraft, extra: Partial<typeof context> & { selfId?: string } = {}) =>
    validateMember(d, { ...context, ...extra }).map((problem) => `${problem.field}:${problem.code}`);

  it('accepts a complete organisation', () => {
    expect(codes(draft({ joinedOn: '2025-01-01', country: 'FR' }))).toEqual([]);
  });

  it('needs a name', () => {
    expect(codes(draft({ name: '   ' }))).toEqual(['name:required']);
    expect(codes(draft({ name: 'x'.repeat(121) }))).toEqual(['name:too-long']);
  });

  it('refuses a name already in the register, ignoring case, accents and spacing', () => {
    expect(codes(draft({ name: 'jisr  community association' }))).toEqual(['name:duplicate']);
    expect(codes(draft({ name: 'Karim Saléh', kind: 'individual' }))).toEqual(['name:duplicate']);
  });

  it('does not count the member being edited, nor an erased placeholder, as a duplicate', () => {
    expect(codes(draft({ name: 'Jisr Community Association' }), { selfId: 'jisr' })).toEqual([]);
    expect(codes(draft({ name: 'Old Friends' }))).toEqual([]);
  });

  it('checks dates: real calendar dates, and leaving after joining', () => {
    expect(codes(draft({ joinedOn: '2025-02-30' }))).toEqual(['joinedOn:invalid-date']);
    expect(codes(draft({ joinedOn: '2025-03-01', leftOn: '2025-02-01' }))).toEqual(['leftOn:before-joined']);
    expect(codes(draft({ leftOn: 'yesterday' }))).toEqual(['leftOn:invalid-date']);
  });

  it('checks email and phone formats', () => {
    const contacts = {
      email: { value: 'not-an-email', visibility: 'secretary', consent: false },
      phone: { value: 'call me', visibility: 'secretary', consent: false },
    } as const;
    expect(codes(draft({ contacts }))).toEqual(['contact.email:invalid', 'contact.phone:invalid']);
  });

  it('needs consent before a contact field is shared beyond the secretary, and a consent date not in the future', () => {
    const shared = { email: { value: 'a@example.org', visibility: 'members', consent: false } } as const;
    expect(codes(draft({ contacts: shared }))).toEqual(['contact.email:consent-required']);
    const noDate = { email: { value: 'a@example.org', visibility: 'members', consent: true } } as const;
    expect(codes(draft({ contacts: noDate }))).toEqual(['consentOn.email:required']);
    const future = { email: { value: 'a@example.org', visibility: 'public', consent: true, consentOn: '2025-06-02' } } as const;
    expect(codes(draft({ contacts: future }))).toEqual(['consentOn.email:in-future']);
    const fine = { email: { value: 'a@example.org', visibility: 'public', consent: true, consentOn: TODAY } } as const;
    expect(codes(draft({ contacts: fine }))).toEqual([]);
  });

  it('ignores an empty contact field', () => {
    expect(codes(draft({ contacts: { phone: { value: ' ', visibility: 'public', consent: false } } }))).toEqual([]);
  });

  it('lets only individuals represent an organisation, and only an organisation in the register', () => {
    const individual = { kind: 'individual', name: 'Hana Yousef' } as const;
    expect(codes(draft({ representationOf: 'jisr', representationRole: 'alternate' }))).toEqual(['representationOf:only-individuals']);
    expect(codes(draft({ ...individual, representationOf: 'person', representationRole: 'alternate' }))).toEqual([
      'representationOf:not-an-organisation',
    ]);
    expect(codes(draft({ ...individual, representationOf: 'jisr' }))).toEqual(['representationRole:required']);
    expect(codes(draft({ ...individual, representationOf: 'jisr', representationRole: 'alternate' }))).toEqual([]);
  });

  it('allows one current delegate per organisation', () => {
    const second = draft({ kind: 'individual', name: 'Hana Yousef', representationOf: 'jisr', representationRole: 'delegate' });
    expect(codes(second)).toEqual(['representationRole:delegate-taken']);
    expect(codes(draft({ ...second, name: 'Karim Saleh' }), { selfId: 'delegate' })).toEqual([]);
    const formerDelegate = register.map((m) => (m.id === 'delegate' ? { ...m, leftOn: '2025-05-01' } : m));
    expect(codes(second, { members: formerDelegate })).toEqual([]);
  });
});

describe('formats', () => {
  it.each(['a@example.org', 'first.last+tag@sub.example.co.uk'])('accepts the email %s', (value) => {
    expect(isValidEmail(value)).toBe(true);
  });
  it.each(['a@b', '@example.org', 'a b@example.org', 'a@example..org'])('refuses the email %s', (value) => {
    expect(isValidEmail(value)).toBe(false);
  });
  it.each(['+49 30 5550 1100', '(020) 7946 0958', '06.55.50.12.00', '+31-6-5550-3301'])('accepts the phone %s', (value) => {
    expect(isValidPhone(value)).toBe(true);
  });
  it.each(['12345', 'call me', '+49 30 5550 1100 ext 4', '1234567890123456'])('refuses the phone %s', (value) => {
    expect(isValidPhone(value)).toBe(false);
  });
});

describe('normaliseMemberDraft', () => {
  it('trims, drops empty optional fields and contacts, and forgets a consent date without consent', () => {
    const out = normaliseMemberDraft({
      kind: 'organisation',
      name: '  Amal  ',
      role: 'member',
      voting: true,
      country: 'se',
      notes: '   ',
      representationOf: 'jisr',
      contacts: {
        email: { value: ' circle@amal.example.org ', visibility: 'members', consent: false, consentOn: '2025-01-01' },
        phone: { value: '', visibility: 'public', consent: true },
      },
    });
    expect(out).toEqual({
      kind: 'organisation',
      name: 'Amal',
      role: 'member',
      voting: true,
      country: 'SE',
      contacts: { email: { value: 'circle@amal.example.org', visibility: 'members', consent: false } },
    });
  });
});

describe('filters and search', () => {
  const register = [
    member('jisr', { name: 'Jisr Community Association', role: 'chair' }),
    member('riverside', { name: 'Riverside Legal Advice Clinic', role: 'observer', voting: false }),
    member('harbour', { name: 'Harbour Voices', leftOn: '2024-11-30' }),
    member('karim', { kind: 'individual', name: 'Karim Saleh', representationOf: 'jisr', representationRole: 'delegate' }),
    member('hana', { kind: 'individual', name: 'Hana Yousef', representationOf: 'jisr', representationRole: 'alternate', voting: false }),
    member('layla', { kind: 'individual', name: 'ليلى منصور', role: 'secretary', voting: false }),
  ];
  const ids = (filter: Parameters<typeof filterMembers>[1]) => filterMembers(register, filter, TODAY).map((m) => m.id);

  it('shows current members by default and former ones on request', () => {
    expect(ids({ status: 'current' })).toEqual(['jisr', 'riverside', 'karim', 'hana', 'layla']);
    expect(ids({ status: 'former' })).toEqual(['harbour']);
    expect(ids({ status: 'all' })).toHaveLength(6);
  });

  it('filters by role, by organisation (with its representatives) and by vote', () => {
    expect(ids({ status: 'current', role: 'observer' })).toEqual(['riverside']);
    expect(ids({ status: 'current', organisationId: 'jisr' })).toEqual(['jisr', 'karim', 'hana']);
    expect(ids({ status: 'current', voting: 'non-voting' })).toEqual(['riverside', 'hana', 'layla']);
    expect(ids({ status: 'current', voting: 'voting', organisationId: 'jisr' })).toEqual(['jisr', 'karim']);
  });

  it('searches names without regard to case, accents or Arabic short vowels', () => {
    expect(ids({ status: 'all', query: 'KARIM' })).toEqual(['karim']);
    expect(ids({ status: 'all', query: 'legal advice' })).toEqual(['riverside']);
    expect(nameMatches('Hana Yousef', 'hána')).toBe(true);
    expect(nameMatches('لَيْلى منصور', 'ليلى')).toBe(true);
    expect(ids({ status: 'all', query: '' })).toHaveLength(6);
  });

  it('finds an organisation\u2019s delegate, alternates and former representatives', () => {
    const withFormer = [...register, member('old', { kind: 'individual', name: 'Old Delegate', representationOf: 'jisr', representationRole: 'delegate', leftOn: '2024-01-01' })];
    const found = representativesOf('jisr', withFormer, TODAY);
    expect(found.delegate?.id).toBe('karim');
    expect(found.alternates.map((m) => m.id)).toEqual(['hana']);
    expect(found.former.map((m) => m.id)).toEqual(['old']);
  });
});
