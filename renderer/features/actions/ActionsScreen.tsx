import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTION_STATUSES,
  OPEN_STATUSES,
  filterActionItems,
  isOverdue,
  type ActionFilter,
  type ActionItem,
  type ActionStatus,
} from '../../../shared/sync/action-items';
import { currentLocale } from '../../i18n/i18n';
import { formatIsoDate, today } from '../members/member-text';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { ownerName, ownerOptions } from './owner-options';
import { sourceHref, sourceText, useSourceTitles } from './source-links';
import { useActionItems } from './use-action-items';
import { OverdueBadge, StatusSelect, useActionEditing } from './use-action-editing';

/** '*': anyone; '': nobody (unassigned); else a member id. */
type OwnerChoice = string;
/** 'open': to do or in progress (the default); 'all'; or one status. */
type StatusChoice = 'open' | 'all' | ActionStatus;

const ANYONE = '*';

function statusesOf(choice: StatusChoice): readonly ActionStatus[] | undefined {
  if (choice === 'all') return undefined;
  if (choice === 'open') return OPEN_STATUSES;
  return [choice];
}

/**
 * Action items across meetings and decisions: filters by owner, status and overdue, a "My
 * actions" view for whoever this computer is, and a row per item with its status changeable
 * in place.
 */
export function ActionsScreen(page: WorkspacePageProps & { mine: boolean }) {
  const { workspaceId, doc, members, meId, readOnly, mine } = page;
  const { t } = useTranslation();
  const locale = currentLocale();
  const date = today();
  const items = useActionItems(doc);
  const titles = useSourceTitles(doc);
  const [owner, setOwner] = useState<OwnerChoice>(ANYONE);
  const [status, setStatus] = useState<StatusChoice>('open');
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const countRef = useRef<HTMLParagraphElement>(null);
  const editing = useActionEditing(page);
  // Another view: the last status message belonged to the one left.
  useEffect(() => setAnnouncement(''), [mine]);

  const filter: ActionFilter = {
    statuses: statusesOf(status),
    overdueOnly,
    // "My actions" without a "me" shows nothing (the page explains how to choose who you are).
    ...(mine ? { owner: meId ?? '\u0000' } : owner === ANYONE ? {} : { owner }),
  };
  const shown = filterActionItems(items, filter, date);
  const anyOfMine = mine && meId !== null && items.some((item) => item.owner === meId);
  const owners = useMemo(
    () => ownerOptions(t, members, date, locale, items.map((item) => item.owner)),
    [t, members, date, locale, items],
  );

  const changeStatus = (item: ActionItem, next: ActionStatus) => {
    if (!editing.setStatus(item, next)) {
      setAnnouncement(t('actions.form.gone'));
      return;
    }
    const after = { ...item, status: next };
    const stillShown = filterActionItems([after], filter, date).length === 1;
    const label = t(`actions.statuses.${next}`);
    setAnnouncement(stillShown ? t('actions.statusChanged', { title: item.title, status: label }) : t('actions.statusChangedHidden', { title: item.title, status: label }));
    // The row leaves the list with the focus in it: put the focus where the list is summed up.
    if (!stillShown) countRef.current?.focus();
  };

  /** A new filter makes the last status message stale (it may say a row is hidden that is now shown). */
  const filterBy = (change: () => void) => {
    setAnnouncement('');
    change();
  };

  const needsMe = mine && meId === null;
  const base = `#/w/${workspaceId}/actions`;

  return (
    <section className="screen actions-screen" aria-labelledby="actions-title">
      <header className="screen__header">
        <h1 id="actions-title">{t('actions.title')}</h1>
        <p className="screen__intro">{t('actions.intro')}</p>
        {readOnly ? <p className="notice notice--info">{t('actions.readOnly')}</p> : null}
        <nav className="view-tabs" aria-label={t('actions.views')}>
          <a className="view-tabs__tab" href={base} aria-current={mine ? undefined : 'page'}>
            {t('actions.viewAll')}
          </a>
          <a className="view-tabs__tab" href={`${base}?mine=1`} aria-current={mine ? 'page' : undefined}>
            {t('actions.viewMine')}
          </a>
        </nav>
        {readOnly ? null : (
          <div className="screen__actions">
            <button type="button" className="button button--primary" onClick={editing.add}>
              {t('actions.add')}
            </button>
          </div>
        )}
      </header>

      {needsMe ? (
        <p className="notice notice--info" data-testid="actions-needs-me">
          {t('actions.mineNeedsMe')}
        </p>
      ) : (
        <>
          <search className="filters actions-filters" aria-label={t('actions.filters')}>
            {mine ? null : (
              <label className="filters__item">
                <span className="field__label">{t('actions.owner')}</span>
                <select className="input" value={owner} onChange={(event) => filterBy(() => setOwner(event.target.value))}>
                  <option value={ANYONE}>{t('actions.anyOwner')}</option>
                  <option value="">{t('actions.unassigned')}</option>
                  {owners.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label className="filters__item">
              <span className="field__label">{t('actions.status')}</span>
              <select className="input" value={status} onChange={(event) => filterBy(() => setStatus(event.target.value as StatusChoice))}>
                <option value="open">{t('actions.openStatuses')}</option>
                <option value="all">{t('actions.allStatuses')}</option>
                {ACTION_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {t(`actions.statuses.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="check filters__check">
              <input type="checkbox" checked={overdueOnly} onChange={(event) => filterBy(() => setOverdueOnly(event.target.checked))} />
              {t('actions.overdueOnly')}
            </label>
          </search>

          <p className="filters__count" role="status" ref={countRef} tabIndex={-1}>
            {t('actions.shown', { count: shown.length })}
          </p>
          <p className="actions-announcement" role="status">
            {announcement}
          </p>

          {items.length === 0 ? (
            <div className="empty actions-empty">
              <p>{t('actions.emptyIntro')}</p>
              <p>{t('actions.emptyHow')}</p>
            </div>
          ) : shown.length === 0 ? (
            <p className="empty">{mine && !anyOfMine ? t('actions.emptyMine') : t('actions.emptyFiltered')}</p>
          ) : (
            <table className="table actions-table" data-testid="action-list">
              <caption className="visually-hidden">{mine ? t('actions.viewMine') : t('actions.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('actions.colTitle')}</th>
                  <th scope="col">{t('actions.colOwner')}</th>
                  <th scope="col">{t('actions.colDue')}</th>
                  <th scope="col">{t('actions.colStatus')}</th>
                  <th scope="col">{t('actions.colSource')}</th>
                  {readOnly ? null : (
                    <th scope="col">
                      <span className="visually-hidden">{t('actions.colActions')}</span>
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {shown.map((item) => {
                  const late = isOverdue(item, date);
                  return (
                    <tr key={item.id} className={late ? 'action-row action-row--overdue' : 'action-row'} data-testid="action-row">
                      <th scope="row" className="action-row__title">
                        <span className="action-row__name" dir="auto">
                          {item.title}
                        </span>
                        {item.notes ? (
                          <span className="action-row__notes" dir="auto">
                            {item.notes}
                          </span>
                        ) : null}
                      </th>
                      <td className={item.owner ? undefined : 'action-row__muted'}>{ownerName(t, members, item.owner)}</td>
                      <td className="table__nowrap">
                        {item.due ? <time dateTime={item.due}>{formatIsoDate(item.due, locale)}</time> : <span className="action-row__muted">{t('actions.noDue')}</span>}
                        {late ? <OverdueBadge /> : null}
                      </td>
                      <td>
                        {readOnly ? (
                          <span className="action-status-text" data-status={item.status}>
                            {t(`actions.statuses.${item.status}`)}
                          </span>
                        ) : (
                          <StatusSelect item={item} onChange={(next) => changeStatus(item, next)} />
                        )}
                      </td>
                      <td>
                        {item.source ? (
                          <a href={sourceHref(workspaceId, item.source)} dir="auto">
                            {sourceText(t, item.source, titles)}
                          </a>
                        ) : (
                          <span className="action-row__muted">
                            <span aria-hidden="true">{t('actions.noSource')}</span>
                            <span className="visually-hidden">{t('actions.form.sourceNone')}</span>
                          </span>
                        )}
                      </td>
                      {readOnly ? null : (
                        <td className="table__actions">
                          <button type="button" className="button button--quiet" aria-label={t('actions.editLabel', { title: item.title })} onClick={() => editing.edit(item)}>
                            {t('actions.edit')}
                          </button>
                          <button
                            type="button"
                            className="button button--danger-quiet"
                            aria-label={t('actions.deleteLabel', { title: item.title })}
                            onClick={() => editing.remove(item)}
                          >
                            {t('actions.delete')}
                          </button>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
      {editing.dialogs}
    </section>
  );
}
