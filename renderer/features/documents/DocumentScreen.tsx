import { useCallback, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DocumentEntry } from '../../../shared/model/document';
import type { Member } from '../../../shared/model/members';
import { newDocumentDoc } from '../../../shared/sync/document-doc';
import { useServices } from '../../app/services';
import type { LoadReport } from '../../storage/y-dexie-persistence';
import { DocumentEditor } from '../../editor/DocumentEditor';
import { DocumentContextProvider, type DocumentContextValue } from './document-context';
import { isProtected } from '../../../shared/sync/document-lifecycle';
import type { FindTarget } from '../../app/router';
import { FindPlugin } from '../../editor/plugins/FindPlugin';
import { GuidancePlugin } from '../../editor/plugins/GuidancePlugin';
import { SaveAsTemplateTool } from '../templates/SaveAsTemplateTool';
import { DocumentExportTool } from '../exports/DocumentExportTool';
import { LifecycleMenu } from '../lifecycle/LifecycleMenu';
import { LifecycleNotice } from '../lifecycle/LifecycleNotice';
import { useLifecycle } from '../lifecycle/use-lifecycle';
import { CommentsSession } from '../comments/comments-session';
import { CommentsPlugin } from '../comments/CommentsPlugin';
import { CommentsPanel } from '../comments/CommentsPanel';
import { CommentsTools } from '../comments/CommentsTools';
import { AuthorshipState } from '../authorship/authorship-state';
import { AuthorshipPlugin } from '../authorship/AuthorshipPlugin';
import { AuthorshipToggle } from '../authorship/AuthorshipToggle';
import { EditorHandle, EditorHandlePlugin } from '../versions/editor-handle';
import { VersionsTools } from '../versions/VersionsTools';
import { VersionsPanel } from '../versions/VersionsPanel';
import { EndorsementNotice, EndorsementsPanel } from '../versions/EndorsementsPanel';

interface Props {
  workspaceId: string;
  entry: DocumentEntry;
  workspaceDoc: Y.Doc;
  members: Member[];
  /** An observer's view: the text and others' cursors, no changes. */
  readOnly?: boolean;
  presence: { name: string; color: string };
  /** A passage to scroll to and highlight (opened from a search result). */
  find?: FindTarget;
}

/**
 * One open document: its title and tools, what storage had to say about it, the editor,
 * and one side panel at a time (comments, versions, endorsements).
 */
export function DocumentScreen({ workspaceId, entry, workspaceDoc, members, readOnly = false, presence, find }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const [report, setReport] = useState<LoadReport | null>(null);
  const [failed, setFailed] = useState(false);
  const [doc, setDoc] = useState<Y.Doc | null>(null);
  const lifecycle = useLifecycle(workspaceDoc, entry.id);
  // An adopted or superseded document is protected: it changes only through an amendment.
  const locked = readOnly || isProtected(lifecycle.status);
  const [openPanel, setOpenPanel] = useState<'comments' | 'versions' | 'endorsements' | null>(null);
  const [editorHandle] = useState(() => new EditorHandle());
  const [comments] = useState(() => new CommentsSession());
  const [authorship] = useState(() => new AuthorshipState());
  const authorshipOn = useSyncExternalStore(authorship.subscribe, authorship.getSnapshot).on;
  const openComments = useCallback(() => setOpenPanel('comments'), []);
  const closePanel = useCallback(() => setOpenPanel(null), []);

  // The same Y.Doc the editor edits (the registry hands out one per document).
  useEffect(() => {
    const lease = services.docs.acquire(entry.id, { workspaceId, create: () => newDocumentDoc(entry.id) });
    let live = true;
    void lease.ready.then(
      ({ doc: loaded }) => live && setDoc(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      void lease.release();
    };
  }, [services, workspaceId, entry.id]);

  const context: DocumentContextValue | null = doc ? { workspaceId, entry, doc, workspaceDoc, members, readOnly: locked, author: presence } : null;
  const tools: ReactNode[] = [];
  const plugins: ReactNode[] = [];
  tools.push(<LifecycleMenu key="lifecycle" workspaceDoc={workspaceDoc} entry={entry} observer={readOnly} author={presence} />);
  if (find) plugins.push(<FindPlugin key="find" target={find} />);
  let panel: ReactNode = null;
  // Feature tools and plugins read the document context, which exists once the doc is loaded.
  if (context) {
    tools.push(
      <CommentsTools
        key="comments"
        session={comments}
        panelOpen={openPanel === 'comments'}
        onTogglePanel={() => setOpenPanel((open) => (open === 'comments' ? null : 'comments'))}
        onOpenPanel={openComments}
      />,
      <AuthorshipToggle key="authorship" state={authorship} />,
    );
    plugins.push(<CommentsPlugin key="comments" session={comments} onOpenPanel={openComments} />, <AuthorshipPlugin key="authorship" state={authorship} on={authorshipOn} />);
    if (openPanel === 'comments') panel = <CommentsPanel session={comments} onClose={closePanel} />;
    tools.push(<VersionsTools key="versions" openPanel={openPanel} onToggle={(name) => setOpenPanel((open) => (open === name ? null : name))} />);
    plugins.push(<EditorHandlePlugin key="editor-handle" handle={editorHandle} />);
    if (openPanel === 'versions') panel = <VersionsPanel handle={editorHandle} onClose={closePanel} />;
    if (openPanel === 'endorsements' && entry.kind === 'mou') panel = <EndorsementsPanel onClose={closePanel} />;
    // An adopted document can still become a template; an observer cannot write templates.
    if (!readOnly) tools.push(<SaveAsTemplateTool key="save-as-template" />);
    tools.push(<DocumentExportTool key="export" />);
  }
  plugins.push(<GuidancePlugin key="guidance" />);

  const body = (
    <section className="screen screen--document" aria-labelledby="document-title">
      <header className="document-header">
        <h1 id="document-title">{entry.title}</h1>
        <p className="document-header__kind">{t(`kinds.${entry.kind}`)}</p>
        {tools.length > 0 ? <div className="document-header__tools">{tools}</div> : null}
      </header>
      <LifecycleNotice workspaceId={workspaceId} workspaceDoc={workspaceDoc} entry={entry} doc={doc} observer={readOnly} />
      {context && entry.kind === 'mou' ? <EndorsementNotice /> : null}
      {report && report.corruptRows > 0 ? (
        <p className="notice notice--warning" role="alert">
          {t('save.recovered', { count: report.corruptRows })}
        </p>
      ) : null}
      {report && report.missingHistory ? (
        <p className="notice notice--warning" role="alert">
          {t('save.missingHistory')}
        </p>
      ) : null}
      {failed ? (
        <p className="notice notice--error" role="alert">
          {t('errors.storageUnavailable')}
        </p>
      ) : null}
      <div className={panel ? 'document-layout document-layout--with-panel' : 'document-layout'}>
        <div className="document-layout__editor">
          <DocumentEditor
            workspaceId={workspaceId}
            documentId={entry.id}
            readOnly={locked}
            presence={presence}
            plugins={plugins}
            onLoaded={setReport}
            onLoadFailed={() => setFailed(true)}
          />
          {locked ? null : <p className="shortcuts-hint">{t('editor.shortcutsHint')}</p>}
        </div>
        {panel}
      </div>
    </section>
  );
  // Always the same wrapper: wrapping the body only once the doc is loaded would remount the
  // editor mid-load, and the remounted collaboration binding would render the content again.
  return <DocumentContextProvider value={context}>{body}</DocumentContextProvider>;
}
