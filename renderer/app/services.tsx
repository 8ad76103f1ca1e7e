/** The long-lived services the screens share, provided once at the root. */
import { createContext, useContext, type ReactNode } from 'react';
import type { AccordBridge } from '../../shared/ipc/contract';
import type { AccordDb } from '../storage/db';
import type { SaveStatusHub } from '../collab/save-status-hub';
import type { DocRegistry } from '../collab/doc-registry';
import type { SyncManager } from '../collab/network/sync-manager';

export interface AppServices {
  db: AccordDb;
  hub: SaveStatusHub;
  /** Every Y.Doc the window has open, shared by screens, editor and sync. */
  docs: DocRegistry;
  /** Carries shared workspaces over their relays while the app runs. */
  sync: SyncManager;
  bridge: AccordBridge;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
