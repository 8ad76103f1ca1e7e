/**
 * A document's editor: Lexical bound to the document's Y.Doc through the
 * collaboration plugin. The Y.Doc is the source of truth; the local provider
 * loads it from Dexie and saves every change. Nothing here seeds content
 * (`shouldBootstrap` is off): templates are written when a document is created.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import { CollaborationPlugin } from '@lexical/react/LexicalCollaborationPlugin';
import { LexicalCollaboration } from '@lexical/react/LexicalCollaborationContext';
import type { Provider } from '@lexical/yjs';
import { isSafeExternalUrl } from '../../shared/security/trusted-urls';
import { DOCUMENT_ROOT_NAME } from '../../shared/sync/document-doc';
import { useServices } from '../app/services';
import { LocalProvider } from '../collab/local-provider';
import type { LoadReport } from '../storage/y-dexie-persistence';
import { EDITOR_NODES } from './nodes/editor-nodes';
import { editorTheme } from './theme';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { ShortcutsPlugin } from './plugins/ShortcutsPlugin';
import { ReadyStatePlugin } from './plugins/ReadyStatePlugin';
import { EditablePlugin } from './plugins/EditablePlugin';
import { ensureIncrementalYjsSync } from './collab/incremental-yjs-sync';
import { cursorsPerFrame } from './collab/cursors-per-frame';

ensureIncrementalYjsSync();

interface Props {
  workspaceId: string;
  documentId: string;
  /** An observer's view: the text and others' cursors, no changes. */
  readOnly?: boolean;
  /** How this computer appears to others (cursor label and colour). */
  presence?: { name: string; color: string };
  /** Feature plugins (comments, authorship, guidance, find) rendered inside the editor's composer. */
  plugins?: ReactNode;
  onLoaded: (report: LoadReport) => void;
  onLoadFailed: (error: unknown) => void;
}

export function DocumentEditor({ workspaceId, documentId, readOnly = false, presence, plugins, onLoaded, onLoadFailed }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const [synced, setSynced] = useState(false);
  // Others' cursors are drawn inside the editor's frame, so they scroll with the text.
  const cursorsRef = useRef<HTMLDivElement>(null);
  const [cursors] = useState(cursorsPerFrame);
  useEffect(() => cursors.cancel, [cursors]);

  // One provider (and Y.Doc) per mounted editor; the parent remounts us per document.
  const providerFactory = useCallback(
    (id: string, docMap: Map<string, Y.Doc>): Provider => {
      const provider = new LocalProvider(id, {
        registry: services.docs,
        workspaceId,
        onLoaded: (report) => {
          setSynced(true);
          onLoaded(report);
        },
        onLoadFailed,
      });
      docMap.set(id, provider.doc);
      return provider;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [services, workspaceId],
  );

  const initialConfig = {
    namespace: 'accord-document',
    nodes: [...EDITOR_NODES],
    theme: editorTheme,
    editorState: null, // content comes from the Y.Doc
    editable: !readOnly,
    onError: (error: Error) => {
      throw error;
    },
  };

  return (
    <LexicalCollaboration>
      <LexicalComposer initialConfig={initialConfig}>
        {readOnly ? null : <ToolbarPlugin disabled={!synced} />}
        <div className="editor-frame">
          <div className="editor-cursors" ref={cursorsRef} />
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="editor"
                data-testid="editor"
                spellCheck={false}
                aria-label={t('editor.label')}
                aria-placeholder={t('editor.placeholder')}
                placeholder={<div className="editor__placeholder">{t('editor.placeholder')}</div>}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <CollaborationPlugin
          id={documentId}
          providerFactory={providerFactory}
          shouldBootstrap={false}
          rootName={DOCUMENT_ROOT_NAME}
          username={presence?.name}
          cursorColor={presence?.color}
          cursorsContainerRef={cursorsRef}
          syncCursorPositionsFn={cursors.sync}
        />
        <ListPlugin />
        <LinkPlugin validateUrl={isSafeExternalUrl} />
        <TablePlugin />
        <TabIndentationPlugin />
        <ShortcutsPlugin />
        <ReadyStatePlugin ready={synced} />
        {/* The initial config is read once; this follows later changes (a document adopted meanwhile). */}
        <EditablePlugin editable={!readOnly} />
        {synced ? plugins : null}
      </LexicalComposer>
    </LexicalCollaboration>
  );
}
