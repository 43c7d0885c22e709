import { beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/import/load.ts';
import { fixtureFile } from '../helpers/files.ts';
import { createTestWarehouse, type TestWarehouse } from '../helpers/warehouse.ts';

let wh: TestWarehouse;
beforeEach(async () => {
  wh = await createTestWarehouse();
});

async function overview(platforms: string) {
  const { rows } = await wh.views.run('kpi_overview', {
    start_date: '2026-11-01',
    end_date: '2026-11-03',
    platforms,
  });
  return Object.fromEntries(rows.map((r) => [r.metric, r.current_value]));
}

const q = async (sql: string) => (await wh.engine.query(sql)).rows;

// test/fixtures/jd/订单导出_20261103.csv: GBK, every value ending in a tab, one row per order × product.
//  300000000001  完成, 2 product rows, 应付金额 318.00 on both rows, qty 1 + 2   buyer jd_alice
//  300000000002  已取消 after payment: 64.00 incl. 5.00 postage, refunded       buyer jd_bob
//  300000000003  等待付款 (never paid)                                          buyer jd_carol
//  300000000004  (锁定)等待出库, paid 99.50                                      buyer jd_alice
describe('import: 京东 订单导出', () => {
  it('counts order-level amounts once per order, not once per product row', async () => {
    const r = await importFile(wh.engine, fixtureFile('jd/订单导出_20261103.csv'));
    expect(r).toMatchObject({ platform: 'jd', report: 'jd_orders', encoding: 'gb18030', rowsRead: 5, rowsInserted: 4 });
    expect(await q(`SELECT order_id, status, status_raw, payable_amount, postage, refund_amount, item_qty, source_group
                    FROM orders ORDER BY order_id`)).toEqual([
      { order_id: '300000000001', status: 'completed', status_raw: '完成', payable_amount: 318, postage: 0, refund_amount: 0, item_qty: 3, source_group: '其他' },
      { order_id: '300000000002', status: 'refunded', status_raw: '已取消', payable_amount: 64, postage: 5, refund_amount: 64, item_qty: 1, source_group: '其他' },
      { order_id: '300000000003', status: 'created', status_raw: '等待付款', payable_amount: 129, postage: 0, refund_amount: 0, item_qty: 1, source_group: '其他' },
      { order_id: '300000000004', status: 'paid', status_raw: '(锁定)等待出库', payable_amount: 99.5, postage: 0, refund_amount: 0, item_qty: 1, source_group: '站外' },
    ]);
    expect(await q(`SELECT order_id, line_id, quantity, line_amount FROM order_items ORDER BY order_id, line_id`)).toEqual([
      { order_id: '300000000001', line_id: '100000000101', quantity: 1, line_amount: 129 },
      { order_id: '300000000001', line_id: '100000000102', quantity: 2, line_amount: 199 },
      { order_id: '300000000002', line_id: '100000000103', quantity: 1, line_amount: 59 },
      { order_id: '300000000003', line_id: '100000000101', quantity: 1, line_amount: 129 },
      { order_id: '300000000004', line_id: '100000000102', quantity: 1, line_amount: 99.5 },
    ]);
    const m = await overview('jd');
    expect(m.gmv).toBeCloseTo(318 + 64 + 99.5, 2); // 481.50: orders 1, 2 and 4 were paid
    expect(m.paid_orders).toBe(3);
    expect(m.buyers).toBe(2); // jd_alice twice, jd_bob
    expect(m.refund_amount).toBe(64);
    expect(m.ship_24h_rate).toBeNull(); // the JD export has no ship time
  });
});

// test/fixtures/douyin/抖店订单导出_20261103.csv: UTF-8 with BOM, ids and times ending in a tab.
//  …001  已完成, two sub-orders 170.10 + 75.10, paid 11-01 20:00, shipped 12 h later; 直播间, 自然流量
//  …011  已关闭, 售后 退款成功, paid 99.00 → refunded; 搜索 via 广告流量 (paid traffic)
//  …021  待支付 (never paid)
describe('import: 抖店 订单导出', () => {
  it('assembles orders from their sub-order rows', async () => {
    const r = await importFile(wh.engine, fixtureFile('douyin/抖店订单导出_20261103.csv'));
    expect(r).toMatchObject({ platform: 'douyin', report: 'douyin_orders', encoding: 'utf-8-bom', rowsRead: 4, rowsInserted: 3 });
    expect(await q(`SELECT order_id, status, payable_amount, refund_amount, item_qty, source, source_group, province
                    FROM orders ORDER BY order_id`)).toEqual([
      { order_id: '6910000000000000001', status: 'completed', payable_amount: 245.2, refund_amount: 0, item_qty: 2, source: '直播间', source_group: '内容', province: '江苏省' },
      { order_id: '6910000000000000011', status: 'refunded', payable_amount: 99, refund_amount: 99, item_qty: 2, source: '搜索', source_group: '付费', province: '浙江省' },
      { order_id: '6910000000000000021', status: 'created', payable_amount: 39, refund_amount: 0, item_qty: 1, source: '达人短视频', source_group: '内容', province: '广东省' },
    ]);
    expect((await q(`SELECT count(*)::INT AS n FROM order_items`))[0].n).toBe(4);
    const m = await overview('douyin');
    expect(m.gmv).toBeCloseTo(245.2 + 99, 2);
    expect(m.paid_orders).toBe(2);
    expect(m.buyers).toBe(2);
    expect(m.ship_24h_rate).toBe(1); // …001 shipped 12 h after payment; …011 never shipped
  });

  it('keeps receivers, phones and addresses out of every table', async () => {
    await importFile(wh.engine, fixtureFile('douyin/抖店订单导出_20261103.csv'));
    await importFile(wh.engine, fixtureFile('jd/订单导出_20261103.csv'));
    const personal = ['王小二', '李小三', '13700000001', '江东中路', '刘一', '13100000001', '望京街道', 'jd_alice'];
    const tables = await q(`SELECT table_name FROM duckdb_tables() WHERE NOT temporary`);
    for (const { table_name } of tables) {
      const text = JSON.stringify(await q(`SELECT * FROM "${String(table_name)}"`));
      for (const p of personal) expect(text, `${p} found in ${table_name}`).not.toContain(p);
    }
  });

  it('shows all three platforms together in the overview', async () => {
    await importFile(wh.engine, fixtureFile('douyin/抖店订单导出_20261103.csv'));
    await importFile(wh.engine, fixtureFile('jd/订单导出_20261103.csv'));
    await importFile(wh.engine, fixtureFile('taobao/ExportOrderList202611061030.csv'));
    // taobao 11-01..11-03: 001 100 + 002 269 + 003 59.90 = 428.90; jd 481.50; douyin 344.20
    expect((await overview('')).gmv).toBeCloseTo(428.9 + 481.5 + 344.2, 2);
    expect((await overview('jd,douyin')).gmv).toBeCloseTo(481.5 + 344.2, 2);
  });
});
