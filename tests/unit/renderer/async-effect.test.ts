import { describe, expect, it } from 'vitest';
import { asyncEffect } from '../../../renderer/app/async-effect';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('asyncEffect', () => {
  it('tears down what the set-up returns when the effect is cleaned up', async () => {
    const log: string[] = [];
    const cleanup = asyncEffect(async () => () => log.push('teardown'), () => log.push('error'));
    await tick();
    expect(log).toEqual([]);
    cleanup();
    expect(log).toEqual(['teardown']);
  });

  it('tears down at once when cleaned up before the set-up finished, and tells the set-up', async () => {
    const log: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const cleanup = asyncEffect(async (isCancelled) => {
      await gate;
      log.push(`cancelled=${isCancelled()}`);
      return () => log.push('teardown');
    }, () => log.push('error'));
    cleanup();
    release();
    await tick();
    expect(log).toEqual(['cancelled=true', 'teardown']);
  });

  it('reports errors only while mounted', async () => {
    const errors: unknown[] = [];
    asyncEffect(async () => Promise.reject(new Error('open failed')), (error) => errors.push(error));
    const cleanup = asyncEffect(async () => Promise.reject(new Error('late')), (error) => errors.push(error));
    cleanup();
    await tick();
    expect(errors.map((error) => (error as Error).message)).toEqual(['open failed']);
  });
});
