import { describe, expect, it } from 'vitest';
import { buildMemberExport, memberExportRows, type MemberExportLabels } from '../../../shared/model/member-export';
import type { Member } from '../../../shared/model/members';
import { exampleWorkspace } from '../../../shared/model/example-workspace';

const TODAY = '2025-06-01';

const LABELS: MemberExportLabels = {
  title: 'Members',
  note: 'For the members.',
  columns: {
    name: 'Name',
    kind: 'Kind',
    role: 'Role',
    represents: 'Represents',
    voting: 'Voting',
    country: 'Country',
    joinedOn: 'Joined',
    email: 'Email',
    phone: 'Phone',
    address: 'Address',
  },
  kinds: { organisation: 'Organisation', individual: 'Individual' },
  roles: { chair: 'Chair', 'co-chair': 'Co-chair', secretary: 'Secretary', treasurer: 'Treasurer', member: 'Member', observer: 'Observer' },
  represents: (role, organisation) => `${role === 'delegate' ? 'Delegate' : 'Alternate'} of ${organisation}`,
  yes: 'Yes',
  no: 'No',
  country: (code) => code,
  date: (date) => date,
};

const SECRET_PHONE = '+49 151 5550 2201';

const REGISTER: Member[] = [
  { id: 'jisr', kind: 'organisation', name: 'Jisr | Community', role: 'chair', voting: true, contacts: { email: { value: 'info@jisr.example.org', visibility: 'public', consent: true, consentOn: '2025-01-01' } } },
  {
    id: 'karim',
    kind: 'individual',
    name: 'Karim Saleh',
    role: 'member',
    voting: true,
    representationOf: 'jisr',
    representationRole: 'delegate',
    notes: 'Prefers calls after 6 pm',
    contacts: {
      email: { value: 'karim@jisr.example.org', visibility: 'members', consent: true, consentOn: '2025-01-01' },
      phone: { value: SECRET_PHONE, visibility: 'secretary', consent: true, consentOn: '2025-01-01' },
    },
  },
  { id: 'old', kind: 'organisation', name: 'Former Org', role: 'member', voting: true, leftOn: '2024-12-31', contacts: {} },
  { id: 'erased', kind: 'individual', name: 'Erased member', role: 'member', voting: false, erasedOn: '2025-05-01', contacts: {} },
];

const exportFor = (audience: 'public' | 'members', format: 'markdown' | 'csv', members = REGISTER) =>
  buildMemberExport(members, { audience, format, labels: LABELS, today: TODAY, locale: 'en' });

describe('member export', () => {
  it('leaves a secretary-only phone out of the members export and the public export, in both formats', () => {
    for (const audience of ['public', 'members'] as const) {
      for (const format of ['markdown', 'csv'] as const) {
        const text = exportFor(audience, format);
        expect(text).toContain('Karim Saleh');
        expect(text).not.toContain(SECRET_PHONE);
        expect(text).not.toContain('5550 2201');
      }
    }
  });

  it('shows members-only fields to members but not to the public', () => {
    expect(exportFor('members', 'markdown')).toContain('karim@jisr.example.org');
    expect(exportFor('public', 'markdown')).not.toContain('karim@jisr.example.org');
    expect(exportFor('public', 'markdown')).toContain('info@jisr.example.org');
  });

  it('never exports notes, former members or erased placeholders', () => {
    for (const audience of ['public', 'members'] as const) {
      const text = exportFor(audience, 'csv');
      expect(text).not.toContain('Prefers calls');
      expect(text).not.toContain('Former Org');
      expect(text).not.toContain('Erased member');
    }
  });

  it('writes a Markdown table with escaped cells and who each person represents', () => {
    const text = exportFor('members', 'markdown');
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Members');
    expect(text).toContain('| Name | Kind | Role | Represents | Voting | Country | Joined | Email | Phone | Address |');
    expect(text).toContain('Jisr \\| Community');
    expect(text).toContain('Delegate of Jisr \\| Community');
  });

  it('writes CSV with a byte-order mark, quoted cells where needed, and no formula injection', () => {
    const sneaky: Member[] = [
      { id: 'x', kind: 'organisation', name: '=HYPERLINK("http://evil")', role: 'member', voting: true, contacts: {} },
      { id: 'y', kind: 'organisation', name: 'Comma, Inc', role: 'member', voting: true, contacts: { phone: { value: '+33 4 55 50 12 00', visibility: 'public', consent: true, consentOn: '2025-01-01' } } },
    ];
    const text = exportFor('public', 'csv', sneaky);
    expect(text.startsWith('\uFEFFName,Kind,')).toBe(true);
    expect(text).toContain(`"Comma, Inc"`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain(',+33 4 55 50 12 00,');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('exports the example network with no secretary-only data for members', () => {
    const { members } = exampleWorkspace('en');
    const secretaryOnly = members.flatMap((member) =>
      Object.values(member.contacts).filter((detail) => detail && (detail.visibility === 'secretary' || !detail.consent)).map((detail) => detail!.value),
    );
    expect(secretaryOnly.length).toBeGreaterThan(2);
    const { rows } = memberExportRows(members, { audience: 'members', labels: LABELS, today: TODAY, locale: 'en' });
    const cells = rows.flat();
    for (const value of secretaryOnly) expect(cells).not.toContain(value);
  });
});
