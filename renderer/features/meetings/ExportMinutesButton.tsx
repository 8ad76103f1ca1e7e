import { useTranslation } from 'react-i18next';
import { readProfile } from '../../../shared/sync/workspace-doc';
import { useServices } from '../../app/services';
import { ExportButton } from '../exports/ExportDialog';
import { today } from '../members/member-text';
import type { WorkspacePageProps } from '../workspace/workspace-page';
import { minutesForExport } from './minutes-export';
import { minutesTitle } from '../../../shared/model/minutes-from-agenda';
import { readMeeting } from '../../../shared/sync/meetings-doc';
import { currentLocale } from '../../i18n/i18n';

/** "Export minutes…": the meeting's minutes, decisions and action items as DOCX, PDF, Markdown or HTML. */
export function ExportMinutesButton({ page, meetingId }: { page: WorkspacePageProps; meetingId: string }) {
  const { t } = useTranslation();
  const services = useServices();
  const meeting = readMeeting(page.doc, meetingId);
  const name = meeting ? minutesTitle(currentLocale(), meeting) : t('exports.minutes.button');
  return (
    <ExportButton
      label={t('exports.minutes.button')}
      name={name}
      load={({ t: fileT, locale }) =>
        minutesForExport(services, {
          doc: page.doc,
          workspaceId: page.workspaceId,
          workspaceName: readProfile(page.doc)?.name ?? '',
          meetingId,
          members: page.members,
          rules: page.rules,
          today: today(),
          locale,
          t: fileT,
        })
      }
    />
  );
}
