/**
 * A modal dialog on the native <dialog> element: the browser traps focus,
 * restores it on close and closes on Escape, which screen readers understand.
 */
import { useId, useLayoutEffect, useRef, type FormEvent, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  /** alertdialog for confirmations of destructive actions. */
  role?: 'dialog' | 'alertdialog';
  onClose: () => void;
  onSubmit: () => void | Promise<void>;
  children: ReactNode;
  actions: ReactNode;
  describedBy?: string;
}

export function Dialog({ title, role = 'dialog', onClose, onSubmit, children, actions, describedBy }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useLayoutEffect(() => {
    // Layout effect: its cleanup runs while the <dialog> is still in the page, and the
    // opener is focused explicitly, because a dialog removed from the page cannot
    // hand focus back by itself.
    const dialog = ref.current;
    const opener = document.activeElement;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
    };
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void onSubmit();
  };
  return (
    <dialog
      ref={ref}
      role={role}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      className="dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId} className="dialog__title">
          {title}
        </h2>
        <div className="dialog__body">{children}</div>
        <div className="dialog__actions">{actions}</div>
      </form>
    </dialog>
  );
}
