/**
 * The endorsements of an MoU: which member organisation endorsed which named version,
 * through which delegate, on which date — each checked against its version's fingerprint
 * and the current text — and a form to record one (not for read-only members).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, isoDateOf } from '../../../shared/model/dates';
import { newId } from '../../../shared/model/ids';
import { isFormer, type Member } from '../../../shared/model/members';
import { shortHash } from '../../../shared/model/version-hash';
import { recordEndorsement, type EndorsementRecord, type EndorsementState, type VersionRecord } from '../../../shared/sync/document-versions';
import { currentLocale } from '../../i18n/i18n';
import { Field } from '../../ui/Field';
import { useDocumentContext } from '../documents/document-context';
import { formatIsoDate } from '../members/member-text';
import { useEndorsements, useEndorsementStates, useVersions } from './use-versions';
import { SidePanel } from '../../ui/SidePanel';

const randomBytes = (bytes: Uint8Array) => crypto.getRandomValues(bytes);

export function EndorsementsPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { doc, members, readOnly } = useDocumentContext();
  const versions = useVersions(doc);
  const endorsements = useEndorsements(doc);
  const states = useEndorsementStates(doc, endorsements);
  const [status, setStatus] = useState<string | null>(null);
  const byId = new Map(members.map((member) => [member.id, member]));
  const versionById = new Map(versions.map((version) => [version.id, version]));
  const locale = currentLocale();

  return (
    <SidePanel name="endorsements" className="endorsements-panel" title={t('endorsements.panelTitle')} closeLabel={t('endorsements.close')} onClose={onClose}>
      {endorsements.length === 0 ? <p className="empty">{t('endorsements.empty')}</p> : null}
      <ul className="endorsement-list" data-testid="endorsement-list">
        {endorsements.map((endorsement) => {
          const state = states?.get(endorsement.id);
          return (
            <li key={endorsement.id} className="endorsement" data-state={state ?? 'checking'}>
              <p className="endorsement__text" dir="auto">
                {t('endorsements.entry', {
                  organisation: byId.get(endorsement.organisationId)?.name ?? t('endorsements.unknownMember'),
                  version: versionById.get(endorsement.versionId)?.name ?? t('endorsements.unknownVersion'),
                  delegate: byId.get(endorsement.delegateId)?.name ?? t('endorsements.unknownMember'),
                  date: formatIsoDate(endorsement.date, locale, 'long'),
                })}
              </p>
              <p className="endorsement__meta">
                {state ? <StateBadge state={state} /> : null} <span className="endorsement__hash">{t('endorsements.fingerprint', { hash: shortHash(endorsement.versionHash) })}</span>
              </p>
            </li>
          );
        })}
      </ul>
      {status ? (
        <p className="notice" role="status">
          {status}
        </p>
      ) : null}
      {readOnly ? null : <EndorseForm versions={versions} members={members} onRecorded={(organisation) => setStatus(t('endorsements.recorded', { organisation }))} />}
    </SidePanel>
  );
}

function StateBadge({ state }: { state: EndorsementState }) {
  const { t } = useTranslation();
  return <span className={`endorsement__state endorsement__state--${state}`}>{t(`endorsements.state.${state}`)}</span>;
}

function EndorseForm({ versions, members, onRecorded }: { versions: VersionRecord[]; members: Member[]; onRecorded: (organisation: string) => void }) {
  const { t } = useTranslation();
  const { doc, author } = useDocumentContext();
  const today = isoDateOf(new Date());
  const organisations = members.filter((member) => member.kind === 'organisation' && !isFormer(member, today));
  const [organisationId, setOrganisationId] = useState('');
  const [delegateId, setDelegateId] = useState('');
  const [versionId, setVersionId] = useState('');
  const [date, setDate] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const delegates = members.filter(
    (member) => member.kind === 'individual' && member.representationOf === organisationId && member.representationRole !== undefined && !isFormer(member, today),
  );
  const latest = versions[versions.length - 1];
  const chosenVersion = versions.find((version) => version.id === (versionId || latest?.id));
  const chosenDelegate = delegates.find((member) => member.id === delegateId) ?? delegates.find((member) => member.representationRole === 'delegate') ?? delegates[0];

  if (versions.length === 0) return <p className="notice">{t('endorsements.needVersion')}</p>;
  if (organisations.length === 0) return <p className="notice">{t('endorsements.needOrganisation')}</p>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const organisation = organisations.find((member) => member.id === organisationId);
    if (!organisation || !chosenDelegate || !chosenVersion) return;
    if (!isIsoDate(date)) {
      setError(t('endorsements.dateRequired'));
      return;
    }
    recordEndorsement(doc, {
      id: newId('end', randomBytes),
      organisationId: organisation.id,
      delegateId: chosenDelegate.id,
      versionId: chosenVersion.id,
      versionHash: chosenVersion.hash,
      date,
      recordedBy: author.name,
      recordedAt: new Date().toISOString(),
    } satisfies EndorsementRecord);
    setError(null);
    setOrganisationId('');
    setDelegateId('');
    onRecorded(organisation.name);
  };

  return (
    <form className="endorsements-panel__form" onSubmit={submit} noValidate>
      <h3>{t('endorsements.recordTitle')}</h3>
      <Field label={t('endorsements.organisation')}>
        {(props) => (
          <select
            {...props}
            className="input"
            value={organisationId}
            onChange={(event) => {
              setOrganisationId(event.target.value);
              setDelegateId('');
            }}
          >
            <option value="">{t('endorsements.choose')}</option>
            {organisations.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {organisationId && delegates.length === 0 ? <p className="field__hint">{t('endorsements.noDelegate')}</p> : null}
      {delegates.length > 0 ? (
        <Field label={t('endorsements.delegate')}>
          {(props) => (
            <select {...props} className="input" value={chosenDelegate?.id ?? ''} onChange={(event) => setDelegateId(event.target.value)}>
              {delegates.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t('endorsements.version')}>
        {(props) => (
          <select {...props} className="input" value={chosenVersion?.id ?? ''} onChange={(event) => setVersionId(event.target.value)}>
            {[...versions].reverse().map((version) => (
              <option key={version.id} value={version.id}>
                {version.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('endorsements.date')} error={error}>
        {(props) => <input {...props} type="date" className="input" value={date} max={today} onChange={(event) => setDate(event.target.value)} />}
      </Field>
      <button type="submit" className="button button--primary" disabled={!organisationId || !chosenDelegate}>
        {t('endorsements.record')}
      </button>
    </form>
  );
}

/**
 * Under the document's title for an endorsed MoU: who endorsed the current text, and a
 * warning when the text differs from an endorsed version or an endorsement no longer matches.
 */
export function EndorsementNotice() {
  const { t } = useTranslation();
  const { doc, members } = useDocumentContext();
  const endorsements = useEndorsements(doc);
  const states = useEndorsementStates(doc, endorsements);
  if (!states || endorsements.length === 0) return null;
  const names = (wanted: EndorsementState[]) =>
    [
      ...new Set(
        endorsements
          .filter((endorsement) => wanted.includes(states.get(endorsement.id) ?? 'version-missing'))
          .map((endorsement) => members.find((member) => member.id === endorsement.organisationId)?.name ?? t('endorsements.unknownMember')),
      ),
    ].join(', ');
  const current = names(['current']);
  const changed = names(['text-changed']);
  const broken = names(['hash-mismatch', 'version-missing']);
  return (
    <div className="endorsement-notices" data-testid="endorsement-notice">
      {current ? <p className="notice notice--info">{t('endorsements.endorsedBy', { list: current })}</p> : null}
      {changed ? (
        <p className="notice notice--warning" role="alert">
          {t('endorsements.textChanged', { list: changed })}
        </p>
      ) : null}
      {broken ? (
        <p className="notice notice--error" role="alert">
          {t('endorsements.mismatch', { list: broken })}
        </p>
      ) : null}
    </div>
  );
}
