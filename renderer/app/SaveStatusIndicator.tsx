import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveSummary } from '../collab/save-status-hub';
import { useServices } from './services';

/** The quiet status line, and a banner that cannot be missed when saving fails. */
export function SaveStatusIndicator() {
  const { t } = useTranslation();
  const { hub } = useServices();
  const [summary, setSummary] = useState<SaveSummary>(() => hub.summary());
  useEffect(() => hub.subscribe(setSummary), [hub]);
  const text =
    summary.state === 'saving' ? t('save.saving') : summary.state === 'pending' ? t('save.pending') : summary.state === 'error' ? t('save.pending') : t('save.saved');
  return (
    <>
      <p className={`save-status save-status--${summary.state}`} role="status" data-testid="save-status">
        {text}
      </p>
      {summary.state === 'error' ? (
        <div className="banner banner--error" role="alert">
          {summary.error.kind === 'quota' ? t('save.errorQuota') : t('save.errorUnknown', { message: summary.error.message })}
        </div>
      ) : null}
    </>
  );
}
