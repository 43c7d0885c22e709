import { beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/import/load.ts';
import { reportPeriod } from '../../src/lib/import/period.ts';
import { fixtureFile } from '../helpers/files.ts';
import { createTestWarehouse, type TestWarehouse } from '../helpers/warehouse.ts';

let wh: TestWarehouse;
beforeEach(async () => {
  wh = await createTestWarehouse();
});
const FILE = 'excel/【生意参谋平台】无线店铺流量来源-2026-11-11_2026-11-11.xls';

describe('import: 生意参谋 店铺来源 (.xls, one day, no date column)', () => {
  it('takes the day from the preamble and maps sources to groups', async () => {
    const r = await importFile(wh.engine, fixtureFile(FILE, 'renamed.xls')); // the name says nothing
    expect(r).toMatchObject({ report: 'sycm_shop_sources', headerRow: 6, rowsRead: 5, rowsInserted: 5, rowsRejected: 0 });
    const { rows } = await wh.engine.query(
      `SELECT strftime(date, '%Y-%m-%d') AS d, source, source_group, visitors, paid_buyers, paid_amount, reported_conversion
       FROM traffic_daily ORDER BY visitors DESC`,
    );
    expect(rows).toEqual([
      { d: '2026-11-11', source: '淘内免费 / 手淘推荐 / 猜你喜欢', source_group: '推荐', visitors: 2153, paid_buyers: 48, paid_amount: 7374.4, reported_conversion: 0.0667 },
      { d: '2026-11-11', source: '淘内免费 / 手淘搜索 / 手淘搜索-商品及其他', source_group: '搜索', visitors: 1860, paid_buyers: 124, paid_amount: 24825.7, reported_conversion: 0.0667 },
      { d: '2026-11-11', source: '付费流量 / 万相台无界 / 关键词推广', source_group: '付费', visitors: 1161, paid_buyers: 74, paid_amount: 13121.8, reported_conversion: 0.0667 },
      { d: '2026-11-11', source: '自主访问 / 购物车', source_group: '私域', visitors: 313, paid_buyers: 73, paid_amount: 15312.8, reported_conversion: 0.0667 },
      { d: '2026-11-11', source: '淘外流量 / 淘外APP / 微信', source_group: '站外', visitors: 241, paid_buyers: 7, paid_amount: 1280, reported_conversion: 0.0667 },
    ]);
    // conversion recomputed from parts: (124 + 48 + 74 + 73 + 7) / (1860 + 2153 + 1161 + 313 + 241)
    const { rows: c } = await wh.engine.query(`SELECT sum(paid_buyers) / sum(visitors) AS cr FROM traffic_daily`);
    expect(c[0].cr).toBeCloseTo(326 / 5728, 12);
  });
});

describe('reportPeriod', () => {
  it('reads the preamble first, then the file name', () => {
    expect(reportPeriod([['统计日期：2026-11-11 ~ 2026-11-11']], 'x.xls')).toEqual({ start: '2026-11-11', end: '2026-11-11' });
    expect(reportPeriod([['【生意参谋平台】店铺来源']], '【生意参谋平台】无线店铺流量来源-2026-11-07_2026-11-07.xls')).toEqual({
      start: '2026-11-07',
      end: '2026-11-07',
    });
    expect(reportPeriod([], 'export.xls')).toBeNull();
  });
});
