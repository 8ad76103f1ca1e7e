import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXPORT_AUDIENCES,
  EXPORT_FORMATS,
  buildMemberExport,
  type ExportAudience,
  type ExportFormat,
} from '../../../shared/model/member-export';
import type { Member } from '../../../shared/model/members';
import { Dialog } from '../../ui/Dialog';
import { currentLocale } from '../../i18n/i18n';
import { downloadText, fileSlug } from './download';
import { exportLabels, today } from './member-text';
import { useInitialFocus } from './focus-invalid';
import { DialogActions } from '../../ui/DialogActions';

const FILE: Record<ExportFormat, { extension: string; mimeType: string }> = {
  markdown: { extension: 'md', mimeType: 'text/markdown' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
};

/** Exports the member list for the public or for all members; contact fields follow their marks and consent. */
export function ExportDialog({ workspaceName, members, onClose }: { workspaceName: string; members: readonly Member[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [audience, setAudience] = useState<ExportAudience>('members');
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const hintId = useId();
  const firstChoice = useRef<HTMLInputElement>(null);
  useInitialFocus(firstChoice);

  const download = () => {
    const locale = currentLocale();
    const date = today();
    const text = buildMemberExport(members, {
      audience,
      format,
      locale,
      today: date,
      labels: exportLabels(t, { locale, workspaceName, audience, today: date }),
    });
    const { extension, mimeType } = FILE[format];
    downloadText(`${fileSlug(workspaceName)}-member-list-for-${audience}-${date}.${extension}`, text, mimeType);
    onClose();
  };

  return (
    <Dialog
      title={t('memberExport.title')}
      onClose={onClose}
      onSubmit={download}
      actions={<DialogActions cancelLabel={t('memberExport.cancel')} submitLabel={t('memberExport.download')} busy={false} onCancel={onClose} />}
    >
      <fieldset className="choice-group" aria-describedby={hintId}>
        <legend className="field__label">{t('memberExport.audience')}</legend>
        <div className="choice-row">
          {EXPORT_AUDIENCES.map((value) => (
            <label key={value} className="check">
              <input
                type="radio"
                name="export-audience"
                value={value}
                checked={audience === value}
                onChange={() => setAudience(value)}
                ref={value === 'members' ? firstChoice : undefined}
              />
              {t(`memberExport.audiences.${value}`)}
            </label>
          ))}
        </div>
        <p id={hintId} className="field__hint">
          {t('memberExport.audienceHint')}
        </p>
      </fieldset>
      <fieldset className="choice-group">
        <legend className="field__label">{t('memberExport.format')}</legend>
        <div className="choice-row">
          {EXPORT_FORMATS.map((value) => (
            <label key={value} className="check">
              <input type="radio" name="export-format" value={value} checked={format === value} onChange={() => setFormat(value)} />
              {t(`memberExport.formats.${value}`)}
            </label>
          ))}
        </div>
      </fieldset>
    </Dialog>
  );
}
