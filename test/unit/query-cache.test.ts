import { describe, expect, it } from 'vitest';
import { QueryCache } from '../../src/lib/app/query-cache.ts';
import type { QueryResult } from '../../src/lib/engine/types.ts';

const result = (n: number): QueryResult => ({ columns: [], rows: [{ n }] });

describe('QueryCache', () => {
  it('shares a request in flight and reuses its result', async () => {
    const cache = new QueryCache();
    let runs = 0;
    const run = () => {
      runs++;
      return Promise.resolve(result(runs));
    };
    const [a, b] = await Promise.all([cache.get('k', run), cache.get('k', run)]);
    expect(runs).toBe(1);
    expect(a).toBe(b);
    await cache.get('k', run);
    expect(runs).toBe(1);
  });

  it('forgets failures and evicts the least recently used entry', async () => {
    const cache = new QueryCache(2);
    await expect(cache.get('bad', () => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(await cache.get('bad', () => Promise.resolve(result(1)))).toEqual(result(1));
    let runs = 0;
    const run = () => Promise.resolve(result(++runs));
    await cache.get('a', run); // cache: bad, a
    await cache.get('bad', run); // touch bad → a is oldest
    await cache.get('b', run); // evicts a
    await cache.get('a', run);
    expect(runs).toBe(3);
  });
});
