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

export interface WorkspaceProfile {
  name: string;
  purpose: string;
  form: CollaborationForm;
  createdAt: number;
}

export const WORKSPACE_NAME_MAX = 120;
export const PURPOSE_MAX = 2000;

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
