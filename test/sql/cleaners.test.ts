import { beforeAll, describe, expect, it } from 'vitest';
import type { Scalar } from '../../src/lib/engine/types.ts';
import { createTestWarehouse, type TestWarehouse } from '../helpers/warehouse.ts';

let wh: TestWarehouse;
beforeAll(async () => {
  wh = await createTestWarehouse();
});

async function clean(fn: string, input: string | null): Promise<Scalar> {
  const { rows } = await wh.engine.query(`SELECT ${fn}(?::VARCHAR) AS v`, [input]);
  return rows[0].v;
}

describe('cell cleaners (SQL macros in sql/schema/02_cleaners.sql)', () => {
  it.each([
    ['="3360123456789012345"', '3360123456789012345'],
    ["'13812345678", '13812345678'],
    ['4987654321012345678\t', '4987654321012345678'],
    ['  交易成功 ', '交易成功'],
    ['-', null],
    ['--', null],
    ['nan', null],
    ['暂无', null],
    ['无退款申请', null],
    ['', null],
    [null, null],
  ])('clean_text(%j) = %j', async (input, expected) => {
    expect(await clean('clean_text', input)).toBe(expected);
  });

  it.each([
    ['1,234.50', 1234.5],
    ['¥99.00', 99],
    ['￥1,099', 1099],
    ['12.30元', 12.3],
    ['(5.00)', -5],
    ['-3.5', -3.5],
    ['="88.80"', 88.8],
    ['0\t', 0],
    ['-', null],
    ['abc', null],
  ])('clean_amount(%j) = %j', async (input, expected) => {
    expect(await clean('clean_amount', input)).toBe(expected);
  });

  it.each([
    ['12.5%', 0.125],
    ['0.125', 0.125],
    ['1,250%', 12.5],
    ['-', null],
  ])('clean_ratio(%j) = %j', async (input, expected) => {
    const v = await clean('clean_ratio', input);
    if (expected === null) expect(v).toBeNull();
    else expect(v).toBeCloseTo(expected, 12);
  });

  it.each([
    ['1,234', 1234],
    ['12.0', 12],
    ['x', null],
  ])('clean_int(%j) = %j', async (input, expected) => {
    expect(await clean('clean_int', input)).toBe(expected);
  });

  it.each([
    ['2026-11-11 00:00:05', '2026-11-11 00:00:05'],
    ['2026/1/5 9:03:00', '2026-01-05 09:03:00'],
    ['2026-11-11 20:15:00\t', '2026-11-11 20:15:00'],
    ['20260813', '2026-08-13 00:00:00'],
    ['2026年3月8日', '2026-03-08 00:00:00'],
    ['2026-02-30 10:00:00', null],
    ['', null],
  ])('clean_timestamp(%j) = %j', async (input, expected) => {
    expect(await clean('clean_timestamp', input)).toBe(expected);
  });

  it('flags ids a spreadsheet turned into scientific notation', async () => {
    expect(await clean('id_is_scientific', '3.36012E+18')).toBe(true);
    expect(await clean('id_is_scientific', '="3360123456789012345"')).toBe(false);
  });
});
