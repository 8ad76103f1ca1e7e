import { useId } from 'react';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onCancel: () => void;
  onConfirm: () => Promise<void>;
}

/** Asks before a destructive action; the safe choice has the focus. */
export function ConfirmDialog({ title, body, confirmLabel, cancelLabel, onCancel, onConfirm }: Props) {
  const bodyId = useId();
  return (
    <Dialog
      title={title}
      role="alertdialog"
      describedBy={bodyId}
      onClose={onCancel}
      onSubmit={onConfirm}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} autoFocus>
            {cancelLabel}
          </button>
          <button type="submit" className="button button--danger">
            {confirmLabel}
          </button>
        </>
      }
    >
      <p id={bodyId}>{body}</p>
    </Dialog>
  );
}
