import { beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/import/load.ts';
import { fixtureFile } from '../helpers/files.ts';
import { createTestWarehouse, type TestWarehouse } from '../helpers/warehouse.ts';

let wh: TestWarehouse;
beforeEach(async () => {
  wh = await createTestWarehouse();
});
const q = async (sql: string) => (await wh.engine.query(sql)).rows;
const SELECT = `SELECT strftime(date, '%Y-%m-%d') AS d, channel, shop, plan_id, entity_id, impressions, clicks, spend, gmv,
  orders, reported_roi FROM ad_spend_daily ORDER BY date, plan_id, entity_id`;

describe('import: ad reports', () => {
  // test/fixtures/ads/计划报表_20261111_110330.csv (GB18030, the real 75-column header):
  // plan 3218765401 on 11-10 (144.84 spent, 521.07 GMV) and 11-11 ("1,000.00" spent, 4500 GMV);
  // plan 3218765402 on 11-11 with 花费 "abc" → rejected.
  it('万相台 计划报表: one row per day and plan', async () => {
    const r = await importFile(wh.engine, fixtureFile('ads/计划报表_20261111_110330.csv'));
    expect(r).toMatchObject({ platform: 'taobao', report: 'wanxiang_plans', encoding: 'gb18030', rowsInserted: 2, rowsRejected: 1 });
    expect(await q(SELECT)).toEqual([
      { d: '2026-11-10', channel: 'wanxiangtai', shop: '', plan_id: '3218765401', entity_id: '', impressions: 1454, clicks: 66, spend: 144.84, gmv: 521.07, orders: 2, reported_roi: 3.6 },
      { d: '2026-11-11', channel: 'wanxiangtai', shop: '', plan_id: '3218765401', entity_id: '', impressions: 9000, clicks: 400, spend: 1000, gmv: 4500, orders: 20, reported_roi: 4.5 },
    ]);
    // ROI is recomputed from its parts: (521.07 + 4500) / (144.84 + 1000)
    const [{ roi }] = await q(`SELECT sum(gmv) / sum(spend) AS roi FROM ad_spend_daily`);
    expect(roi).toBeCloseTo(5021.07 / 1144.84, 10);
  });

  // test/fixtures/ads/栖木家居京东店_AI推广数据自动下载_20261110_20261111.csv (UTF-8): dates as
  // YYYYMMDD, a raw tab inside 商品名称, and `-` for 0 on 11-11.
  it('京准通: YYYYMMDD dates and `-` for no spend', async () => {
    const r = await importFile(wh.engine, fixtureFile('ads/栖木家居京东店_AI推广数据自动下载_20261110_20261111.csv'));
    expect(r).toMatchObject({ platform: 'jd', report: 'jd_jingzhuntong', encoding: 'utf-8', rowsInserted: 2, rowsRejected: 0 });
    expect(await q(SELECT)).toEqual([
      { d: '2026-11-10', channel: 'jingzhuntong', shop: '栖木家居京东店', plan_id: '快车-核心SKU', entity_id: '100083745722', impressions: 663, clicks: 19, spend: 43.22, gmv: 111.71, orders: 1, reported_roi: 2.58 },
      { d: '2026-11-11', channel: 'jingzhuntong', shop: '栖木家居京东店', plan_id: '快车-核心SKU', entity_id: '100083745722', impressions: 2000, clicks: 80, spend: 0, gmv: null, orders: null, reported_roi: null },
    ]);
  });

  // test/fixtures/excel/千川全域推广_推商品_2026-11-10_2026-11-10.xlsx: a 全部 total row (dropped),
  // two products with `¥`, `,` and `%` in their cells.
  it('千川 全域 推商品: drops the 全部 row', async () => {
    const r = await importFile(wh.engine, fixtureFile('excel/千川全域推广_推商品_2026-11-10_2026-11-10.xlsx'));
    expect(r).toMatchObject({ platform: 'douyin', report: 'qianchuan_products', rowsRead: 2, rowsInserted: 2 });
    const rows = await q(SELECT);
    expect(rows.map((x) => [x.entity_id, x.impressions, x.spend, x.gmv])).toEqual([
      ['3625415029050224801', 1626, 17.92, 147.84],
      ['3654081400236486295', 18867, 310.77, 854.33],
    ]);
  });
});
