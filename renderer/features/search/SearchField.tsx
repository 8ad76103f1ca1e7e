import { forwardRef, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';

interface Props {
  workspaceId: string;
  /** The query shown on the results page, so the field keeps it. */
  current?: string;
}

/** The workspace's search box (in the navigation): Enter opens the results page. */
export const SearchField = forwardRef<HTMLInputElement, Props>(function SearchField({ workspaceId, current = '' }, ref) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(current);
  useEffect(() => setQuery(current), [current]);
  return (
    <form
      role="search"
      className="search-field"
      onSubmit={(event) => {
        event.preventDefault();
        navigate({ name: 'workspace', workspaceId, section: { name: 'search', query: query.trim() } });
      }}
    >
      <input
        ref={ref}
        type="search"
        className="input search-field__input"
        aria-label={t('search.label')}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <button type="submit" className="button">
        {t('search.submit')}
      </button>
    </form>
  );
});
