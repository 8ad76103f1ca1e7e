import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import {
  COLLABORATION_FORMS,
  NETWORK_BASES,
  SCALE_POSITIONS,
  WORKSPACE_NAME_MAX,
  parseLanguages,
  validateWorkspaceProfile,
  type CollaborationForm,
  type NetworkBasis,
  type ScalePosition,
  type WorkspaceProfile,
  type WorkspaceProfileProblem,
} from '../../../shared/model/workspace';
import { writeProfile } from '../../../shared/sync/workspace-doc';
import { Field } from '../../ui/Field';
import { currentLocale } from '../../i18n/i18n';
import { useFocusFirstInvalid } from '../members/focus-invalid';
import { profileProblemMessage } from './rules-text';

const ASPECTS = ['purpose', 'timeHorizon', 'decisionMaking', 'relationship', 'accountability', 'timeCommitment'] as const;
/** The toolkit's table lists four points for formal structures and three for informal ones. */
const LIST_ITEMS = { formal: ['a', 'b', 'c', 'd'], informal: ['a', 'b', 'c'] } as const;

interface Fields {
  name: string;
  purpose: string;
  vision: string;
  values: string;
  form: CollaborationForm;
  structure: ScalePosition;
  membership: ScalePosition;
  basis: NetworkBasis[];
  languages: string;
}

function fieldsOf(profile: WorkspaceProfile, locale: string): Fields {
  return {
    name: profile.name,
    purpose: profile.purpose,
    vision: profile.vision,
    values: profile.values,
    form: profile.form,
    structure: profile.structure,
    membership: profile.membership,
    basis: profile.basis,
    // The Arabic comma between Arabic names, the Latin one otherwise.
    languages: profile.languages.join(locale === 'ar' && profile.languages.some((name) => /[\u0600-\u06ff]/.test(name)) ? '، ' : ', '),
  };
}

/**
 * The workspace profile, after the toolkit: purpose, vision, values; the form on
 * the continuum of collaboration with its description; structure and membership
 * on their spectrums; basis; languages. Only the fields the person changed are
 * written, so a change someone else made meanwhile to another field stays.
 */
export function ProfileForm({ doc, profile }: { doc: Y.Doc; profile: WorkspaceProfile }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [edits, setEdits] = useState<Partial<Fields>>({});
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<'saved' | 'not-saved' | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const ids = { description: useId(), structureTable: useId(), basisHint: useId(), status: useId() };
  useFocusFirstInvalid(formRef, attempt);

  const fields: Fields = { ...fieldsOf(profile, locale), ...edits };
  const candidate = {
    ...fields,
    name: fields.name.trim(),
    purpose: fields.purpose.trim(),
    vision: fields.vision.trim(),
    values: fields.values.trim(),
    languages: parseLanguages(fields.languages),
  };
  const found = validateWorkspaceProfile(candidate);
  // Problems show from the first refused save on, and clear as they are fixed.
  const problems: WorkspaceProfileProblem[] = attempt > 0 ? found : [];
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setEdits((current) => ({ ...current, [key]: value }));
    setStatus(null);
  };
  const error = (field: WorkspaceProfileProblem['field']) => {
    const problem = problems.find((candidate) => candidate.field === field);
    return problem ? profileProblemMessage(t, problem) : null;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (found.length > 0) {
      setStatus('not-saved');
      setAttempt((count) => count + 1);
      return;
    }
    const patch: Partial<WorkspaceProfile> = {};
    for (const key of Object.keys(edits) as Array<keyof Fields>) Object.assign(patch, { [key]: candidate[key] });
    writeProfile(doc, patch);
    setEdits({});
    setAttempt(0);
    setStatus('saved');
  };

  const structureSide = fields.structure >= 4 ? 'formal' : fields.structure <= 2 ? 'informal' : null;

  return (
    <form ref={formRef} className="profile-form" onSubmit={submit} noValidate aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profilePage.profileHeading')}</h2>
      <Field label={t('profilePage.name')} error={error('name')}>
        {(props) => <input {...props} className="input" dir="auto" value={fields.name} onChange={(event) => set('name', event.target.value)} maxLength={WORKSPACE_NAME_MAX + 20} />}
      </Field>
      <Field label={t('profilePage.purpose')} hint={t('profilePage.purposeHint')} error={error('purpose')}>
        {(props) => <textarea {...props} className="input" dir="auto" rows={3} value={fields.purpose} onChange={(event) => set('purpose', event.target.value)} />}
      </Field>
      <Field label={t('profilePage.vision')} hint={t('profilePage.visionHint')} error={error('vision')}>
        {(props) => <textarea {...props} className="input" dir="auto" rows={3} value={fields.vision} onChange={(event) => set('vision', event.target.value)} />}
      </Field>
      <Field label={t('profilePage.values')} hint={t('profilePage.valuesHint')} error={error('values')}>
        {(props) => <textarea {...props} className="input" dir="auto" rows={3} value={fields.values} onChange={(event) => set('values', event.target.value)} />}
      </Field>

      <fieldset className="profile-section" aria-describedby={ids.description}>
        <legend>{t('continuum.heading')}</legend>
        <p className="field__hint">{t('continuum.intro')}</p>
        <div className="continuum">
          <div className="continuum__choices">
            {COLLABORATION_FORMS.map((form) => (
              <label key={form} className="choice-card">
                <input type="radio" name="collaboration-form" value={form} checked={fields.form === form} onChange={() => set('form', form)} />
                <span>{t(`forms.${form}`)}</span>
              </label>
            ))}
          </div>
          <div className="continuum__description" id={ids.description} data-testid="form-description">
            <h3>{t('continuum.describes', { form: t(`forms.${fields.form}`) })}</h3>
            <dl className="facts facts--stacked">
              {ASPECTS.map((aspect) => (
                <div key={aspect}>
                  <dt>{t(`continuum.aspects.${aspect}`)}</dt>
                  <dd>{t(`continuum.${fields.form}.${aspect}`)}</dd>
                </div>
              ))}
            </dl>
            <p className="field__hint">{t('continuum.source')}</p>
          </div>
        </div>
      </fieldset>

      <fieldset className="profile-section" aria-describedby={ids.structureTable}>
        <legend>{t('structure.heading')}</legend>
        <p className="field__hint">{t('structure.intro')}</p>
        <div className="scale">
          {SCALE_POSITIONS.map((position) => (
            <label key={position} className="scale__step">
              <input type="radio" name="structure" value={position} checked={fields.structure === position} onChange={() => set('structure', position)} />
              <span>{t(`structure.scale.${position}`)}</span>
            </label>
          ))}
        </div>
        <table className="table structure-table" id={ids.structureTable}>
          <caption>{t('structure.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('structure.kind')}</th>
              <th scope="col">{t('structure.advantages')}</th>
              <th scope="col">{t('structure.disadvantages')}</th>
            </tr>
          </thead>
          <tbody>
            {(['formal', 'informal'] as const).map((side) => (
              <tr key={side} className={structureSide === side ? 'structure-table__current' : undefined}>
                <th scope="row">{t(`structure.${side}`)}</th>
                {(['Advantages', 'Disadvantages'] as const).map((list) => (
                  <td key={list}>
                    <ul>
                      {LIST_ITEMS[side].map((item) => (
                        <li key={item}>{t(`structure.${side}${list}.${item}`)}</li>
                      ))}
                    </ul>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>

      <fieldset className="profile-section">
        <legend>{t('membershipSpectrum.heading')}</legend>
        <p className="field__hint">{t('membershipSpectrum.intro')}</p>
        <div className="scale">
          {SCALE_POSITIONS.map((position) => (
            <label key={position} className="scale__step">
              <input type="radio" name="membership" value={position} checked={fields.membership === position} onChange={() => set('membership', position)} />
              <span>{t(`membershipSpectrum.scale.${position}`)}</span>
            </label>
          ))}
        </div>
        <div className="spectrum-notes">
          <p>{t('membershipSpectrum.similar')}</p>
          <p>{t('membershipSpectrum.diverse')}</p>
        </div>
      </fieldset>

      <fieldset className="profile-section" aria-describedby={ids.basisHint}>
        <legend>{t('basis.heading')}</legend>
        <p className="field__hint" id={ids.basisHint}>
          {t('basis.hint')}
        </p>
        <div className="basis-list">
          {NETWORK_BASES.map((basis) => (
            <label key={basis} className="choice-card choice-card--wide">
              <input
                type="checkbox"
                checked={fields.basis.includes(basis)}
                onChange={(event) =>
                  set('basis', event.target.checked ? NETWORK_BASES.filter((b) => b === basis || fields.basis.includes(b)) : fields.basis.filter((b) => b !== basis))
                }
              />
              <span>
                <strong>{t(`basis.${basis}`)}</strong>
                <span className="choice-card__help">{t(`basis.${basis}Help`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <Field label={t('profilePage.languages')} hint={t('profilePage.languagesHint')} error={error('languages')}>
        {(props) => <input {...props} className="input" dir="auto" value={fields.languages} onChange={(event) => set('languages', event.target.value)} />}
      </Field>

      <div className="form-footer">
        <button type="submit" className="button button--primary">
          {t('profilePage.save')}
        </button>
        <p className={`form-footer__status${status === 'not-saved' ? ' form-footer__status--error' : ''}`} role="status" id={ids.status}>
          {status === 'saved' ? t('profilePage.saved') : status === 'not-saved' ? t('profilePage.notSaved') : ''}
        </p>
      </div>
    </form>
  );
}
