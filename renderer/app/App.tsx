import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from '../../shared/ipc/contract';
import type { Locale } from '../../shared/model/locale';
import { changeLocale, currentLocale } from '../i18n/i18n';
import { HomeScreen } from '../features/home/HomeScreen';
import { FilesScreen } from '../features/files/FilesScreen';
import { FilesRuntime } from '../features/files/files-runtime';
import { WorkspaceScreen } from '../features/workspace/WorkspaceScreen';
import { openOrCreateExample } from '../features/workspaces/example-workspace';
import { AboutDialog } from './AboutDialog';
import { ErrorBoundary } from './ErrorBoundary';
import { LanguageSelect } from './LanguageSelect';
import { SaveStatusIndicator } from './SaveStatusIndicator';
import { navigate, parseRoute, useRoute, hrefFor } from './router';
import { deferMenuCommand } from './use-menu-command';
import { useServices } from './services';

export function App() {
  const { t } = useTranslation();
  const services = useServices();
  const route = useRoute();
  const [aboutOpen, setAboutOpen] = useState(false);

  const chooseLocale = async (locale: Locale) => {
    await changeLocale(locale);
    localStorage.setItem('accord:locale', locale);
    await services.bridge.invoke('settings:update', { locale });
  };

  useEffect(() => {
    // Menu commands from the desktop shell (the browser shell has no menu).
    const run = async (command: MenuCommand) => {
      if (command === 'go-home') navigate({ name: 'home' });
      if (command === 'show-about') setAboutOpen(true);
      if (command === 'new-workspace' && parseRoute(window.location.hash).name !== 'home') {
        deferMenuCommand(command);
        navigate({ name: 'home' });
      }
      if (command === 'open-example') navigate({ name: 'workspace', workspaceId: await openOrCreateExample(services, currentLocale()) });
    };
    const stopMenu = services.bridge.on('menu:run-command', (command) => void run(command));
    const stopSettings = services.bridge.on('settings:changed', (settings) => {
      if (settings.locale && settings.locale !== currentLocale()) void changeLocale(settings.locale);
    });
    return () => {
      stopMenu();
      stopSettings();
    };
  }, [services]);

  useEffect(() => {
    // Write everything at once when the window is hidden or closed, instead of waiting for the save delay.
    const flush = () => void services.hub.flushAll();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [services]);

  useEffect(() => {
    // Warn before closing while a change exists only in memory, or has not reached the relay.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (services.hub.hasUnsavedChanges() || services.sync.pendingTotal() > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [services]);

  const routeKey = hrefFor(route);
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app__header">
        <a className="app__brand" href="#/">
          {t('app.name')}
        </a>
        <nav aria-label={t('app.mainNavigation')} className="app__nav">
          <a href="#/" aria-current={route.name === 'home' ? 'page' : undefined}>
            {t('app.home')}
          </a>
        </nav>
        <div className="app__tools">
          <SaveStatusIndicator />
          <LanguageSelect onChange={(locale) => void chooseLocale(locale)} />
        </div>
      </header>
      <main id="main" className="app__main" tabIndex={-1}>
        <ErrorBoundary resetKey={routeKey}>
          {route.name === 'home' ? <HomeScreen /> : null}
          {route.name === 'files' ? <FilesScreen /> : null}
          {route.name === 'workspace' ? <WorkspaceScreen workspaceId={route.workspaceId} /> : null}
          {route.name === 'document' ? <WorkspaceScreen workspaceId={route.workspaceId} documentId={route.documentId} /> : null}
        </ErrorBoundary>
      </main>
      {aboutOpen ? <AboutDialog onClose={() => setAboutOpen(false)} /> : null}
      <FilesRuntime />
    </div>
  );
}
