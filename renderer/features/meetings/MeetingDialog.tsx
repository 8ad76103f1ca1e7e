import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MEETING_LINK_MAX,
  MEETING_PLACE_MAX,
  MEETING_TITLE_MAX,
  normaliseMeetingInput,
  validateMeetingInput,
  type MeetingField,
  type MeetingInput,
  type MeetingProblem,
} from '../../../shared/sync/meetings-doc';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { DialogActions } from '../../ui/DialogActions';
import { useSubmitOnce } from '../../ui/use-submit-once';
import { useFocusFirstInvalid, useInitialFocus } from '../members/focus-invalid';

interface Props {
  mode: 'new' | 'edit';
  initial: MeetingInput;
  onCancel: () => void;
  /** Gets the tidied, valid input. */
  onSubmit: (input: MeetingInput) => Promise<void>;
}

const MESSAGES: Record<MeetingField, Partial<Record<MeetingProblem['code'], string>>> = {
  title: { required: 'meetings.form.titleRequired', 'too-long': 'meetings.form.titleTooLong' },
  date: { required: 'meetings.form.dateRequired', invalid: 'meetings.form.dateInvalid' },
  time: { required: 'meetings.form.timeRequired', invalid: 'meetings.form.timeInvalid' },
  place: { 'too-long': 'meetings.form.placeTooLong' },
  link: { 'https-only': 'meetings.form.linkHttps', 'too-long': 'meetings.form.linkTooLong' },
};

/** Creates a meeting or edits its details: title, date and time, place and/or an https link. */
export function MeetingDialog({ mode, initial, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(initial.title);
  const [initialDate = '', initialTime = ''] = initial.startsAt.split('T');
  const [date, setDate] = useState(initialDate);
  const [time, setTime] = useState(initialTime);
  const [place, setPlace] = useState(initial.place);
  const [link, setLink] = useState(initial.link);
  const [attempt, setAttempt] = useState(0);
  const [failed, setFailed] = useState(false);
  const { busy, run } = useSubmitOnce();
  const bodyRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  useFocusFirstInvalid(bodyRef, attempt);
  useInitialFocus(titleRef);

  const input = normaliseMeetingInput({ title, startsAt: `${date}T${time}`, place, link });
  const found = validateMeetingInput(input);
  const problems = attempt > 0 ? found : [];
  const error = (field: MeetingField): string | null => {
    const problem = problems.find((candidate) => candidate.field === field);
    const key = problem ? MESSAGES[field][problem.code] : undefined;
    return key ? t(key) : null;
  };

  const submit = async () => {
    if (found.length > 0) {
      setAttempt((count) => count + 1);
      return;
    }
    await run(async () => {
      try {
        setFailed(false);
        await onSubmit(input);
      } catch {
        setFailed(true);
      }
    });
  };

  return (
    <Dialog
      title={mode === 'new' ? t('meetings.form.newTitle') : t('meetings.form.editTitle')}
      onClose={onCancel}
      onSubmit={submit}
      actions={
        <DialogActions
          cancelLabel={t('meetings.form.cancel')}
          submitLabel={mode === 'new' ? t('meetings.form.create') : t('meetings.form.save')}
          busy={busy}
          onCancel={onCancel}
        />
      }
    >
      <div ref={bodyRef}>
        <Field label={t('meetings.form.title')} error={error('title')}>
          {(props) => (
            <input
              {...props}
              ref={titleRef}
              className="input"
              dir="auto"
              value={title}
              maxLength={MEETING_TITLE_MAX + 20}
              autoComplete="off"
              onChange={(event) => setTitle(event.target.value)}
            />
          )}
        </Field>
        <div className="field-row field-row--narrow">
          <Field label={t('meetings.form.date')} error={error('date')}>
            {(props) => <input {...props} type="date" className="input input--date" value={date} onChange={(event) => setDate(event.target.value)} />}
          </Field>
          <Field label={t('meetings.form.time')} error={error('time')}>
            {(props) => <input {...props} type="time" className="input input--date" value={time} onChange={(event) => setTime(event.target.value)} />}
          </Field>
        </div>
        <Field label={t('meetings.form.place')} hint={t('meetings.form.placeHint')} error={error('place')}>
          {(props) => (
            <input {...props} className="input" dir="auto" value={place} maxLength={MEETING_PLACE_MAX + 20} onChange={(event) => setPlace(event.target.value)} />
          )}
        </Field>
        <Field label={t('meetings.form.link')} hint={t('meetings.form.linkHint')} error={error('link')}>
          {(props) => (
            <input
              {...props}
              type="url"
              dir="ltr"
              className="input"
              value={link}
              maxLength={MEETING_LINK_MAX + 20}
              placeholder="https://"
              onChange={(event) => setLink(event.target.value)}
            />
          )}
        </Field>
        {failed ? (
          <p className="notice notice--error" role="alert">
            {t('meetings.form.saveFailed')}
          </p>
        ) : null}
      </div>
    </Dialog>
  );
}
