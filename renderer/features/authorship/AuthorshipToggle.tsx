/** The header's "Colour by author" switch and, while it is on, the legend of who wrote what. */
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuthorshipState } from './authorship-state';

export function AuthorshipToggle({ state }: { state: AuthorshipState }) {
  const { t } = useTranslation();
  const { on, legend } = useSyncExternalStore(state.subscribe, state.getSnapshot);
  return (
    <>
      <button type="button" className="button" aria-pressed={on} onClick={() => state.toggle()}>
        {t('authorship.toggle')}
      </button>
      {on && legend.length > 0 ? (
        <ul className="authorship-legend" aria-label={t('authorship.legend')} data-testid="authorship-legend">
          {legend.map((entry) => (
            <li key={`${entry.slot}-${entry.name ?? ''}`} className="authorship-legend__item">
              <span className={`authorship-swatch authorship-swatch--${entry.slot}`} aria-hidden="true" />
              {entry.name ?? t('authorship.unknown')}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
