import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveSummary } from '../collab/save-status-hub';
import { useServices } from './services';

/**
 * The quiet status line, and a banner that cannot be missed when saving fails.
 *
 * The line changes several times a second while someone types, so it is written
 * straight into the DOM instead of through React state: every React commit walks
 * the focused editor's whole DOM to save the selection, which a long agreement
 * would feel on every keystroke. React re-renders only when an error appears or clears.
 */
export function SaveStatusIndicator() {
  const { t } = useTranslation();
  const { hub } = useServices();
  const lineRef = useRef<HTMLParagraphElement>(null);
  const [error, setError] = useState<Extract<SaveSummary, { state: 'error' }>['error'] | null>(null);

  useEffect(() => {
    const show = (summary: SaveSummary) => {
      const line = lineRef.current;
      if (line) {
        const text = summary.state === 'saved' ? t('save.saved') : summary.state === 'saving' ? t('save.saving') : t('save.pending');
        if (line.textContent !== text) line.textContent = text;
        line.dataset.state = summary.state;
      }
      setError((current) => {
        if (summary.state !== 'error') return null;
        return current && current.kind === summary.error.kind && current.message === summary.error.message ? current : summary.error;
      });
    };
    show(hub.summary());
    return hub.subscribe(show);
  }, [hub, t]);

  return (
    <>
      <p ref={lineRef} className="save-status" role="status" data-testid="save-status" />
      {error ? (
        <div className="banner banner--error" role="alert">
          {error.kind === 'quota' ? t('save.errorQuota') : t('save.errorUnknown', { message: error.message })}
        </div>
      ) : null}
    </>
  );
}
