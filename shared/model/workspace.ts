/** The workspace profile as the toolkit describes a network (continuum of collaboration). */

export const COLLABORATION_FORMS = [
  'cooperation',
  'network',
  'campaign-coalition',
  'strategic-alliance',
  'merger',
] as const;
export type CollaborationForm = (typeof COLLABORATION_FORMS)[number];

export function isCollaborationForm(value: unknown): value is CollaborationForm {
  return typeof value === 'string' && (COLLABORATION_FORMS as readonly string[]).includes(value);
}

/** Positions on the toolkit's two spectrums, 1 to 5: informal → formal, similar → diverse groups. */
export const SCALE_POSITIONS = [1, 2, 3, 4, 5] as const;
export type ScalePosition = (typeof SCALE_POSITIONS)[number];

/** What the network is built around (toolkit: geography-, issue- and group-based networks); one or more. */
export const NETWORK_BASES = ['geography', 'issue', 'group'] as const;
export type NetworkBasis = (typeof NETWORK_BASES)[number];

export function isScalePosition(value: unknown): value is ScalePosition {
  return typeof value === 'number' && (SCALE_POSITIONS as readonly number[]).includes(value);
}

export function isNetworkBasis(value: unknown): value is NetworkBasis {
  return typeof value === 'string' && (NETWORK_BASES as readonly string[]).includes(value);
}

/** The profile fields beyond name, purpose and form; all editable on the "Profile & rules" page. */
export interface WorkspaceProfileDetails {
  vision: string;
  values: string;
  /** 1 informal … 5 formal. */
  structure: ScalePosition;
  /** 1 similar groups … 5 diverse groups. */
  membership: ScalePosition;
  basis: NetworkBasis[];
  /** The languages the network works in, as its members name them. */
  languages: string[];
}

export interface WorkspaceProfile extends WorkspaceProfileDetails {
  name: string;
  purpose: string;
  form: CollaborationForm;
  createdAt: number;
}

export const DEFAULT_PROFILE_DETAILS: WorkspaceProfileDetails = {
  vision: '',
  values: '',
  structure: 3,
  membership: 3,
  basis: [],
  languages: [],
};

export const WORKSPACE_NAME_MAX = 120;
export const PURPOSE_MAX = 2000;
export const VISION_MAX = 2000;
export const VALUES_MAX = 2000;
export const LANGUAGE_NAME_MAX = 40;
export const LANGUAGES_MAX = 20;

export type ProfileProblem = 'name-required' | 'name-too-long' | 'purpose-too-long' | 'form-invalid';

/** Validates what a user typed into the create/rename forms; returns the problems found. */
export function validateProfileInput(input: {
  name: string;
  purpose?: string;
  form?: unknown;
}): ProfileProblem[] {
  const problems: ProfileProblem[] = [];
  const name = input.name.trim();
  if (name.length === 0) problems.push('name-required');
  if (name.length > WORKSPACE_NAME_MAX) problems.push('name-too-long');
  if ((input.purpose ?? '').length > PURPOSE_MAX) problems.push('purpose-too-long');
  if (input.form !== undefined && !isCollaborationForm(input.form)) problems.push('form-invalid');
  return problems;
}

/** Splits what a person typed ("English, français، العربية") into language names, without repeats. */
export function parseLanguages(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[,،;\n]/)) {
    const name = part.replace(/\s+/g, ' ').trim();
    const key = name.toLocaleLowerCase();
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

export type ProfileDetailsProblem =
  | { field: 'vision' | 'values'; code: 'too-long'; max: number }
  | { field: 'structure' | 'membership' | 'basis'; code: 'invalid' }
  | { field: 'languages'; code: 'too-many'; max: number }
  | { field: 'languages'; code: 'name-too-long'; max: number };

export type WorkspaceProfileProblem =
  | { field: 'name'; code: ProfileProblem }
  | { field: 'purpose'; code: ProfileProblem }
  | { field: 'form'; code: ProfileProblem }
  | ProfileDetailsProblem;

/** Validates the whole "Profile & rules" profile form; an empty list means it may be saved. */
export function validateWorkspaceProfile(input: Omit<WorkspaceProfile, 'createdAt'>): WorkspaceProfileProblem[] {
  const problems: WorkspaceProfileProblem[] = [];
  for (const problem of validateProfileInput(input)) {
    const field = problem.startsWith('name') ? 'name' : problem.startsWith('purpose') ? 'purpose' : 'form';
    problems.push({ field, code: problem });
  }
  if (input.vision.length > VISION_MAX) problems.push({ field: 'vision', code: 'too-long', max: VISION_MAX });
  if (input.values.length > VALUES_MAX) problems.push({ field: 'values', code: 'too-long', max: VALUES_MAX });
  if (!isScalePosition(input.structure)) problems.push({ field: 'structure', code: 'invalid' });
  if (!isScalePosition(input.membership)) problems.push({ field: 'membership', code: 'invalid' });
  if (!input.basis.every(isNetworkBasis) || new Set(input.basis).size !== input.basis.length) {
    problems.push({ field: 'basis', code: 'invalid' });
  }
  if (input.languages.length > LANGUAGES_MAX) problems.push({ field: 'languages', code: 'too-many', max: LANGUAGES_MAX });
  else if (input.languages.some((name) => name.length > LANGUAGE_NAME_MAX)) {
    problems.push({ field: 'languages', code: 'name-too-long', max: LANGUAGE_NAME_MAX });
  }
  return problems;
}
