import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readProfile } from '../../../shared/sync/workspace-doc';
import { useServices } from '../../app/services';
import { currentLocale } from '../../i18n/i18n';
import { renderPdf } from '../exports/pdf/render-pdf';
import { downloadBytes, fileSlug } from '../members/download';
import { today } from '../members/member-text';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { minutesForExport } from './minutes-export';

type Status = { kind: 'working' } | { kind: 'done'; file: string } | { kind: 'failed'; message: string } | null;

/** Makes the PDF of the meeting's minutes, decisions and action items, and hands it to the downloads. Observers may export too. */
export function ExportMinutesButton({ page, meetingId }: { page: WorkspacePageProps; meetingId: string }) {
  const { t } = useTranslation();
  const services = useServices();
  const [status, setStatus] = useState<Status>(null);
  const run = async () => {
    setStatus({ kind: 'working' });
    try {
      const locale = currentLocale();
      const printable = await minutesForExport(services, {
        doc: page.doc,
        workspaceId: page.workspaceId,
        workspaceName: readProfile(page.doc)?.name ?? '',
        meetingId,
        members: page.members,
        rules: page.rules,
        today: today(),
        locale,
        t,
      });
      const bytes = await renderPdf(printable);
      const file = `${fileSlug(printable.title)}.pdf`;
      downloadBytes(file, bytes, 'application/pdf');
      setStatus({ kind: 'done', file });
    } catch (error) {
      console.error('export minutes', error);
      setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <>
      <button type="button" className="button" onClick={() => void run()} disabled={status?.kind === 'working'}>
        {status?.kind === 'working' ? t('exports.minutes.working') : t('exports.minutes.button')}
      </button>
      <span aria-live="polite" className="export-status">
        {status?.kind === 'done' ? t('exports.minutes.done', { file: status.file }) : null}
      </span>
      {status?.kind === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {t('exports.minutes.failed', { message: status.message })}
        </p>
      ) : null}
    </>
  );
}
