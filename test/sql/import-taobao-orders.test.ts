import { beforeEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../src/lib/import/errors.ts';
import { importFile } from '../../src/lib/import/load.ts';
import { fixtureFile } from '../helpers/files.ts';
import { createTestWarehouse, type TestWarehouse } from '../helpers/warehouse.ts';

// test/fixtures/taobao/ExportOrderList202611061030.csv: GBK, the 61-column 千牛 header (with its
// trailing spaces) + 发货时间, `="…"` order numbers, `'` phones, `元` amounts; 9 data rows:
//  1 …001 交易成功, paid 100.00, shipped 6 h after payment        buyer tb_小明2024
//  2 …002 买家已付款,等待卖家发货 (half-width comma) 259 + 10 postage  buyer 花开半夏
//  3 …003 交易关闭 after payment: fully refunded 59.90             buyer tb_小明2024
//  4 …004 等待买家付款 (never paid)                                 buyer 等风来
//  5 …005 交易关闭 before payment                                   buyer 等风来
//  6 …006 卖家已发货，等待买家确认 (full-width comma), "1,299.00"     buyer tb_小明2024
//  7 3.36E+18: order number mangled by a spreadsheet → rejected
//  8 …008 with 订单创建时间 "昨天" → rejected
//  9 …002 again, later: now shipped, 50.00 refunded → replaces row 2 (last one wins)
const FILE = 'taobao/ExportOrderList202611061030.csv';

let wh: TestWarehouse;
beforeEach(async () => {
  wh = await createTestWarehouse();
});

const orders = async () =>
  (
    await wh.engine.query(
      `SELECT order_id, status, status_raw, strftime(paid_at, '%Y-%m-%d %H:%M:%S') AS paid_at,
         strftime(shipped_at, '%Y-%m-%d %H:%M:%S') AS shipped_at, goods_amount, postage, payable_amount,
         refund_amount, item_qty, province, shop, source_file
       FROM orders ORDER BY order_id`,
    )
  ).rows;

describe('import: 千牛 订单报表 (Taobao order report CSV)', () => {
  it('detects the report, the GBK encoding and the header row', async () => {
    const r = await importFile(wh.engine, fixtureFile(FILE));
    expect(r).toMatchObject({
      status: 'imported',
      platform: 'taobao',
      report: 'taobao_orders',
      encoding: 'gb18030',
      headerRow: 1,
      rowsRead: 9,
      rowsRejected: 2,
      rowsInserted: 6,
      rowsReplaced: 0,
    });
    expect(r.confidence).toBe(1);
  });

  it('lands cleaned canonical orders, the last duplicate winning', async () => {
    await importFile(wh.engine, fixtureFile(FILE));
    const rows = await orders();
    expect(rows.map((o) => [o.order_id, o.status, o.payable_amount, o.refund_amount])).toEqual([
      ['3360000000000000001', 'completed', 100, 0],
      ['3360000000000000002', 'shipped', 269, 50],
      ['3360000000000000003', 'refunded', 59.9, 59.9],
      ['3360000000000000004', 'created', 88, 0],
      ['3360000000000000005', 'closed', 41, 0],
      ['3360000000000000006', 'shipped', 1299, 0],
    ]);
    expect(rows[1]).toMatchObject({
      status_raw: '卖家已发货,等待买家确认',
      paid_at: '2026-11-02 20:05:00',
      shipped_at: '2026-11-03 21:05:00',
      goods_amount: 259,
      postage: 10,
      item_qty: 3,
      province: '广东省',
      shop: '栖木家居旗舰店',
      source_file: 'ExportOrderList202611061030.csv',
    });
    expect(rows[3].paid_at).toBeNull();
  });

  it('gives the overview the numbers worked out from the file', async () => {
    await importFile(wh.engine, fixtureFile(FILE));
    const { rows } = await wh.views.run('kpi_overview', {
      start_date: '2026-11-01',
      end_date: '2026-11-06',
      platforms: 'taobao',
    });
    const m = Object.fromEntries(rows.map((r) => [r.metric, r.current_value]));
    // paid: 001 100 + 002 269 + 003 59.90 + 006 1299 = 1727.90; 004 and 005 never paid
    expect(m.gmv).toBeCloseTo(1727.9, 2);
    expect(m.paid_orders).toBe(4);
    expect(m.buyers).toBe(2); // tb_小明2024 and 花开半夏, as hashes
    expect(m.refund_amount).toBeCloseTo(109.9, 2); // 50 + 59.90
    // shipped: 001 after 5 h 59 min, 002 after 25 h, 006 after 34 h 50 min → 1 of 3 within 24 h
    expect(m.ship_24h_rate).toBeCloseTo(1 / 3, 12);
  });

  it('keeps the rejected rows with line number, column, value and reason', async () => {
    const r = await importFile(wh.engine, fixtureFile(FILE));
    const { rows } = await wh.engine.query(
      'SELECT row_no, column_name, value, reason_en FROM import_rejects WHERE import_id = ? ORDER BY row_no',
      [r.importId],
    );
    expect(rows).toEqual([
      { row_no: 8, column_name: '订单编号', value: '3.36E+18', reason_en: expect.stringMatching(/scientific/) },
      { row_no: 9, column_name: '订单创建时间', value: '昨天', reason_en: expect.stringMatching(/not a valid time/) },
    ]);
  });

  it('never stores names, phones, addresses or Alipay accounts; buyers are salted hashes', async () => {
    await importFile(wh.engine, fixtureFile(FILE));
    const personal = ['张三', '李四', '王五', '13800000001', '13900000002', 'xiaoming@example.com', '文三路', 'tb_小明2024', '花开半夏'];
    const tables = (await wh.engine.query(`SELECT table_name FROM duckdb_tables() WHERE NOT temporary`)).rows;
    for (const { table_name } of tables) {
      const { rows } = await wh.engine.query(`SELECT * FROM "${String(table_name)}"`);
      const text = JSON.stringify(rows);
      for (const p of personal) expect(text, `${p} found in ${table_name}`).not.toContain(p);
    }
    const hashes = (await wh.engine.query(`SELECT DISTINCT buyer_hash FROM orders`)).rows.map((r) => r.buyer_hash);
    expect(hashes).toHaveLength(3);
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes nothing when the same file is dropped again', async () => {
    await importFile(wh.engine, fixtureFile(FILE));
    const before = await orders();
    const again = await importFile(wh.engine, fixtureFile(FILE));
    expect(again.status).toBe('duplicate');
    expect(await orders()).toEqual(before);
    expect((await wh.engine.query('SELECT count(*)::INT AS n FROM imports')).rows[0].n).toBe(1);
  });

  it('replaces, never adds, when an overlapping export comes in', async () => {
    await importFile(wh.engine, fixtureFile(FILE));
    const before = await orders();
    // Same rows, different bytes (another download): upserted by key.
    const bytes = new Uint8Array(await fixtureFile(FILE).arrayBuffer());
    const copy = new File([bytes, new Uint8Array([0x0d, 0x0a])], 'ExportOrderList202611061031.csv');
    const r = await importFile(wh.engine, copy);
    expect(r).toMatchObject({ status: 'imported', rowsInserted: 0, rowsReplaced: 6 });
    const after = await orders();
    expect(after.map((o) => [o.order_id, o.payable_amount])).toEqual(before.map((o) => [o.order_id, o.payable_amount]));
    expect((await wh.engine.query('SELECT count(*)::INT AS n FROM order_items')).rows[0].n).toBe(6);
  });

  it('refuses an empty file, a binary file and an unknown header, changing nothing', async () => {
    const empty = new File([], 'ExportOrderList.csv');
    await expect(importFile(wh.engine, empty)).rejects.toMatchObject({ code: 'empty' });
    const binary = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3])], 'orders.csv');
    await expect(importFile(wh.engine, binary)).rejects.toMatchObject({ code: 'binary' });
    const unknown = new File(['名称,数量\n苹果,3\n'], 'ExportOrderList1.csv');
    await expect(importFile(wh.engine, unknown)).rejects.toBeInstanceOf(ImportError);
    const { rows } = await wh.engine.query(
      'SELECT (SELECT count(*) FROM orders)::INT AS o, (SELECT count(*) FROM imports)::INT AS i',
    );
    expect(rows[0]).toEqual({ o: 0, i: 0 });
  });

  it('rolls back everything when the load fails half-way', async () => {
    await importFile(wh.engine, fixtureFile(FILE));
    const before = await orders();
    // Break the second target table: orders would be written, then order_items fails.
    await wh.engine.exec('ALTER TABLE order_items RENAME TO order_items_gone');
    const bytes = new Uint8Array(await fixtureFile(FILE).arrayBuffer());
    const copy = new File([bytes, new Uint8Array([0x0d, 0x0a, 0x0d, 0x0a])], 'again.csv');
    await expect(importFile(wh.engine, copy)).rejects.toMatchObject({ code: 'failed' });
    await wh.engine.exec('ALTER TABLE order_items_gone RENAME TO order_items');
    expect(await orders()).toEqual(before);
    expect((await wh.engine.query('SELECT count(*)::INT AS n FROM imports')).rows[0].n).toBe(1);
  });

  it('leaves the warehouse as it was when the import is cancelled mid-way', async () => {
    await importFile(wh.engine, fixtureFile(FILE));
    const before = await orders();
    const controller = new AbortController();
    const bytes = new Uint8Array(await fixtureFile(FILE).arrayBuffer());
    const copy = new File([bytes, new Uint8Array([0x0d, 0x0a])], 'ExportOrderList-again.csv');
    const run = importFile(wh.engine, copy, {
      signal: controller.signal,
      // Cancel once the rows are being written, inside the transaction.
      onProgress: (p) => p.phase === 'loading' && controller.abort(),
    });
    await expect(run).rejects.toMatchObject({ code: 'cancelled' });
    expect(await orders()).toEqual(before);
    expect((await wh.engine.query('SELECT count(*)::INT AS n FROM imports')).rows[0].n).toBe(1);
    // The write connection is free again: the next import goes through.
    expect((await importFile(wh.engine, copy)).status).toBe('imported');
  });
});
