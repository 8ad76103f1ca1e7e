import { useTranslation } from 'react-i18next';
import type { SyncSnapshot } from '../../collab/network/workspace-sync';
import { WRONG_KEY_CLOSE_CODE } from '../../collab/network/relay-socket';
import { formatTime } from '../../ui/format-time';
import { currentLocale } from '../../i18n/i18n';

type T = ReturnType<typeof useTranslation>['t'];

/** The message for a relay's refusal, from its close code and reason (electron/relay/README.md). */
export function refusalMessage(t: T, code: number, reason: string): string {
  if (code === WRONG_KEY_CLOSE_CODE) return t('sync.refused.wrongKey');
  if (code === 4401 && reason === 'revoked') return t('sync.refused.revoked');
  if (code === 4401 && reason === 'no token') return t('sync.refused.noToken');
  if (code === 4401) return t('sync.refused.unknownInvite');
  if (code === 4403) return t('sync.refused.readOnly');
  if (code === 4409) return t('sync.refused.modeMismatch');
  return t('sync.refused.other', { code, reason });
}

/** One line: synced · N changes not yet on the relay · offline since … (or why the relay refused). */
export function SyncBadge({ snapshot, workspaceId }: { snapshot: SyncSnapshot | null; workspaceId: string }) {
  const { t } = useTranslation();
  if (!snapshot) {
    return (
      <a className="sync-badge" data-state="local" data-testid="sync-state" href={`#/w/${workspaceId}/sharing`}>
        {t('sync.localOnly')}
      </a>
    );
  }
  const { link, pending } = snapshot;
  const parts: string[] = [];
  if (link.kind === 'refused') parts.push(refusalMessage(t, link.code, link.reason));
  else if (link.kind === 'offline') parts.push(t('sync.offlineSince', { time: formatTime(link.since, currentLocale()) }));
  else if (link.kind === 'connecting') parts.push(t('sync.connecting'));
  if (pending > 0) parts.push(t('sync.pending', { count: pending }));
  else if (link.kind === 'online') parts.push(t('sync.synced'));
  if (snapshot.readOnly) parts.push(t('sync.readOnly'));
  return (
    <p className="sync-badge" data-state={link.kind === 'online' && pending > 0 ? 'pending' : link.kind} data-testid="sync-state" role="status">
      <span className="sync-badge__dot" aria-hidden="true" />
      {parts.join(' · ')}
    </p>
  );
}
