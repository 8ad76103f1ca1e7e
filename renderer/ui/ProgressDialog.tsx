import { useId } from 'react';
import { Dialog } from './Dialog';

interface Props {
  title: string;
  /** Steps done so far (files written, bytes read…). */
  done: number;
  /** All the steps, when known; without it the bar shows activity only. */
  total?: number;
  /** Stops the operation (Escape too); the caller closes the dialog once it has stopped. */
  onCancel: () => void;
  cancelLabel: string;
  /** What is happening, in words ("12 of 40 files"); announced politely to screen readers. */
  status?: string;
}

/** A modal progress bar for an operation that takes more than a moment, with Cancel. */
export function ProgressDialog({ title, done, total, onCancel, cancelLabel, status }: Props) {
  const statusId = useId();
  const known = total !== undefined && total > 0;
  return (
    <Dialog
      title={title}
      describedBy={statusId}
      onClose={onCancel}
      onSubmit={() => undefined}
      actions={
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {cancelLabel}
        </button>
      }
    >
      <progress className="progress-dialog__bar" aria-label={title} aria-describedby={statusId} {...(known ? { max: total, value: Math.min(done, total) } : {})} />
      <p id={statusId} className="progress-dialog__status" aria-live="polite">
        {status ?? ''}
      </p>
    </Dialog>
  );
}
