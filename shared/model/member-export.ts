/**
 * The member list as a file for a chosen audience (the public, or all members):
 * Markdown to read or paste, CSV for spreadsheets. Contact fields appear only
 * where their mark and the member's consent allow that audience to see them;
 * notes never leave the app this way, nor do former or erased members.
 */
import {
  CONTACT_FIELDS,
  isFormer,
  isValidPhone,
  sortMembers,
  visibleContactFields,
  type ContactField,
  type Member,
  type MemberKind,
  type MemberRole,
  type RepresentationRole,
} from './members';

export const EXPORT_AUDIENCES = ['public', 'members'] as const;
export type ExportAudience = (typeof EXPORT_AUDIENCES)[number];
export const EXPORT_FORMATS = ['markdown', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Every word of the file in the reader's language; the caller takes them from its catalogue. */
export interface MemberExportLabels {
  title: string;
  /** One sentence under the title: who the list is for and what it leaves out. */
  note: string;
  columns: Record<'name' | 'kind' | 'role' | 'represents' | 'voting' | 'country' | 'joinedOn' | ContactField, string>;
  kinds: Record<MemberKind, string>;
  roles: Record<MemberRole, string>;
  /** e.g. (delegate, "Jisr") → "Delegate of Jisr". */
  represents: (role: RepresentationRole, organisation: string) => string;
  yes: string;
  no: string;
  /** A country code as the reader names it. */
  country: (code: string) => string;
  /** A `YYYY-MM-DD` date as the reader writes it. */
  date: (isoDate: string) => string;
}

export interface MemberExportOptions {
  audience: ExportAudience;
  format: ExportFormat;
  labels: MemberExportLabels;
  today: string;
  locale: string;
}

type Column = keyof MemberExportLabels['columns'];
const COLUMNS: readonly Column[] = ['name', 'kind', 'role', 'represents', 'voting', 'country', 'joinedOn', ...CONTACT_FIELDS];

/** The table the file shows, one row of plain strings per current member. */
export function memberExportRows(members: readonly Member[], options: Omit<MemberExportOptions, 'format'>): { header: string[]; rows: string[][] } {
  const { labels, audience, today } = options;
  const viewer = audience === 'public' ? 'public' : 'member';
  const byId = new Map(members.map((member) => [member.id, member]));
  const current = sortMembers(
    members.filter((member) => !isFormer(member, today)),
    options.locale,
  );
  const rows = current.map((member) => {
    const contacts = visibleContactFields(member, viewer);
    const organisation = member.representationOf ? byId.get(member.representationOf) : undefined;
    const cells: Record<Column, string> = {
      name: member.name,
      kind: labels.kinds[member.kind],
      role: labels.roles[member.role],
      represents: organisation ? labels.represents(member.representationRole ?? 'alternate', organisation.name) : '',
      voting: member.voting ? labels.yes : labels.no,
      country: member.country ? labels.country(member.country) : '',
      joinedOn: member.joinedOn ? labels.date(member.joinedOn) : '',
      email: contacts.email?.value ?? '',
      phone: contacts.phone?.value ?? '',
      address: contacts.address?.value ?? '',
    };
    return COLUMNS.map((column) => cells[column]);
  });
  return { header: COLUMNS.map((column) => labels.columns[column]), rows };
}

function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * A cell a spreadsheet could run as a formula (=, +, -, @ …) gets a leading
 * apostrophe; phone numbers such as "+49 30 …" are plain data and are left alone.
 */
function csvCell(text: string): string {
  const guarded = /^[=+\-@\t\r]/.test(text) && !isValidPhone(text) ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The file's text. CSV starts with a byte-order mark so spreadsheets read Arabic and accents right. */
export function buildMemberExport(members: readonly Member[], options: MemberExportOptions): string {
  const { header, rows } = memberExportRows(members, options);
  if (options.format === 'csv') {
    return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  }
  const line = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [
    `# ${markdownCell(options.labels.title)}`,
    '',
    markdownCell(options.labels.note),
    '',
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
    '',
  ].join('\n');
}
