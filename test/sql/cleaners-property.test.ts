import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWarehouse, type TestWarehouse } from '../helpers/warehouse.ts';

let wh: TestWarehouse;
beforeAll(async () => {
  wh = await createTestWarehouse();
});

/** Cleans many cells in one query (the macros run in DuckDB, as in an import). */
async function cleanAll(fn: string, cells: string[]): Promise<unknown[]> {
  const { rows } = await wh.engine.query(
    `SELECT ${fn}(c) AS v FROM (SELECT unnest(string_split(?, chr(31))) AS c, generate_subscripts(string_split(?, chr(31)), 1) AS i) ORDER BY i`,
    [cells.join('\u001f'), cells.join('\u001f')],
  );
  return rows.map((r) => r.v);
}

const cents = fc.integer({ min: -99_999_999_99, max: 99_999_999_99 });
const yuan = (c: number) => c / 100;

/** How the exports write an amount: separators, currency signs, units, formula quoting, tabs. */
function written(c: number, style: number): string {
  const abs = Math.abs(c) / 100;
  const plain = abs.toFixed(2);
  const grouped = abs.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const sign = c < 0 ? '-' : '';
  switch (style) {
    case 0: return `${sign}${plain}`;
    case 1: return `${sign}${grouped}`;
    case 2: return c < 0 ? `(${grouped})` : `¥${grouped}`;
    case 3: return `${sign}${plain}元`;
    case 4: return `="${sign}${plain}"`;
    case 5: return `${sign}${plain}\t`;
    default: return ` ￥${sign}${grouped} `;
  }
}

describe('cell cleaners, property-based (fast-check)', () => {
  it('clean_amount reads back every amount however an export writes it', async () => {
    const samples = fc.sample(fc.tuple(cents, fc.integer({ min: 0, max: 6 })), { numRuns: 400, seed: 20261122 });
    const got = await cleanAll('clean_amount', samples.map(([c, s]) => written(c, s)));
    samples.forEach(([c, s], i) => expect(got[i], written(c, s)).toBe(yuan(c)));
  });

  it('clean_id keeps 15–19 digit ids exactly, whatever the quoting', async () => {
    const ids = fc.sample(fc.stringMatching(/^[1-9][0-9]{14,18}$/), { numRuns: 300, seed: 7 });
    const wrap = [(x: string) => `="${x}"`, (x: string) => `${x}\t`, (x: string) => `'${x}`, (x: string) => x];
    const got = await cleanAll('clean_id', ids.map((id, i) => wrap[i % 4](id)));
    expect(got).toEqual(ids);
  });

  it('clean_ratio reads x% as x / 100', async () => {
    const bp = fc.sample(fc.integer({ min: 0, max: 100_000 }), { numRuns: 300, seed: 11 });
    const got = await cleanAll('clean_ratio', bp.map((b) => `${(b / 100).toFixed(2)}%`));
    bp.forEach((b, i) => expect(got[i] as number).toBeCloseTo(b / 10_000, 12));
  });
});
