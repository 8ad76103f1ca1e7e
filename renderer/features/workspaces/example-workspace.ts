/** The example network a new user opens to look around: created on this computer, in their language. */
import type { Locale } from '../../../shared/model/locale';
import { exampleWorkspace } from '../../../shared/model/example-workspace';
import type { AccordDb } from '../../storage/db';
import type { SaveStatusHub } from '../../collab/save-status-hub';
import { createWorkspace } from './workspace-actions';
import { seedExampleGovernance } from './example-governance';

const SEEDED_KEY = 'accord:example-seeded';

export async function createExampleWorkspace(deps: { db: AccordDb; hub: SaveStatusHub }, locale: Locale): Promise<string> {
  const example = exampleWorkspace(locale);
  const { name, purpose, form, ...details } = example.profile;
  return createWorkspace(
    deps,
    { name, purpose, form, details, rules: example.rules, members: example.members, isExample: true },
    example.documents,
    (doc) => seedExampleGovernance(doc, locale, example.members, example.rules),
  );
}

/** Returns the example's id, creating it when this computer has none (or it was deleted). */
export async function openOrCreateExample(deps: { db: AccordDb; hub: SaveStatusHub }, locale: Locale): Promise<string> {
  const existing = await deps.db.workspaces.filter((row) => row.isExample).first();
  return existing ? existing.id : createExampleWorkspace(deps, locale);
}

/** On the very first launch the example is already there, so the app opens on a working default. */
export async function seedExampleOnFirstLaunch(deps: { db: AccordDb; hub: SaveStatusHub }, locale: Locale): Promise<void> {
  if (localStorage.getItem(SEEDED_KEY)) return;
  if ((await deps.db.workspaces.count()) === 0) await createExampleWorkspace(deps, locale);
  localStorage.setItem(SEEDED_KEY, String(Date.now()));
}

