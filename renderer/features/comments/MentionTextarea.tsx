/**
 * A comment's text box that offers the members of the register after "@": arrow keys move
 * through the suggestions, Enter or Tab picks one, Escape closes them. A picked member is
 * written as "@Name" and remembered by id (kept only while "@Name" stays in the text).
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/model/members';

const MAX_SUGGESTIONS = 6;
/** "@" at the start or after a space, then up to 40 characters without a line break or another "@". */
const QUERY = /(?:^|\s)@([^@\n]{0,40})$/u;

export interface Mention {
  id: string;
  name: string;
}

interface Props {
  id?: string;
  value: string;
  onChange: (value: string) => void;
  mentions: Mention[];
  onMentionsChange: (mentions: Mention[]) => void;
  members: Member[];
  describedBy?: string;
  invalid?: boolean;
  autoFocus?: boolean;
  onSubmit?: () => void;
}

/** The mentions still written in the text. */
export function mentionsIn(text: string, mentions: Mention[]): string[] {
  return [...new Set(mentions.filter((mention) => text.includes(`@${mention.name}`)).map((mention) => mention.id))];
}

export function MentionTextarea({ id, value, onChange, mentions, onMentionsChange, members, describedBy, invalid, autoFocus, onSubmit }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  // After a pick, the caret goes right after the inserted "@Name " (React would leave it at the end).
  const [placeCaret, setPlaceCaret] = useState<number | null>(null);
  useEffect(() => {
    if (placeCaret === null) return;
    box.current?.setSelectionRange(placeCaret, placeCaret);
    setPlaceCaret(null);
  }, [placeCaret]);

  const query = QUERY.exec(value.slice(0, caret))?.[1];
  const suggestions = useMemo(() => {
    if (query === undefined) return [];
    const wanted = query.toLocaleLowerCase();
    return members.filter((member) => !member.erasedOn && member.name.toLocaleLowerCase().includes(wanted)).slice(0, MAX_SUGGESTIONS);
  }, [members, query]);
  const open = !dismissed && suggestions.length > 0;
  const activeIndex = Math.min(active, suggestions.length - 1);

  const pick = (member: Member) => {
    const before = value.slice(0, caret);
    const start = before.lastIndexOf('@');
    const inserted = `@${member.name} `;
    const next = value.slice(0, start) + inserted + value.slice(caret);
    onChange(next);
    if (!mentions.some((mention) => mention.id === member.id)) onMentionsChange([...mentions, { id: member.id, name: member.name }]);
    setCaret(start + inserted.length);
    setPlaceCaret(start + inserted.length);
    setActive(0);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + step + suggestions.length) % suggestions.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        pick(suggestions[activeIndex]!);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setDismissed(true);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSubmit) {
      event.preventDefault();
      onSubmit();
    }
  };

  return (
    <div className="mention-box">
      <textarea
        ref={box}
        id={id}
        className="input mention-box__input"
        rows={3}
        value={value}
        autoFocus={autoFocus}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${activeIndex}` : undefined}
        onChange={(event) => {
          onChange(event.target.value);
          setCaret(event.target.selectionStart);
          setDismissed(false);
          setActive(0);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setDismissed(true)}
        onFocus={() => setDismissed(false)}
      />
      {open ? (
        <ul id={listId} role="listbox" className="mention-box__list" aria-label={t('comments.mentionList')}>
          {suggestions.map((member, index) => (
            <li
              key={member.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className="mention-box__option"
              // Picking with the mouse must not take the focus from the text box first.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(member);
              }}
            >
              {member.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
