// "Export for the public record": the example network's workspace (its documents, its June 2024
// meeting and decision, its member register) as one ZIP archive — listed entries, the member
// list for the public only, progress reported step by step, and Cancel that stops it.
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import i18next, { type TFunction } from 'i18next';
import { strFromU8, unzipSync } from 'fflate';
import { createMap, deleteMap } from '../../../shared/sync/maps-doc';
import { exampleWorkspace } from '../../../shared/model/example-workspace';
import type { Member } from '../../../shared/model/members';
import { newDocumentDoc } from '../../../shared/sync/document-doc';
import { addDocumentEntry, writeProfile } from '../../../shared/sync/workspace-doc';
import { writeBlocksToYDoc } from '../../../renderer/editor/blocks/blocks-to-ydoc';
import { seedExampleGovernance } from '../../../renderer/features/workspaces/example-governance';
import { buildWorkspaceArchive, type ArchiveInput } from '../../../renderer/features/exports/workspace-archive';
import { en } from '../../../renderer/i18n/messages/en';
import { ar } from '../../../renderer/i18n/messages/ar';

const example = exampleWorkspace('en');
const members = example.members as Member[];
let input: Omit<ArchiveInput, 't' | 'locale'>;
let t: TFunction;
let tAr: TFunction;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { en: { translation: en }, ar: { translation: ar } }, lng: 'en', interpolation: { escapeValue: false } });
  t = i18n.getFixedT('en');
  tAr = i18n.getFixedT('ar');
  const doc = new Y.Doc();
  writeProfile(doc, { name: example.profile.name, purpose: example.profile.purpose, form: example.profile.form });
  const docs = new Map<string, Y.Doc>();
  example.documents.forEach((document, index) => {
    const id = `doc-${index}`;
    const documentDoc = newDocumentDoc(id);
    writeBlocksToYDoc(documentDoc, document.blocks);
    docs.set(id, documentDoc);
    addDocumentEntry(doc, { id, title: document.title, kind: document.kind, createdAt: 1 });
  });
  await seedExampleGovernance(doc, 'en', members, example.rules);
  input = {
    services: {
      docs: {
        acquire: (id: string) => ({ ready: Promise.resolve({ doc: docs.get(id) ?? newDocumentDoc(id) }), release: async () => {} }),
      } as unknown as ArchiveInput['services']['docs'],
    },
    workspaceId: 'ws',
    doc,
    members,
    rules: example.rules,
    today: '2026-11-21',
  };
});

describe('the archive for the public record', () => {
  it('holds each document and the minutes as DOCX, HTML and Markdown, the log, the public member list and an index', async () => {
    const progress: Array<[number, number]> = [];
    const zip = await buildWorkspaceArchive({ ...input, t, locale: 'en', onProgress: (done, total) => progress.push([done, total]) });
    const files = unzipSync(zip);
    const names = Object.keys(files).sort();
    expect(names).toContain('index.html');
    for (const extension of ['docx', 'html', 'md']) {
      expect(names.filter((name) => name.startsWith('documents/') && name.endsWith(`.${extension}`))).toHaveLength(example.documents.length);
      expect(names.filter((name) => name.startsWith('minutes/') && name.endsWith(`.${extension}`)).length).toBeGreaterThan(0);
      expect(names).toContain(`Decision-log.${extension}`);
    }
    expect(names).toEqual(expect.arrayContaining(['members.md', 'members.csv', 'members.html']));
    // Public contacts only.
    const list = strFromU8(files['members.md']!) + strFromU8(files['members.csv']!) + strFromU8(files['members.html']!);
    expect(list).toContain('info@jisr.example.org');
    expect(list).not.toContain('circle@amal.example.org');
    expect(list).not.toContain('sara.haile@example.org');
    // The minutes carry their decisions; the index links every file.
    const minutes = names.find((name) => name.startsWith('minutes/') && name.endsWith('.md'))!;
    expect(strFromU8(files[minutes]!)).toContain('Decisions recorded in the decision log');
    const index = strFromU8(files['index.html']!);
    for (const name of names.filter((entry) => entry.endsWith('.html') && entry !== 'index.html')) expect(index).toContain(`href="${encodeURI(name)}"`);
    // Progress from 0 to the total, one step at a time.
    const total = progress[0]![1];
    expect(progress.map(([done]) => done)).toEqual(Array.from({ length: total + 1 }, (_, step) => step));
  });

  it('leaves the strategy maps out unless asked, then writes each board as text', async () => {
    const mapId = createMap(input.doc, { kind: 'force-field', title: 'Funding the reception centre' });
    const without = Object.keys(unzipSync(await buildWorkspaceArchive({ ...input, t, locale: 'en' })));
    expect(without.filter((name) => name.startsWith('maps/'))).toEqual([]);
    const files = unzipSync(await buildWorkspaceArchive({ ...input, t, locale: 'en', includeMaps: true }));
    const markdown = Object.keys(files).filter((name) => name.startsWith('maps/') && name.endsWith('.md'));
    expect(markdown).toHaveLength(1);
    expect(strFromU8(files[markdown[0]!]!)).toContain('Funding the reception centre');
    expect(strFromU8(files['index.html']!)).toContain('Strategy maps');
    deleteMap(input.doc, mapId);
  });

  it('is written in Arabic, right to left, when asked', async () => {
    const files = unzipSync(await buildWorkspaceArchive({ ...input, t: tAr, locale: 'ar' }));
    expect(strFromU8(files['index.html']!)).toContain('<html lang="ar" dir="rtl">');
    const log = Object.keys(files).find((name) => name.endsWith('.html') && strFromU8(files[name]!).includes('سجل القرارات'));
    expect(log).toBeDefined();
  });

  it('stops when cancelled, with an AbortError and no archive', async () => {
    const controller = new AbortController();
    const run = buildWorkspaceArchive({
      ...input,
      t,
      locale: 'en',
      signal: controller.signal,
      onProgress: (done) => {
        if (done === 1) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('stops at once when cancelled while a part is still being read', async () => {
    const controller = new AbortController();
    const stuck = { acquire: () => ({ ready: new Promise(() => undefined), release: async () => {} }) } as unknown as ArchiveInput['services']['docs'];
    const run = buildWorkspaceArchive({ ...input, services: { docs: stuck }, t, locale: 'en', signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});
