/**
 * The comments side panel: a form for a new comment on the selected passage, then the
 * open and the resolved threads — each with its passage (or, when others deleted it, its
 * quote labelled orphaned), its messages, and Reply / Resolve / Reopen. Observers read only.
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/model/ids';
import type { Member } from '../../../shared/model/members';
import { addReply, addThread, setResolved, type CommentMessage, type CommentThread } from '../../../shared/sync/document-comments';
import { formatRelativeTime } from '../../ui/format-time';
import { currentLocale } from '../../i18n/i18n';
import { useDocumentContext } from '../documents/document-context';
import type { CommentsSession } from './comments-session';
import { MentionTextarea, mentionsIn, type Mention } from './MentionTextarea';
import { useThreads } from './use-threads';
import { SidePanel } from '../../ui/SidePanel';

const randomBytes = (bytes: Uint8Array) => crypto.getRandomValues(bytes);

interface Props {
  session: CommentsSession;
  onClose: () => void;
}

export function CommentsPanel({ session, onClose }: Props) {
  const { t } = useTranslation();
  const { doc, readOnly } = useDocumentContext();
  const threads = useThreads(doc);
  const { activeThreadId, orphaned, draft } = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const open = threads.filter((thread) => !thread.resolved);
  const resolved = threads.filter((thread) => thread.resolved);

  return (
    <SidePanel name="comments" className="comments-panel" title={t('comments.panelTitle')} closeLabel={t('comments.close')} onClose={onClose}>
      {draft && !readOnly ? <NewCommentForm session={session} /> : null}
      <section aria-labelledby="comments-open">
        <h3 id="comments-open">{t('comments.open', { count: open.length })}</h3>
        {open.length === 0 ? <p className="empty">{t('comments.noOpen')}</p> : null}
        <ul className="comment-threads" data-testid="open-threads">
          {open.map((thread) => (
            <ThreadView key={thread.id} thread={thread} orphaned={orphaned.has(thread.id)} active={thread.id === activeThreadId} session={session} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="comments-resolved">
        <h3 id="comments-resolved">{t('comments.resolved', { count: resolved.length })}</h3>
        {resolved.length === 0 ? <p className="empty">{t('comments.noResolved')}</p> : null}
        <ul className="comment-threads" data-testid="resolved-threads">
          {resolved.map((thread) => (
            <ThreadView key={thread.id} thread={thread} orphaned={orphaned.has(thread.id)} active={thread.id === activeThreadId} session={session} />
          ))}
        </ul>
      </section>
    </SidePanel>
  );
}

function useSignature(): string {
  const { author } = useDocumentContext();
  const { t } = useTranslation();
  return author.name.trim() || t('comments.someone');
}

function NewCommentForm({ session }: { session: CommentsSession }) {
  const { t } = useTranslation();
  const { doc, members } = useDocumentContext();
  const signature = useSignature();
  const draft = useSyncExternalStore(session.subscribe, session.getSnapshot).draft!;
  const [text, setText] = useState('');
  const [mentions, setMentions] = useState<Mention[]>([]);
  const [error, setError] = useState(false);
  const id = useId();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (text.trim() === '') {
      setError(true);
      return;
    }
    const threadId = newId('c', randomBytes);
    addThread(doc, {
      id: threadId,
      anchor: draft.anchor,
      focus: draft.focus,
      quote: draft.quote,
      author: signature,
      createdAt: Date.now(),
      text: text.trim(),
      mentions: mentionsIn(text, mentions),
    });
    session.setDraft(null);
    session.setActiveThread(threadId);
  };

  return (
    <form className="comment-form" onSubmit={submit} aria-labelledby={`${id}-title`} data-testid="new-comment">
      <p id={`${id}-title`} className="comment-form__title">
        {t('comments.newOn')}
      </p>
      <blockquote className="comment-quote">{draft.quote}</blockquote>
      <label htmlFor={`${id}-text`} className="field__label">
        {t('comments.yourComment')}
      </label>
      <MentionTextarea
        id={`${id}-text`}
        value={text}
        onChange={(value) => {
          setText(value);
          setError(false);
        }}
        mentions={mentions}
        onMentionsChange={setMentions}
        members={members}
        describedBy={`${id}-hint${error ? ` ${id}-error` : ''}`}
        invalid={error}
        autoFocus
        onSubmit={() => submit()}
      />
      <p id={`${id}-hint`} className="field__hint">
        {t('comments.mentionHint')}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {t('comments.textRequired')}
        </p>
      ) : null}
      <div className="comment-form__actions">
        <button type="submit" className="button button--primary">
          {t('comments.post')}
        </button>
        <button type="button" className="button" onClick={() => session.setDraft(null)}>
          {t('comments.cancel')}
        </button>
      </div>
    </form>
  );
}

function MessageText({ message, members }: { message: CommentMessage; members: Member[] }) {
  // "@Name" of each mentioned member is shown as a mention; the rest is plain text.
  const names = message.mentions
    .map((memberId) => members.find((member) => member.id === memberId)?.name)
    .filter((name): name is string => Boolean(name))
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return <p className="comment-message__text">{message.text}</p>;
  const pattern = new RegExp(`(${names.map((name) => `@${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).join('|')})`, 'gu');
  return (
    <p className="comment-message__text">
      {message.text.split(pattern).map((part, index) =>
        index % 2 === 1 ? (
          <span key={index} className="mention">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </p>
  );
}

function ThreadView({ thread, orphaned, active, session }: { thread: CommentThread; orphaned: boolean; active: boolean; session: CommentsSession }) {
  const { t } = useTranslation();
  const { doc, readOnly, members } = useDocumentContext();
  const signature = useSignature();
  const locale = currentLocale();
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const [mentions, setMentions] = useState<Mention[]>([]);
  const ref = useRef<HTMLLIElement>(null);
  const id = useId();

  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const sendReply = (event?: FormEvent) => {
    event?.preventDefault();
    if (reply.trim() === '') return;
    addReply(doc, thread.id, { id: newId('r', randomBytes), author: signature, text: reply.trim(), createdAt: Date.now(), mentions: mentionsIn(reply, mentions) });
    setReply('');
    setMentions([]);
    setReplying(false);
  };

  const className = ['comment-thread', active ? 'comment-thread--active' : '', orphaned ? 'comment-thread--orphaned' : ''].filter(Boolean).join(' ');
  return (
    <li ref={ref} className={className} data-testid="comment-thread" data-thread-id={thread.id}>
      <article aria-label={t('comments.thread', { name: thread.author || t('comments.someone'), quote: thread.quote })} onFocus={() => session.setActiveThread(thread.id)}>
        <blockquote className="comment-quote">{thread.quote}</blockquote>
        {orphaned ? (
          <p className="comment-thread__orphaned">
            <span className="badge badge--warning">{t('comments.orphaned')}</span> {t('comments.orphanedHint')}
          </p>
        ) : null}
        <ol className="comment-messages">
          {thread.messages.map((message) => (
            <li key={message.id} className="comment-message">
              <p className="comment-message__meta">
                <strong>{message.author || t('comments.someone')}</strong>{' '}
                <time dateTime={new Date(message.createdAt).toISOString()}>{formatRelativeTime(message.createdAt, locale)}</time>
              </p>
              <MessageText message={message} members={members} />
            </li>
          ))}
        </ol>
        {thread.resolved && thread.resolvedBy ? (
          <p className="comment-thread__resolved">{t('comments.resolvedBy', { name: thread.resolvedBy, time: formatRelativeTime(thread.resolvedAt ?? 0, locale) })}</p>
        ) : null}
        {readOnly ? null : replying ? (
          <form className="comment-form" onSubmit={sendReply}>
            <label htmlFor={`${id}-reply`} className="field__label">
              {t('comments.yourReply')}
            </label>
            <MentionTextarea
              id={`${id}-reply`}
              value={reply}
              onChange={setReply}
              mentions={mentions}
              onMentionsChange={setMentions}
              members={members}
              describedBy={`${id}-hint`}
              autoFocus
              onSubmit={() => sendReply()}
            />
            <p id={`${id}-hint`} className="field__hint">
              {t('comments.mentionHint')}
            </p>
            <div className="comment-form__actions">
              <button type="submit" className="button button--primary">
                {t('comments.sendReply')}
              </button>
              <button type="button" className="button" onClick={() => setReplying(false)}>
                {t('comments.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <div className="comment-thread__actions">
            {thread.resolved ? null : (
              <button type="button" className="button" onClick={() => setReplying(true)}>
                {t('comments.reply')}
              </button>
            )}
            <button type="button" className="button" onClick={() => setResolved(doc, thread.id, !thread.resolved, signature, Date.now())}>
              {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
            </button>
          </div>
        )}
      </article>
    </li>
  );
}
