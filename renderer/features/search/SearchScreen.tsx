import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentEntry } from '../../../shared/model/document';
import type { SnippetPart } from '../../../shared/model/search-text';
import { hrefFor } from '../../app/router';
import { useServices } from '../../app/services';
import { loadIndex, searchRows, type DocumentResult } from './search-index';

interface Props {
  workspaceId: string;
  query: string;
  documents: DocumentEntry[];
}

type State = { state: 'idle' } | { state: 'searching' } | { state: 'done'; query: string; results: DocumentResult[] } | { state: 'failed' };

function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <>
      {parts.map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}

/** Results for a query across the workspace's documents, grouped per document; each opens at its passage. */
export function SearchScreen({ workspaceId, query, documents }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const [state, setState] = useState<State>({ state: 'idle' });
  const entriesKey = documents.map((entry) => `${entry.id}:${entry.title}`).join('|');

  useEffect(() => {
    if (!query.trim()) {
      setState({ state: 'idle' });
      return;
    }
    let live = true;
    setState({ state: 'searching' });
    loadIndex(services, workspaceId, documents.map((entry) => entry.id))
      .then(({ rows }) => live && setState({ state: 'done', query, results: searchRows(documents, rows, query) }))
      .catch((error: unknown) => {
        console.error('search', error);
        if (live) setState({ state: 'failed' });
      });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [services, workspaceId, query, entriesKey]);

  const matches = state.state === 'done' ? state.results.reduce((sum, result) => sum + result.count, 0) : 0;
  return (
    // data-results-for: which query the results shown belong to (what tests and benchmarks wait for).
    <section className="screen" aria-labelledby="search-title" data-results-for={state.state === 'done' ? state.query : undefined}>
      <header className="screen__header">
        <h1 id="search-title">{query.trim() ? t('search.resultsFor', { query: query.trim() }) : t('search.title')}</h1>
      </header>
      <div aria-live="polite" data-testid="search-status">
        {state.state === 'idle' ? <p className="empty">{t('search.empty')}</p> : null}
        {state.state === 'searching' ? <p>{t('search.searching')}</p> : null}
        {state.state === 'failed' ? (
          <p className="notice notice--error" role="alert">
            {t('search.failed')}
          </p>
        ) : null}
        {state.state === 'done' && state.results.length === 0 ? <p className="empty">{t('search.noResults', { query: query.trim() })}</p> : null}
        {state.state === 'done' && state.results.length > 0 ? (
          <p className="search-summary">{t('search.summary', { documents: state.results.length, matches })}</p>
        ) : null}
      </div>
      {state.state === 'done' && state.results.length > 0 ? (
        <ol className="search-results" data-testid="search-results">
          {state.results.map((result) => (
            <li key={result.docId} className="search-result">
              <h2 className="search-result__title">
                <a href={hrefFor({ name: 'document', workspaceId, documentId: result.docId })}>
                  {result.titleParts ? <Snippet parts={result.titleParts} /> : result.title}
                </a>
              </h2>
              {result.hits.length > 0 ? (
                <ul className="search-result__hits">
                  {result.hits.map((hit, index) => (
                    <li key={`${hit.block}:${index}`}>
                      <a href={hrefFor({ name: 'document', workspaceId, documentId: result.docId, find: { text: query.trim(), block: hit.block } })}>
                        <Snippet parts={hit.parts} />
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
              {result.count > result.hits.length ? <p className="search-result__more">{t('search.more', { count: result.count - result.hits.length })}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
