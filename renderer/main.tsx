/** Renderer entry: open storage, pick the language, seed the example on first launch, render. */
import { createRoot } from 'react-dom/client';
import { isLocale, type Locale } from '../shared/model/locale';
import { getBridge } from './bridge';
import { initI18n, systemLocale } from './i18n/i18n';
import { openAccordDb } from './storage/db';
import { SaveStatusHub } from './collab/save-status-hub';
import { DocRegistry } from './collab/doc-registry';
import { SyncManager } from './collab/network/sync-manager';
import { colorFor, readDisplayName } from './features/sharing/display-name';
import { seedExampleOnFirstLaunch } from './features/workspaces/example-workspace';
import { ServicesProvider } from './app/services';
import { App } from './app/App';
import './styles/app.css';
import './styles/editor.css';
import './styles/meetings.css';
import './styles/actions.css';
import './styles/decisions.css';
import './styles/exports.css';
import './styles/files.css';
import './styles/imports.css';
import './styles/maps.css';
import './styles/map-boards.css';

async function chooseLocale(bridge: ReturnType<typeof getBridge>): Promise<Locale> {
  const settings = await bridge.invoke('settings:get-all', undefined);
  if (settings.ok && settings.value.locale) return settings.value.locale;
  const remembered = localStorage.getItem('accord:locale');
  return isLocale(remembered) ? remembered : systemLocale();
}

async function start() {
  const bridge = getBridge();
  const db = openAccordDb();
  // Opening storage and asking the shell for settings overlap: both wait on I/O.
  const opened = db.open().then(
    () => null,
    (error: unknown) => error,
  );
  const locale = await chooseLocale(bridge);
  const i18n = await initI18n(locale);
  const hub = new SaveStatusHub();
  const docs = new DocRegistry(db, hub);
  const sync = new SyncManager({
    db,
    registry: docs,
    WebSocketImpl: WebSocket,
    identity: () => {
      const name = readDisplayName();
      return { name, color: colorFor(name) };
    },
  });
  const root = createRoot(document.getElementById('root')!);
  try {
    const failure = await opened;
    if (failure) throw failure;
    await seedExampleOnFirstLaunch({ db, hub }, locale);
    // Shared workspaces start syncing in the background; a failure shows in their sync state.
    void sync.startAll().catch((error: unknown) => console.error('Sync could not start', error));
  } catch (error) {
    console.error('Storage unavailable', error);
    root.render(
      <main className="screen" role="alert">
        <h1>{i18n.t('errors.title')}</h1>
        <p>{i18n.t('errors.storageUnavailable')}</p>
      </main>,
    );
    return;
  }
  root.render(
    <ServicesProvider services={{ db, hub, docs, sync, bridge }}>
      <App />
    </ServicesProvider>,
  );
}

void start();
