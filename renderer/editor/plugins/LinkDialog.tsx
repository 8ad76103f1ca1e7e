import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { isSafeExternalUrl } from '../../../shared/security/trusted-urls';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

/** Asks for a link address; only https and mailto links are accepted. */
export function LinkDialog({ isLink, onClose }: { isLink: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const [url, setUrl] = useState('https://');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    onClose();
    editor.focus();
  };
  return (
    <Dialog
      title={t('editor.link')}
      onClose={close}
      onSubmit={() => {
        const value = url.trim();
        if (!isSafeExternalUrl(value)) return setError(t('editor.linkInvalid'));
        editor.dispatchCommand(TOGGLE_LINK_COMMAND, value);
        close();
      }}
      actions={
        <>
          {isLink ? (
            <button
              type="button"
              className="button"
              onClick={() => {
                editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
                close();
              }}
            >
              {t('editor.linkRemove')}
            </button>
          ) : null}
          <button type="button" className="button" onClick={close}>
            {t('documentForm.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('editor.linkApply')}
          </button>
        </>
      }
    >
      <Field label={t('editor.linkPrompt')} error={error}>
        {(props) => <input {...props} className="input" dir="ltr" type="url" value={url} onChange={(e) => setUrl(e.target.value)} autoFocus />}
      </Field>
    </Dialog>
  );
}
