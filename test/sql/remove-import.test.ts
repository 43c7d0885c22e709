import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/import/load.ts';
import { removeImport } from '../../src/lib/import/remove.ts';
import { fixtureFile } from '../helpers/files.ts';
import { createTestWarehouse } from '../helpers/warehouse.ts';

describe('removing an import', () => {
  it('takes its rows, rejects and log entry out, and nothing else', async () => {
    const { engine } = await createTestWarehouse();
    const jd = await importFile(engine, fixtureFile('jd/订单导出_20261103.csv'));
    const tb = await importFile(engine, fixtureFile('taobao/ExportOrderList202611061030.csv'));
    expect(await removeImport(engine, tb.importId)).toEqual({ orders: 6, order_items: 6 });
    const { rows } = await engine.query(`SELECT
      (SELECT count(*) FROM orders)::INT AS orders,
      (SELECT count(*) FROM orders WHERE platform = 'jd')::INT AS jd,
      (SELECT count(*) FROM import_rejects)::INT AS rejects,
      (SELECT list(import_id) FROM imports) AS imports`);
    expect(rows[0]).toMatchObject({ orders: 4, jd: 4, rejects: 0 });
    expect(String(rows[0].imports)).toContain(jd.importId);
    // The same file can come back in afterwards: it is no longer a known duplicate.
    expect((await importFile(engine, fixtureFile('taobao/ExportOrderList202611061030.csv'))).status).toBe('imported');
  });
});
