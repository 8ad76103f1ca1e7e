import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterActionItems, isOverdue, type ActionItem, type ActionSource, type ActionStatus } from '../../../shared/sync/action-items';
import { currentLocale } from '../../i18n/i18n';
import { formatIsoDate, today } from '../members/member-text';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { ownerName } from './owner-options';
import { useActionItems } from './use-action-items';
import { OverdueBadge, StatusSelect, useActionEditing } from './use-action-editing';

interface Props {
  page: WorkspacePageProps;
  /** The meeting or decision whose action items these are; new ones come from it. */
  source: ActionSource;
  /** The section's heading ("Action items" by default). */
  heading?: string;
}

/** The action items from one meeting or decision, compact, with "Add action item": for the meeting and proposal pages. */
export function ActionItemsSection({ page, source, heading }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const headingId = useId();
  const date = today();
  const items = filterActionItems(useActionItems(page.doc), { source }, date);
  const editing = useActionEditing(page, { source });
  const [announcement, setAnnouncement] = useState('');

  const changeStatus = (item: ActionItem, next: ActionStatus) => {
    setAnnouncement(
      editing.setStatus(item, next) ? t('actions.statusChanged', { title: item.title, status: t(`actions.statuses.${next}`) }) : t('actions.form.gone'),
    );
  };

  return (
    <section className="action-section" aria-labelledby={headingId} data-testid="action-items-section">
      <div className="section-heading">
        <h2 id={headingId}>{heading ?? t('actions.section.heading')}</h2>
        {page.readOnly ? null : (
          <button type="button" className="button" onClick={editing.add}>
            {t('actions.add')}
          </button>
        )}
      </div>
      {items.length === 0 ? (
        <p className="empty">{t('actions.section.empty')}</p>
      ) : (
        <ul className="action-list">
          {items.map((item) => {
            const late = isOverdue(item, date);
            return (
              <li key={item.id} className={late ? 'action-list__item action-list__item--overdue' : 'action-list__item'}>
                <div className="action-list__main">
                  <span className="action-list__title" dir="auto">
                    {item.title}
                  </span>
                  <span className="action-list__meta">
                    <span className={item.owner ? undefined : 'action-row__muted'}>{ownerName(t, page.members, item.owner)}</span>
                    {item.due ? (
                      <span>
                        {' · '}
                        <time dateTime={item.due}>{t('actions.section.due', { date: formatIsoDate(item.due, locale) })}</time>
                      </span>
                    ) : null}
                    {late ? <OverdueBadge /> : null}
                    {page.readOnly ? (
                      <span>
                        {' · '}
                        <span className="action-status-text" data-status={item.status}>
                          {t(`actions.statuses.${item.status}`)}
                        </span>
                      </span>
                    ) : null}
                  </span>
                </div>
                {page.readOnly ? null : (
                  <div className="action-list__controls">
                    <StatusSelect item={item} onChange={(next) => changeStatus(item, next)} />
                    <button type="button" className="button button--quiet" aria-label={t('actions.editLabel', { title: item.title })} onClick={() => editing.edit(item)}>
                      {t('actions.edit')}
                    </button>
                    <button type="button" className="button button--danger-quiet" aria-label={t('actions.deleteLabel', { title: item.title })} onClick={() => editing.remove(item)}>
                      {t('actions.delete')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="actions-announcement" role="status">
        {announcement}
      </p>
      {editing.dialogs}
    </section>
  );
}
