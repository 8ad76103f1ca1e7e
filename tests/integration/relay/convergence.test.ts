// Seeded sessions: 3 peers edit a Y.Text at random, disconnect and reconnect at random, and the
// relay restarts midway; all converge on exactly what was inserted and not deleted.
// `npm run test:soak` runs 200 seeds; RELAY_SEEDS / RELAY_SEED_BASE choose others.
import { describe, expect, it } from 'vitest';
import { startRelay, type Relay } from '../../../electron/relay/relay';
import { deleteRandomRange, destroy, peer, tempDir, toggleConnection, waitFor } from './helpers';
import { seededRandom } from '../../../shared/model/seeded-random';

async function session(seed: number, steps: number): Promise<void> {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const dataDir = tempDir('relay-seed-');
  let relay: Relay = await startRelay({ port: 0, dataDir });
  const port = relay.port;
  const peers = [0, 1, 2].map(() => peer(relay.url, 'session'));
  const inserted = new Set<string>();
  const deleted = new Set<string>();
  let counter = 0;
  try {
    for (let step = 0; step < steps; step++) {
      const p = peers[int(3)];
      const roll = random();
      if (roll < 0.55) {
        let chunk = '';
        for (let i = 1 + int(4); i > 0; i--) {
          // Every character is unique, so the model is a set.
          const char = String.fromCharCode(0x4e00 + counter++);
          inserted.add(char);
          chunk += char;
        }
        p.text.insert(int(p.text.length + 1), chunk);
      } else if (roll < 0.8) {
        deleteRandomRange(p.text, int, deleted);
      } else if (roll < 0.9) {
        toggleConnection(p.provider);
      }
      if (step === Math.floor(steps / 2)) {
        await relay.close();
        relay = await startRelay({ port, dataDir });
      }
      if (random() < 0.3) await new Promise((resolve) => setTimeout(resolve, int(15)));
    }
    for (const p of peers) if (!p.provider.shouldConnect) p.provider.connect();
    const expected = [...inserted].filter((c) => !deleted.has(c)).sort().join('');
    await waitFor(
      () => peers.every((p) => p.text.toString() === peers[0].text.toString()) && [...peers[0].text.toString()].sort().join('') === expected,
      `seed ${seed} to converge`,
      15_000,
    );
    expect(peers[0].text.length).toBe(expected.length);
  } finally {
    destroy(...peers);
    await relay.close();
  }
}

describe('seeded convergence through the relay', () => {
  const count = Number(process.env.RELAY_SEEDS ?? 4);
  const base = Number(process.env.RELAY_SEED_BASE ?? 1);
  for (let seed = base; seed < base + count; seed++) {
    it(`seed ${seed}`, async () => {
      try {
        await session(seed, 160);
      } catch (error) {
        console.error(`relay convergence failed with seed ${seed} (rerun: RELAY_SEED_BASE=${seed} RELAY_SEEDS=1)`);
        throw error;
      }
    }, 30_000);
  }
});
