import * as XLSX from '@e965/xlsx';
import { beforeEach, describe, expect, it } from 'vitest';
import { excelToCsv, fixRange } from '../../src/lib/import/excel.ts';
import { importFile } from '../../src/lib/import/load.ts';
import { fixtureFile } from '../helpers/files.ts';
import { createTestWarehouse, type TestWarehouse } from '../helpers/warehouse.ts';

let wh: TestWarehouse;
beforeEach(async () => {
  wh = await createTestWarehouse();
});
const q = async (sql: string) => (await wh.engine.query(sql)).rows;

describe('spreadsheets', () => {
  it('recomputes a sheet range that declares fewer rows than it holds', () => {
    const ws = XLSX.utils.aoa_to_sheet([['时间', 'SKU'], ['2026-11-10', '1'], ['2026-11-11', '2']]);
    ws['!ref'] = 'A1:B2';
    fixRange(ws);
    expect(ws['!ref']).toBe('A1:B3');
  });

  it('writes dates as ISO text and keeps text numbers as written', () => {
    const ws = XLSX.utils.aoa_to_sheet([['日期', '金额', '数'], [new Date(2026, 10, 11), '1,234.50', 42]]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 's');
    const bytes = XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer;
    expect(excelToCsv(new Uint8Array(bytes)).trim()).toBe('日期,金额,数\n2026-11-11,"1,234.50",42');
  });
});

// test/fixtures/excel/【生意参谋平台】商品_全部_2026-11-10_2026-11-11.xls (biff8, made by
// scripts/make-excel-fixtures.ts): 4 preamble rows, header on row 5, numbers as text with
// thousands separators, rates as `64.03%`, `-` for empty; 4 data rows, one with an id a
// spreadsheet turned into 1.23457E+11.
describe('import: 生意参谋 商品_全部 (.xls)', () => {
  it('finds the header under the preamble and loads product days', async () => {
    const r = await importFile(wh.engine, fixtureFile('excel/【生意参谋平台】商品_全部_2026-11-10_2026-11-11.xls'));
    expect(r).toMatchObject({ report: 'sycm_products', encoding: 'xls', headerRow: 5, rowsRead: 4, rowsInserted: 3, rowsRejected: 1 });
    expect(
      await q(`SELECT strftime(date, '%Y-%m-%d') AS d, product_id, visitors, page_views, paid_buyers, paid_amount,
                 refund_amount, reported_bounce, avg_stay_seconds
               FROM product_daily ORDER BY date, product_id`),
    ).toEqual([
      { d: '2026-11-10', product_id: '781062681539', visitors: 1317, page_views: 1520, paid_buyers: 10, paid_amount: 6563.59, refund_amount: 0, reported_bounce: 0.6403, avg_stay_seconds: 30.5 },
      { d: '2026-11-10', product_id: '799336503637', visitors: 189, page_views: 1520, paid_buyers: 8, paid_amount: 2730.13, refund_amount: null, reported_bounce: 0.6403, avg_stay_seconds: 30.5 },
      { d: '2026-11-11', product_id: '781062681539', visitors: 12400, page_views: 1520, paid_buyers: 96, paid_amount: 63011, refund_amount: 1299, reported_bounce: 0.6403, avg_stay_seconds: 30.5 },
    ]);
    // Row 9 of the sheet (header on 5): the mangled id.
    expect(await q(`SELECT row_no, column_name, value FROM import_rejects`)).toEqual([
      { row_no: 9, column_name: '商品ID', value: '1.23457E+11' },
    ]);
  });
});

// test/fixtures/excel/701455_商品明细_…_2026-11-10_2026-11-11.xlsx: header row 1, a 合计 row on row 2
// (dropped, neither loaded nor rejected), one SKU on two days.
describe('import: 京东商智 商品明细 (.xlsx)', () => {
  it('drops the 合计 row and loads SKU days', async () => {
    const r = await importFile(wh.engine, fixtureFile('excel/701455_商品明细_离线_不包括对比时间_分天下载_2026-11-10_2026-11-11.xlsx'));
    expect(r).toMatchObject({ platform: 'jd', report: 'jd_sku_daily', encoding: 'xlsx', rowsRead: 2, rowsInserted: 2, rowsRejected: 0 });
    expect(
      await q(`SELECT strftime(date, '%Y-%m-%d') AS d, grain, visitors, paid_orders, paid_amount, paid_buyers
               FROM product_daily ORDER BY date`),
    ).toEqual([
      { d: '2026-11-10', grain: 'sku', visitors: 170, paid_orders: 5, paid_amount: 645, paid_buyers: 5 },
      { d: '2026-11-11', grain: 'sku', visitors: 230, paid_orders: 6, paid_amount: 924.5, paid_buyers: 6 },
    ]);
  });

  it('replaces product days when an overlapping export comes in', async () => {
    const file = 'excel/701455_商品明细_离线_不包括对比时间_分天下载_2026-11-10_2026-11-11.xlsx';
    await importFile(wh.engine, fixtureFile(file));
    const bytes = new Uint8Array(await fixtureFile(file).arrayBuffer());
    const wb = XLSX.read(bytes, { type: 'array' });
    XLSX.utils.sheet_add_aoa(wb.Sheets.data, [['2026-11-11', '100083745722', 'x', 1, 999]], { origin: 'A4' });
    const again = new File([XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer], 'again.xlsx');
    const r = await importFile(wh.engine, again);
    expect(r).toMatchObject({ rowsInserted: 0, rowsReplaced: 2 });
    expect(await q(`SELECT count(*)::INT AS n, max(visitors)::INT AS v FROM product_daily`)).toEqual([{ n: 2, v: 999 }]);
  });
});
