/** Documents a committee writes together. Content lives in the document's own Y.Doc. */

export const DOCUMENT_KINDS = ['terms-of-reference', 'mou', 'minutes', 'action-plan', 'theory-of-change', 'note'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

export interface DocumentEntry {
  id: string;
  title: string;
  kind: DocumentKind;
  createdAt: number;
}

export const DOCUMENT_TITLE_MAX = 200;

export function validateDocumentTitle(title: string): 'title-required' | 'title-too-long' | null {
  const trimmed = title.trim();
  if (trimmed.length === 0) return 'title-required';
  if (trimmed.length > DOCUMENT_TITLE_MAX) return 'title-too-long';
  return null;
}
