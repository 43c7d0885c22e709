import { beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/import/load.ts';
import { fixtureFile } from '../helpers/files.ts';
import { createTestWarehouse, type TestWarehouse } from '../helpers/warehouse.ts';

let wh: TestWarehouse;
beforeEach(async () => {
  wh = await createTestWarehouse();
});
const lines = async () =>
  (await wh.engine.query(`SELECT order_id, line_id, quantity, line_amount FROM order_items ORDER BY order_id, line_id`)).rows.map(
    (r) => [String(r.order_id).slice(-3), r.line_id, r.quantity, r.line_amount],
  );

// test/fixtures/taobao/ExportOrderDetailList202611061030.csv (GBK): the lines of orders …001
// (one lamp) and …002 (a side table and two cushions) of the order report fixture.
describe('import: 千牛 宝贝报表 (item report)', () => {
  it('replaces the order report’s summary lines with the real ones, whichever comes first', async () => {
    await importFile(wh.engine, fixtureFile('taobao/ExportOrderList202611061030.csv'));
    const r = await importFile(wh.engine, fixtureFile('taobao/ExportOrderDetailList202611061030.csv'));
    expect(r).toMatchObject({ report: 'taobao_order_items', rowsRead: 3, rowsInserted: 3 });
    const expected = [
      ['001', 'QM3001-01|QM3001|颜色分类：白色', 1, 100],
      ['002', 'QM3002-01|QM3002|规格：圆形', 1, 199],
      ['002', 'QM3003-02|QM3003|颜色分类：米色', 2, 60],
      ['003', 'order', 1, 59.9],
      ['004', 'order', 2, 88],
      ['005', 'order', 1, 35],
      ['006', 'order', 1, 1299],
    ];
    expect(await lines()).toEqual(expected);
    // The order report again (another download): its summary lines for 001 and 002 stay out.
    const bytes = new Uint8Array(await fixtureFile('taobao/ExportOrderList202611061030.csv').arrayBuffer());
    await importFile(wh.engine, new File([bytes, new Uint8Array([0x0d, 0x0a])], 'ExportOrderList2.csv'));
    expect(await lines()).toEqual(expected);
  });
});
