import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../shared/ipc/contract';
import { Dialog } from '../ui/Dialog';
import { useServices } from './services';

/** Help → About: what this is and which version, for bug reports. */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { bridge } = useServices();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void bridge.invoke('app:get-info', undefined).then((result) => result.ok && setInfo(result.value));
  }, [bridge]);
  return (
    <Dialog
      title={t('about.title')}
      onClose={onClose}
      onSubmit={onClose}
      actions={
        <button type="submit" className="button button--primary">
          {t('about.close')}
        </button>
      }
    >
      <p>{t('about.body')}</p>
      {info ? <p>{t('about.version', { version: info.version, shell: t(`about.shell.${info.shell}`) })}</p> : null}
    </Dialog>
  );
}
