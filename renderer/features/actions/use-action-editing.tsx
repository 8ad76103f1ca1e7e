/** The dialogs of a list of action items (add, edit, confirm a deletion) and the quick status change, shared by the page and the section. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, deleteActionItem, updateActionItem, type ActionItem, type ActionSource, type ActionStatus } from '../../../shared/sync/action-items';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { ActionItemDialog } from './ActionItemDialog';

type Pending = { kind: 'add' } | { kind: 'edit'; item: ActionItem } | { kind: 'delete'; item: ActionItem } | null;

export interface ActionEditing {
  add: () => void;
  edit: (item: ActionItem) => void;
  remove: (item: ActionItem) => void;
  /** Sets the status at once; false when the item is gone (deleted on another computer). */
  setStatus: (item: ActionItem, status: ActionStatus) => boolean;
  dialogs: ReactNode;
}

export function useActionEditing(page: WorkspacePageProps, options: { source?: ActionSource; onSaved?: (id: string) => void } = {}): ActionEditing {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending>(null);
  const close = () => setPending(null);

  let dialogs: ReactNode = null;
  if (pending?.kind === 'add' || pending?.kind === 'edit') {
    dialogs = (
      <ActionItemDialog
        page={page}
        {...(pending.kind === 'edit' ? { item: pending.item } : options.source ? { source: options.source } : {})}
        onClose={close}
        {...(options.onSaved ? { onSaved: options.onSaved } : {})}
      />
    );
  } else if (pending?.kind === 'delete') {
    dialogs = (
      <ConfirmDialog
        title={t('actions.confirmDelete.title')}
        body={t('actions.confirmDelete.body', { title: pending.item.title })}
        confirmLabel={t('actions.confirmDelete.confirm')}
        cancelLabel={t('actions.confirmDelete.cancel')}
        onCancel={close}
        onConfirm={async () => {
          // Already gone (deleted elsewhere) is the outcome asked for: nothing to report.
          deleteActionItem(page.doc, pending.item.id);
          close();
        }}
      />
    );
  }

  return {
    add: () => setPending({ kind: 'add' }),
    edit: (item) => setPending({ kind: 'edit', item }),
    remove: (item) => setPending({ kind: 'delete', item }),
    setStatus: (item, status) => updateActionItem(page.doc, item.id, { status }),
    dialogs,
  };
}

/** The per-item status select: a change is saved at once. */
export function StatusSelect({ item, onChange }: { item: ActionItem; onChange: (status: ActionStatus) => void }) {
  const { t } = useTranslation();
  return (
    <select
      className="input input--compact action-status"
      data-status={item.status}
      aria-label={t('actions.statusOf', { title: item.title })}
      value={item.status}
      onChange={(event) => onChange(event.target.value as ActionStatus)}
    >
      {ACTION_STATUSES.map((status) => (
        <option key={status} value={status}>
          {t(`actions.statuses.${status}`)}
        </option>
      ))}
    </select>
  );
}

/** "Overdue" said in words (with a warning sign), not by colour alone. */
export function OverdueBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge action-overdue">
      <span aria-hidden="true">⚠ </span>
      {t('actions.overdue')}
    </span>
  );
}
