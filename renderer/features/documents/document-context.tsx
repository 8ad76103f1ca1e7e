/**
 * What the features of an open document share: which document, its Y.Doc (the same one the
 * editor edits, from the registry), the workspace's Y.Doc, who is looking, and whether they
 * may change anything. Provided by DocumentScreen; comments, versions, the lifecycle,
 * endorsements and authorship read it instead of each leasing the doc again.
 */
import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { DocumentEntry } from '../../../shared/model/document';
import type { Member } from '../../../shared/model/members';

export interface DocumentContextValue {
  workspaceId: string;
  entry: DocumentEntry;
  /** The document's Y.Doc (loaded: the screen waits for it). */
  doc: Y.Doc;
  /** The workspace's Y.Doc: document list, lifecycle, templates. */
  workspaceDoc: Y.Doc;
  /** The member register (for mentions, endorsements), empty while loading. */
  members: Member[];
  /** An observer's view, or an adopted document: no changes. */
  readOnly: boolean;
  /** How this computer signs what it writes (comments, versions) and appears to others. */
  author: { name: string; color: string };
}

const DocumentContext = createContext<DocumentContextValue | null>(null);

export const DocumentContextProvider = DocumentContext.Provider;

export function useDocumentContext(): DocumentContextValue {
  const value = useContext(DocumentContext);
  if (!value) throw new Error('useDocumentContext outside DocumentScreen');
  return value;
}
