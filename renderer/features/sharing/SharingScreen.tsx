/**
 * A workspace's sharing page: turn sharing on (host a relay here, or connect to the group's
 * relay), see how it is shared and its sync state, create and revoke invites, stop sharing.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { DEFAULT_RELAY_HOST_PORT, RELAY_HOST_PORT_MAX, RELAY_HOST_PORT_MIN, type RelayHostStatus } from '../../../shared/ipc/contract';
import { normaliseRelayUrl } from '../../../shared/sync/rooms';
import type { InviteRecord } from '../../../shared/sync/invites-doc';
import { useServices } from '../../app/services';
import type { WorkspaceSync } from '../../collab/network/workspace-sync';
import type { SharingRow } from '../../storage/db';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { formatRelativeTime } from '../../ui/format-time';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { currentLocale } from '../../i18n/i18n';
import { readDisplayName, writeDisplayName } from './display-name';
import { revokeInvite, startSharing, stopSharing, type CreatedInvite } from './sharing-actions';
import { SyncBadge } from './SyncBadge';
import { useSyncSnapshot, useWorkspaceSync } from './use-sync';
import { useInvites } from './use-invites';
import { CreateInviteDialog, InviteDialog } from './InviteDialogs';

export function SharingScreen({ workspaceId, workspaceName, doc }: { workspaceId: string; workspaceName: string; doc: Y.Doc }) {
  const { t } = useTranslation();
  const workspaceSync = useWorkspaceSync(workspaceId);
  return (
    <section className="screen" aria-labelledby="sharing-title">
      <header className="screen__header">
        <h1 id="sharing-title">{t('sharing.title')}</h1>
        <p className="screen__intro">{t('sharing.intro')}</p>
      </header>
      {workspaceSync ? (
        <SharedView workspaceSync={workspaceSync} workspaceName={workspaceName} doc={doc} />
      ) : (
        <TurnOnForm workspaceId={workspaceId} />
      )}
    </section>
  );
}

function TurnOnForm({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const services = useServices();
  const [previous, setPrevious] = useState<SharingRow | null>(null);
  const [mode, setMode] = useState<'host' | 'relay'>('host');
  const [port, setPort] = useState(String(DEFAULT_RELAY_HOST_PORT));
  const [relayUrl, setRelayUrl] = useState('');
  const [sealed, setSealed] = useState(true);
  const [name, setName] = useState(readDisplayName);
  const [errors, setErrors] = useState<{ port?: string; relayUrl?: string; name?: string; host?: string }>({});
  const { busy, run } = useSubmitOnce();

  useEffect(() => {
    void services.db.sharing.get(workspaceId).then((row) => {
      if (!row) return;
      setPrevious(row);
      setSealed(row.sealed);
      setMode(row.hosting ? 'host' : 'relay');
      if (!row.hosting) setRelayUrl(row.relayUrl);
    });
  }, [services, workspaceId]);

  const submit = () =>
    run(async () => {
      const next: typeof errors = {};
      const portNumber = Number(port);
      const url = normaliseRelayUrl(relayUrl);
      if (!name.trim()) next.name = t('sharing.yourNameRequired');
      if (mode === 'host' && !(Number.isInteger(portNumber) && portNumber >= RELAY_HOST_PORT_MIN && portNumber <= RELAY_HOST_PORT_MAX)) next.port = t('sharing.portInvalid');
      if (mode === 'relay' && !url) next.relayUrl = t('sharing.relayUrlInvalid');
      setErrors(next);
      if (Object.keys(next).length > 0) {
        document.querySelector<HTMLElement>('.sharing-form [aria-invalid="true"]')?.focus();
        return;
      }
      writeDisplayName(name);
      const result = await startSharing(services, workspaceId, mode === 'host' ? { mode, port: portNumber, sealed } : { mode, relayUrl: url!, sealed });
      if (!result.ok) {
        const reason = result.host?.error === 'port-in-use' ? t('sharing.hostPortInUse') : t('sharing.hostUnknown');
        setErrors({ host: t('sharing.hostFailed', { port: portNumber, reason }) });
      }
    });

  return (
    <form
      className="sharing-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <p className="notice">{t('sharing.off')}</p>
      <fieldset className="choice-group">
        <legend>{t('sharing.how')}</legend>
        <label className="choice-card choice-card--wide">
          <input type="radio" name="sharing-mode" checked={mode === 'host'} onChange={() => setMode('host')} />
          <span>
            <strong>{t('sharing.hostOption')}</strong>
            <span className="choice-card__help">{t('sharing.hostHelp')}</span>
          </span>
        </label>
        <label className="choice-card choice-card--wide">
          <input type="radio" name="sharing-mode" checked={mode === 'relay'} onChange={() => setMode('relay')} />
          <span>
            <strong>{t('sharing.relayOption')}</strong>
            <span className="choice-card__help">{t('sharing.relayHelp')}</span>
          </span>
        </label>
      </fieldset>
      {mode === 'host' ? (
        <Field label={t('sharing.port')} error={errors.port}>
          {(props) => <input {...props} className="input input--short" inputMode="numeric" dir="ltr" value={port} onChange={(event) => setPort(event.target.value)} />}
        </Field>
      ) : (
        <Field label={t('sharing.relayUrl')} hint={t('sharing.relayHelp')} error={errors.relayUrl}>
          {(props) => (
            <input {...props} className="input" dir="ltr" placeholder="wss://relay.example.org" value={relayUrl} onChange={(event) => setRelayUrl(event.target.value)} />
          )}
        </Field>
      )}
      <label className="choice-card choice-card--wide">
        <input type="checkbox" checked={sealed} disabled={!!previous} onChange={(event) => setSealed(event.target.checked)} />
        <span>
          <strong>{t('sharing.sealed')}</strong>
          <span className="choice-card__help">{t('sharing.sealedHelp')}</span>
        </span>
      </label>
      <Field label={t('sharing.yourName')} hint={t('sharing.yourNameHelp')} error={errors.name}>
        {(props) => <input {...props} className="input" value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      {errors.host ? (
        <p className="notice notice--error" role="alert">
          {errors.host}
        </p>
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('sharing.turnOn')}
      </button>
    </form>
  );
}

type Pending = { kind: 'create' } | { kind: 'show'; created: CreatedInvite; label: string } | { kind: 'revoke'; record: InviteRecord } | null;

function SharedView({ workspaceSync, workspaceName, doc }: { workspaceSync: WorkspaceSync; workspaceName: string; doc: Y.Doc }) {
  const { t } = useTranslation();
  const services = useServices();
  const snapshot = useSyncSnapshot(workspaceSync);
  const invites = useInvites(doc);
  const [host, setHost] = useState<RelayHostStatus | null>(null);
  const [pending, setPending] = useState<Pending>(null);
  const { busy, run } = useSubmitOnce();
  const { sharing } = workspaceSync;
  const locale = currentLocale();

  useEffect(() => {
    if (!sharing.hosting) return;
    void services.bridge.invoke('relay:get-host-status', undefined).then((result) => result.ok && setHost(result.value));
    return services.bridge.on('relay:host-status-changed', setHost);
  }, [services, sharing.hosting]);

  return (
    <>
      <SyncBadge snapshot={snapshot} workspaceId={workspaceSync.workspaceId} />
      {sharing.access === 'read' ? <p className="notice">{t('sharing.readOnlyNotice')}</p> : null}
      <dl className="facts">
        <dt>{t('sharing.relay')}</dt>
        <dd>
          <span dir="ltr" data-testid="relay-url">
            {sharing.relayUrl}
          </span>
        </dd>
        {sharing.hosting && host?.running ? (
          <>
            <dt>{t('sharing.hosting')}</dt>
            <dd>
              {t('sharing.hostAddresses')}
              <ul className="plain-list" dir="ltr" data-testid="host-addresses">
                {host.addresses.map((address) => (
                  <li key={address}>{address}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        <dt>{t('sharing.mode')}</dt>
        <dd>{sharing.sealed ? t('sharing.modeSealed') : t('sharing.modePlain')}</dd>
        <dt>{t('sharing.access')}</dt>
        <dd>{sharing.access === 'edit' ? t('sharing.accessEdit') : t('sharing.accessRead')}</dd>
        <dt>{t('sharing.yourName')}</dt>
        <dd>{readDisplayName()}</dd>
      </dl>

      {sharing.access === 'edit' ? (
        <>
          <div className="section-heading">
            <h2>{t('sharing.invites')}</h2>
            <button type="button" className="button button--primary" onClick={() => setPending({ kind: 'create' })}>
              {t('sharing.createInvite')}
            </button>
          </div>
          <p className="field__hint">{t('sharing.invitesHelp')}</p>
          {invites.length === 0 ? (
            <p className="empty">{t('sharing.noInvites')}</p>
          ) : (
            <ul className="card-list" data-testid="invite-list">
              {invites.map((record) => (
                <li key={record.id} className="card">
                  <div className="card__main">
                    <span className="card__title">{record.label || t('sharing.untitledInvite')}</span>
                    <p className="card__meta">
                      {record.access === 'edit' ? t('sharing.inviteEdit') : t('sharing.inviteRead')} ·{' '}
                      {record.revokedAt
                        ? t('sharing.revoked', { when: formatRelativeTime(record.revokedAt, locale) })
                        : t('sharing.createdOn', { when: formatRelativeTime(record.createdAt, locale) })}
                    </p>
                  </div>
                  {record.revokedAt ? null : (
                    <div className="card__actions">
                      <button type="button" className="button" onClick={() => setPending({ kind: 'revoke', record })}>
                        {t('sharing.revoke')}
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}

      <div className="section-heading">
        <h2>{t('sharing.turnOff')}</h2>
      </div>
      <p className="field__hint">{t('sharing.turnOffHelp')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void run(() => stopSharing(services, workspaceSync.workspaceId))}>
        {t('sharing.turnOff')}
      </button>

      {pending?.kind === 'create' ? (
        <CreateInviteDialog
          workspaceSync={workspaceSync}
          doc={doc}
          workspaceName={workspaceName}
          onCancel={() => setPending(null)}
          onCreated={(created, label) => setPending({ kind: 'show', created, label })}
        />
      ) : null}
      {pending?.kind === 'show' ? <InviteDialog created={pending.created} label={pending.label} onClose={() => setPending(null)} /> : null}
      {pending?.kind === 'revoke' ? (
        <ConfirmDialog
          title={t('sharing.revokeTitle', { label: pending.record.label || t('sharing.untitledInvite') })}
          body={t('sharing.revokeBody')}
          confirmLabel={t('sharing.revoke')}
          cancelLabel={t('sharing.cancel')}
          onCancel={() => setPending(null)}
          onConfirm={async () => {
            revokeInvite(doc, pending.record.id);
            setPending(null);
          }}
        />
      ) : null}
    </>
  );
}
