import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

interface Props {
  value: string;
  /** Called with what was typed when the field loses focus (or on Enter, single-line). */
  onCommit: (text: string) => void;
  /** The accessible name. */
  label: string;
  multiline?: boolean;
  readOnly?: boolean;
  className?: string;
  placeholder?: string;
  describedBy?: string;
  maxLength?: number;
  testId?: string;
  id?: string;
}

/**
 * A text field bound to a shared value: what someone else writes shows up while this field is
 * not being edited; what is typed here is written once, when the field is left (Enter in a
 * single-line field, Escape puts back the shared value).
 */
export function InlineText({ value, onCommit, label, multiline, readOnly, className, placeholder, describedBy, maxLength = 2000, testId, id }: Props) {
  const [draft, setDraft] = useState(value);
  const editing = useRef(false);
  useEffect(() => {
    if (!editing.current) setDraft(value);
  }, [value]);
  const commit = () => {
    editing.current = false;
    if (draft.trim() !== value) onCommit(draft);
    else setDraft(value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      editing.current = false;
      setDraft(value);
    } else if (event.key === 'Enter' && !multiline && !event.nativeEvent.isComposing) {
      event.preventDefault();
      commit();
    }
  };
  const common = {
    id,
    className: `input ${className ?? ''}`.trim(),
    value: draft,
    'aria-label': label,
    'aria-describedby': describedBy,
    placeholder,
    readOnly,
    maxLength,
    dir: 'auto' as const,
    'data-testid': testId,
    onFocus: () => {
      editing.current = true;
    },
    onChange: (event: { target: { value: string } }) => {
      editing.current = true;
      setDraft(event.target.value);
    },
    onBlur: commit,
    onKeyDown,
  };
  return multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />;
}
