/** The usual ending of a form dialog: Cancel, then the submit button (disabled while it runs). */
export function DialogActions({ cancelLabel, submitLabel, busy, onCancel }: { cancelLabel: string; submitLabel: string; busy: boolean; onCancel: () => void }) {
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        {cancelLabel}
      </button>
      <button type="submit" className="button button--primary" disabled={busy}>
        {submitLabel}
      </button>
    </>
  );
}
