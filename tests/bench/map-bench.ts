/**
 * mapDragFrameP95Ms (wired in tests/bench/run.ts): frame time while dragging one actor on a
 * power map of 300 placed actors, in the real app in Chromium.
 *
 * The workspace (300 actors with relations, one power map placing all of them) is written to
 * the app's IndexedDB as the app would store it; the page opens the board; then a real pointer
 * drag (CDP mouse events through Playwright) moves one chip along a loop over the board while
 * the page records, per animation frame, what the frame cost on the main thread: from the
 * frame's start (the requestAnimationFrame timestamp, before the frame's pointer events are
 * handled) to a task posted from rAF, which runs once script, style, layout and paint are done.
 * The figure is the p95 of those frame costs. rAF deltas are reported too (headless Chromium
 * paces frames at 60 Hz, so there p95 ≈ 16.7 ms means no frame was dropped).
 */
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../build/scripts/find-chromium.mjs';
import { newId } from '../../shared/model/ids';
import { addActor, setRelation } from '../../shared/sync/actors-doc';
import { createMap, mapContent } from '../../shared/sync/maps-doc';
import { fillPowerMap, placeActor } from '../../shared/sync/boards/power-map';
import { seededRandom } from '../../shared/model/seeded-random';
import { startHost } from '../e2e/support/host';
import { buildWorkspaceRows, waitForAppDatabase, writeRows } from './seed-indexeddb';
import { summarize } from './stats';

export const MAP_BENCH_KEYS = ['mapDragFrameP95Ms'] as const;

const ACTORS = 300;
const SEED = 20_261_121;

const randomId = (prefix: string) =>
  newId(prefix, (bytes) => {
    bytes.set(randomBytes(bytes.length));
    return bytes;
  });

/** The workspace's rows, with 300 actors placed on one power map. */
function buildRows(workspaceId: string): { rows: ReturnType<typeof buildWorkspaceRows>; mapId: string } {
  const rows = buildWorkspaceRows({ id: workspaceId, name: 'Map benchmark', purpose: 'A power map of 300 actors.', form: 'network', documents: [] });
  const row = rows.updates.find((update) => update.docId === workspaceId)!;
  const doc = new Y.Doc({ guid: workspaceId });
  Y.applyUpdate(doc, Buffer.from(row.base64, 'base64'));
  const random = seededRandom(SEED);
  const ids: string[] = [];
  for (let index = 0; index < ACTORS; index++) {
    ids.push(addActor(doc, { name: `Actor ${index + 1}`, type: index % 4 === 0 ? 'institution' : 'organisation', isOwnOrganisation: index === 0 }));
  }
  for (let index = 0; index < 60; index++) setRelation(doc, ids[index]!, ids[(index * 7 + 3) % ACTORS]!, index % 3 === 0 ? 'conflict' : 'cooperating');
  const mapId = createMap(doc, { kind: 'power-map', title: 'Benchmark power map' }, fillPowerMap);
  const content = mapContent(doc, mapId)!;
  for (const id of ids) placeActor(content, id, { influence: random(), support: random() });
  row.base64 = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
  doc.destroy();
  return { rows, mapId };
}

/** One scripted drag of the first chip along a loop; returns the rAF deltas (ms) recorded during it. */
async function dragOnce(page: Page, moves: number): Promise<{ deltas: number[]; work: number[] }> {
  const svg = page.getByTestId('power-map-svg');
  const box = (await svg.boundingBox())!;
  const chip = page.locator('g[data-actor-id][aria-label^="Actor 2:"]');
  const start = (await chip.boundingBox())!;
  // A string, not a function: tsx would wrap the named inner function in a helper the page lacks.
  // Per frame: the rAF delta, and the frame's main-thread work — from the frame's start (the rAF
  // timestamp, before the frame's pointer events are handled) to a task posted from rAF, which
  // runs once the frame's script, style, layout and paint are done.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__work = [];
    window.__stop = false;
    const channel = new MessageChannel();
    let frameStart = 0;
    channel.port1.onmessage = () => window.__work.push(performance.now() - frameStart);
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      frameStart = now;
      channel.port2.postMessage(0);
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  })()`);
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height * 0.42;
  for (let step = 0; step < moves; step++) {
    const angle = (step / moves) * Math.PI * 4;
    await page.mouse.move(cx + Math.cos(angle) * box.width * 0.35, cy + Math.sin(angle) * box.height * 0.3);
  }
  await page.mouse.up();
  return page.evaluate(() => {
    const holder = window as unknown as { __frames: number[]; __work: number[]; __stop: boolean };
    holder.__stop = true;
    // The first delta spans the set-up; drop it.
    return { deltas: holder.__frames.slice(1), work: holder.__work.slice(1) };
  });
}

async function measure(browser: Browser, moves: number, runs: number): Promise<{ deltas: number[]; work: number[]; chips: number }> {
  const host = await startHost();
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await waitForAppDatabase(page);
    await page.getByTestId('workspace-list').waitFor();
    const workspaceId = randomId('ws');
    const { rows, mapId } = buildRows(workspaceId);
    await writeRows(page, rows);
    await page.goto(`${host.url}#/w/${workspaceId}/maps/${mapId}`);
    await page.reload();
    await page.locator('g[data-actor-id]').nth(ACTORS - 1).waitFor({ timeout: 60_000 });
    const chips = await page.locator('g[data-actor-id]').count();
    const deltas: number[] = [];
    const work: number[] = [];
    // A warm-up drag, then the measured ones.
    await dragOnce(page, Math.min(40, moves));
    for (let run = 0; run < runs; run++) {
      const frames = await dragOnce(page, moves);
      deltas.push(...frames.deltas);
      work.push(...frames.work);
    }
    return { deltas, work, chips };
  } finally {
    await context.close().catch(() => undefined);
    await host.stop().catch(() => undefined);
  }
}

export async function benchMapDrag(quick: boolean): Promise<{ value: number | null; details: Record<string, unknown> }> {
  const moves = quick ? 120 : 300;
  const runs = quick ? 1 : 3;
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS], headless: true });
  try {
    const { deltas, work, chips } = await measure(browser, moves, runs);
    const stats = summarize(work);
    return {
      value: stats.p95,
      details: {
        stats,
        actors: ACTORS,
        chipsRendered: chips,
        pointerMovesPerDrag: moves,
        drags: runs,
        method: "per frame: rAF timestamp -> a task posted from rAF (the frame's input handling, script, style, layout, paint) during a real pointer drag",
        rafDeltas: summarize(deltas),
      },
    };
  } finally {
    await browser.close().catch(() => undefined);
  }
}
