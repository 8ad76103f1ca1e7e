import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { DocumentEntry } from '../../../shared/model/document';
import type { DecisionRules } from '../../../shared/model/decision-rules';
import { isFormer, viewerRoleOf, type Member } from '../../../shared/model/members';
import type { WorkspaceProfile } from '../../../shared/model/workspace';
import { renameDocumentEntry } from '../../../shared/sync/workspace-doc';
import { templateFor } from '../../../shared/model/templates';
import { blocksFromTemplate } from '../../../shared/sync/workspace-templates';
import { useServices } from '../../app/services';
import { navigate, useRoute, type WorkspaceSection } from '../../app/router';
import { useMenuCommand } from '../../app/use-menu-command';
import { currentLocale } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { createDocument, deleteDocument } from '../workspaces/workspace-actions';
import { DocumentFormDialog } from './DocumentFormDialog';
import { DocumentList } from './DocumentList';
import { useWorkspaceSession } from './use-workspace-session';
import { useWorkspaceTemplates } from './use-workspace-templates';
import { DocumentScreen } from '../documents/DocumentScreen';
import { ImportDocumentButton } from '../imports/ImportDocumentButton';
import { usePeopleSession, type PeopleSession } from '../members/use-people-session';
import { useMe } from '../members/who-am-i';
import { WhoAmIBar } from '../members/WhoAmIBar';
import { MembersScreen } from '../members/MembersScreen';
import { MemberProfileScreen } from '../members/MemberProfileScreen';
import { today } from '../members/member-text';
import type { Viewer } from '../members/viewer';
import { ProfileScreen } from '../profile/ProfileScreen';
import { describeRules } from '../profile/rules-text';
import { SharingScreen } from '../sharing/SharingScreen';
import { SyncBadge } from '../sharing/SyncBadge';
import { PresenceList } from '../sharing/PresenceList';
import { usePresence, useSyncSnapshot, useWorkspaceSync } from '../sharing/use-sync';
import { colorFor, readDisplayName } from '../sharing/display-name';
import { SearchField } from '../search/SearchField';
import { SearchScreen } from '../search/SearchScreen';
import { useSearchIndexer } from '../search/use-search-indexer';
import { useSearchShortcut } from '../search/use-search-shortcut';
import { useStatuses } from '../lifecycle/use-lifecycle';
import { StatusTag } from '../lifecycle/StatusTag';
import { MeetingsScreen } from '../meetings/MeetingsScreen';
import { MeetingScreen } from '../meetings/MeetingScreen';
import { DecisionsScreen } from '../decisions/DecisionsScreen';
import { ProposalScreen } from '../decisions/ProposalScreen';
import { DecisionLogScreen } from '../decisions/DecisionLogScreen';
import { ActionsScreen } from '../actions/ActionsScreen';
import type { WorkspacePageProps } from './workspace-page';
import { WorkspaceFileScreen } from '../files/WorkspaceFileScreen';
import { WorkspaceExportButton } from '../exports/WorkspaceExportButton';
import { ActorsScreen } from '../maps/ActorsScreen';
import { MapsScreen } from '../maps/MapsScreen';
import { MapScreen } from '../maps/MapScreen';

/** Sections that hide or disable their change controls themselves for an observer (their exports stay usable). */
const SECTIONS_HANDLING_READ_ONLY = new Set<WorkspaceSection['name']>(['meetings', 'meeting', 'decisions', 'proposal', 'log', 'actions', 'file', 'actors', 'maps', 'map']);

function presenceUser() {
  const name = readDisplayName();
  return { name, color: colorFor(name) };
}

type Pending = { kind: 'create' } | { kind: 'rename'; entry: DocumentEntry } | { kind: 'delete'; entry: DocumentEntry } | null;

/**
 * A workspace: its pages and documents in the side navigation, and the overview,
 * the profile and rules, the members, one member, or one open document. The page
 * comes from the route (`section`), so App only needs to know the workspace.
 */
export function WorkspaceScreen({ workspaceId, documentId }: { workspaceId: string; documentId?: string }) {
  const { t } = useTranslation();
  const services = useServices();
  const route = useRoute();
  const session = useWorkspaceSession(workspaceId);
  const people = usePeopleSession(workspaceId, session.state === 'ready' ? session.doc : null);
  const [meId, setMe] = useMe(workspaceId);
  const [pending, setPending] = useState<Pending>(null);
  const workspaceSync = useWorkspaceSync(workspaceId);
  const syncSnapshot = useSyncSnapshot(workspaceSync);
  const presence = usePresence(workspaceSync);
  const readOnly = workspaceSync?.readOnly ?? false;
  const workspaceTemplates = useWorkspaceTemplates(session.state === 'ready' ? session.doc : null);
  useMenuCommand('new-document', () => {
    if (!readOnly) setPending({ kind: 'create' });
  });
  const section: WorkspaceSection | undefined =
    !documentId && route.name === 'workspace' && route.workspaceId === workspaceId ? route.section : undefined;
  const statuses = useStatuses(session.state === 'ready' ? session.doc : null);
  useSearchIndexer(workspaceId, session.state === 'ready' ? session.documents.map((entry) => entry.id) : []);
  const searchField = useSearchShortcut();
  // Others see which document this computer has open.
  useEffect(() => {
    workspaceSync?.setLocation(documentId ?? null);
    return () => workspaceSync?.setLocation(null);
  }, [workspaceSync, documentId]);

  if (session.state === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (session.state === 'arriving') {
    return (
      <section className="screen" aria-labelledby="arriving-title">
        <h1 id="arriving-title">{t('join.arriving')}</h1>
        <p className="screen__intro">{t('join.arrivingHelp')}</p>
        <SyncBadge snapshot={syncSnapshot} workspaceId={workspaceId} />
      </section>
    );
  }
  if (session.state !== 'ready') {
    return (
      <section className="screen">
        <h1>{t('workspace.notFound')}</h1>
        <a className="button" href="#/">
          {t('workspace.backHome')}
        </a>
      </section>
    );
  }
  const { doc, profile, documents, rules } = session;
  const openEntry = documentId ? documents.find((entry) => entry.id === documentId) : undefined;
  // An erased member is shown under the placeholder in the reader's language, whichever language erased it.
  const members = people.state === 'ready' ? people.members.map((member) => (member.erasedOn ? { ...member, name: t('erase.placeholder') } : member)) : [];
  const date = today();
  const me = members.find((member) => member.id === meId && !isFormer(member, date));
  const viewer: Viewer = { role: viewerRoleOf(me, date), memberId: me?.id ?? null };
  /** Sub-pages light up their list's entry: a member under Members, a meeting under Meetings, a proposal under Decisions. */
  const PARENT: Partial<Record<WorkspaceSection['name'], WorkspaceSection['name']>> = { member: 'members', meeting: 'meetings', proposal: 'decisions', map: 'maps' };
  const here = (name: WorkspaceSection['name'] | 'overview') =>
    (name === 'overview' ? !documentId && !section : section !== undefined && (section.name === name || PARENT[section.name] === name))
      ? 'page'
      : undefined;
  const page: WorkspacePageProps = { workspaceId, doc, members, rules, meId: me?.id ?? null, readOnly };
  // In the navigation and on the overview: write a new document, or import one.
  const newDocumentActions = readOnly ? null : (
    <div className="nav-actions">
      <button type="button" className="button button--primary" onClick={() => setPending({ kind: 'create' })}>
        {t('workspace.newDocument')}
      </button>
      <ImportDocumentButton workspaceId={workspaceId} doc={doc} />
    </div>
  );

  return (
    <div className="workspace">
      <nav className="workspace__nav" aria-label={t('workspaceNav.label')}>
        <a className="workspace__name" href={`#/w/${workspaceId}`}>
          {profile.name}
        </a>
        <SyncBadge snapshot={syncSnapshot} workspaceId={workspaceId} />
        <WhoAmIBar me={me} meId={meId} members={members} ready={people.state === 'ready'} onChoose={setMe} />
        <SearchField ref={searchField} workspaceId={workspaceId} current={section?.name === 'search' ? section.query : ''} />
        <ul className="nav-list">
          <li>
            <a href={`#/w/${workspaceId}`} aria-current={here('overview')}>
              {t('workspaceNav.overview')}
            </a>
          </li>
          <li>
            <a href={`#/w/${workspaceId}/profile`} aria-current={here('profile')}>
              {t('workspaceNav.profile')}
            </a>
          </li>
          <li>
            <a href={`#/w/${workspaceId}/members`} aria-current={here('members')}>
              {t('workspaceNav.members')}
            </a>
          </li>
          <li>
            <a href={`#/w/${workspaceId}/meetings`} aria-current={here('meetings')}>
              {t('workspaceNav.meetings')}
            </a>
          </li>
          <li>
            <a href={`#/w/${workspaceId}/decisions`} aria-current={here('decisions')}>
              {t('workspaceNav.decisions')}
            </a>
          </li>
          <li>
            <a href={`#/w/${workspaceId}/log`} aria-current={here('log')}>
              {t('workspaceNav.log')}
            </a>
          </li>
          <li>
            <a href={`#/w/${workspaceId}/actions`} aria-current={here('actions')}>
              {t('workspaceNav.actions')}
            </a>
          </li>
          <li>
            <a href={`#/w/${workspaceId}/maps`} aria-current={here('maps')}>
              {t('workspaceNav.maps')}
            </a>
          </li>
          <li>
            <a href={`#/w/${workspaceId}/actors`} aria-current={here('actors')}>
              {t('workspaceNav.actors')}
            </a>
          </li>
          <li>
            <a href={`#/w/${workspaceId}/file`} aria-current={here('file')}>
              {t('workspaceNav.file')}
            </a>
          </li>
          <li>
            <a href={`#/w/${workspaceId}/sharing`} aria-current={here('sharing')}>
              {t('sharing.nav')}
            </a>
          </li>
        </ul>
        <h2 className="nav-heading">{t('workspaceNav.documents')}</h2>
        <ul className="nav-list">
          {documents.map((entry) => (
            <li key={entry.id}>
              <a href={`#/w/${workspaceId}/d/${entry.id}`} aria-current={entry.id === documentId ? 'page' : undefined}>
                {entry.title}
              </a>{' '}
              <StatusTag status={statuses.get(entry.id)} />
            </li>
          ))}
        </ul>
        {newDocumentActions}
        <PresenceList presence={presence} documents={documents} />
      </nav>

      <div className="workspace__main">
        {documentId ? (
          openEntry ? (
            <DocumentScreen
              key={openEntry.id}
              workspaceId={workspaceId}
              entry={openEntry}
              workspaceDoc={doc}
              members={members}
              readOnly={readOnly}
              presence={presenceUser()}
              find={route.name === 'document' ? route.find : undefined}
            />
          ) : (
            <section className="screen">
              <h1>{t('editor.notFound')}</h1>
              <a className="button" href={`#/w/${workspaceId}`}>
                {t('editor.backToWorkspace')}
              </a>
            </section>
          )
        ) : section?.name === 'search' ? (
          <SearchScreen workspaceId={workspaceId} query={section.query} documents={documents} />
        ) : section?.name === 'sharing' ? (
          <SharingScreen workspaceId={workspaceId} workspaceName={profile.name} doc={doc} />
        ) : section ? (
          // An observer sees every form, and can change none of them. Pages that hide their own
          // change controls stay enabled, so an observer can still export and read them.
          <fieldset className="fieldset-plain" disabled={readOnly && !SECTIONS_HANDLING_READ_ONLY.has(section.name)}>
          <WorkspaceSectionView
            section={section}
            workspaceId={workspaceId}
            workspaceName={profile.name}
            doc={doc}
            profile={profile}
            rules={rules}
            people={people}
            members={members}
            viewer={viewer}
            page={page}
          />
          </fieldset>
        ) : (
          <section className="screen" aria-labelledby="workspace-title">
            <header className="screen__header">
              <h1 id="workspace-title">{profile.name}</h1>
              <dl className="facts">
                <dt>{t('workspace.form')}</dt>
                <dd>{t(`forms.${profile.form}`)}</dd>
                {profile.purpose ? (
                  <>
                    <dt>{t('workspace.purpose')}</dt>
                    <dd>{profile.purpose}</dd>
                  </>
                ) : null}
                <dt>{t('overview.decisionRule')}</dt>
                <dd>
                  <a href={`#/w/${workspaceId}/profile`}>{describeRules(t, rules, currentLocale())}</a>
                </dd>
                {people.state === 'ready' && members.length > 0 ? (
                  <>
                    <dt>{t('overview.members')}</dt>
                    <dd>
                      <a href={`#/w/${workspaceId}/members`}>
                        {t('overview.membersSummary', {
                          organisations: members.filter((member) => member.kind === 'organisation' && !isFormer(member, date)).length,
                          individuals: members.filter((member) => member.kind === 'individual' && !isFormer(member, date)).length,
                        })}
                      </a>
                    </dd>
                  </>
                ) : null}
              </dl>
              <WorkspaceExportButton workspaceId={workspaceId} workspaceName={profile.name} doc={doc} members={members} rules={rules} />
            </header>
            <div className="section-heading">
              <h2>{t('workspace.documents')}</h2>
              {newDocumentActions}
            </div>
            <DocumentList
              workspaceDoc={doc}
              readOnly={readOnly}
              workspaceId={workspaceId}
              documents={documents}
              statuses={statuses}
              onRename={(entry) => setPending({ kind: 'rename', entry })}
              onDelete={(entry) => setPending({ kind: 'delete', entry })}
            />
          </section>
        )}
      </div>

      {pending?.kind === 'create' ? (
        <DocumentFormDialog
          mode="create"
          onCancel={() => setPending(null)}
          workspaceTemplates={workspaceTemplates}
          onSubmit={async ({ choice, title }) => {
            const { kind, blocks } =
              choice.source === 'built-in'
                ? { kind: choice.kind, blocks: templateFor(choice.kind, currentLocale(), title) }
                : { kind: choice.template.kind, blocks: blocksFromTemplate(choice.template, title) };
            const id = await createDocument(services, doc, workspaceId, { kind, title, blocks });
            setPending(null);
            navigate({ name: 'document', workspaceId, documentId: id });
          }}
        />
      ) : null}
      {pending?.kind === 'rename' ? (
        <DocumentFormDialog
          mode="rename"
          initialTitle={pending.entry.title}
          onCancel={() => setPending(null)}
          onSubmit={async ({ title }) => {
            renameDocumentEntry(doc, pending.entry.id, title);
            setPending(null);
          }}
        />
      ) : null}
      {pending?.kind === 'delete' ? (
        <ConfirmDialog
          title={t('deleteDocument.title')}
          body={t('deleteDocument.body', { title: pending.entry.title })}
          confirmLabel={t('deleteDocument.confirm')}
          cancelLabel={t('deleteDocument.cancel')}
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            await removeAndLeave(services.db, doc, pending.entry.id, workspaceId, documentId);
            setPending(null);
          }}
        />
      ) : null}
    </div>
  );
}

interface SectionProps {
  section: WorkspaceSection;
  workspaceId: string;
  workspaceName: string;
  doc: Y.Doc;
  profile: WorkspaceProfile;
  rules: DecisionRules;
  people: PeopleSession;
  members: Member[];
  viewer: Viewer;
  page: WorkspacePageProps;
}

/** The profile, members and member pages; the register must be open for all three. */
function WorkspaceSectionView({ section, workspaceId, workspaceName, doc, profile, rules, people, members, viewer, page }: SectionProps) {
  const { t } = useTranslation();
  if (people.state === 'loading') return <p aria-live="polite">{t('app.loading')}</p>;
  if (people.state === 'failed') {
    return (
      <section className="screen">
        <p className="notice notice--error" role="alert">
          {t('members.loadFailed')}
        </p>
      </section>
    );
  }
  switch (section.name) {
    case 'sharing':
    case 'search':
      return null; // shown by the workspace screen itself
    case 'profile':
      return <ProfileScreen doc={doc} profile={profile} rules={rules} members={members} />;
    case 'members':
      return <MembersScreen workspaceId={workspaceId} workspaceName={workspaceName} doc={people.doc} members={members} />;
    case 'member':
      return (
        <MemberProfileScreen
          key={section.memberId}
          workspaceId={workspaceId}
          memberId={section.memberId}
          persisted={people.persisted}
          members={members}
          viewer={viewer}
        />
      );
    case 'meetings':
      return <MeetingsScreen {...page} />;
    case 'meeting':
      return <MeetingScreen key={section.meetingId} {...page} meetingId={section.meetingId} />;
    case 'decisions':
      return <DecisionsScreen {...page} {...(section.put ? { put: section.put } : {})} />;
    case 'proposal':
      return <ProposalScreen key={section.proposalId} {...page} proposalId={section.proposalId} />;
    case 'log':
      return <DecisionLogScreen {...page} {...(section.entry ? { entry: section.entry } : {})} />;
    case 'actions':
      return <ActionsScreen {...page} mine={section.mine ?? false} />;
    case 'file':
      return <WorkspaceFileScreen {...page} />;
    case 'actors':
      return <ActorsScreen {...page} />;
    case 'maps':
      return <MapsScreen {...page} />;
    case 'map':
      return <MapScreen key={section.mapId} {...page} mapId={section.mapId} />;
  }
}

async function removeAndLeave(db: Parameters<typeof deleteDocument>[0], doc: Y.Doc, id: string, workspaceId: string, openId?: string) {
  if (openId === id) navigate({ name: 'workspace', workspaceId });
  await deleteDocument(db, doc, id);
}
