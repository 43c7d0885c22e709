import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, pickFiles, sameOrigin, startStaticServer, type StaticServer } from './harness.ts';

let app: StaticServer;
beforeAll(async () => {
  app = await startStaticServer('dist');
});
afterAll(async () => {
  await app?.close();
});

describe('spreadsheets in the browser', () => {
  it('imports an .xls and an .xlsx, parsed in a worker served by the app itself', async () => {
    const tp = await newPage(undefined, { persistentDir: true });
    try {
      await tp.page.goto(`${app.url}/#/data`);
      await pickFiles(tp.page, [
        'test/fixtures/excel/【生意参谋平台】商品_全部_2026-11-10_2026-11-11.xls',
        'test/fixtures/excel/701455_商品明细_离线_不包括对比时间_分天下载_2026-11-10_2026-11-11.xlsx',
      ]);
      await tp.page.waitForFunction(
        () => document.querySelectorAll('[data-import-status="imported"]').length === 2,
        null,
        { timeout: 60_000 },
      );
      // Worked out in test/sql/import-product-daily.test.ts: 3 taobao product days, 2 JD SKU days.
      const counts = await tp.page.evaluate(async () => {
        const w = (
          globalThis as unknown as {
            __zhanggui: {
              warehouse: { engine: { query(s: string): Promise<{ rows: Record<string, unknown>[] }> } };
            };
          }
        ).__zhanggui.warehouse;
        const r = await w.engine.query(
          `SELECT platform, count(*)::INT AS n FROM product_daily GROUP BY ALL ORDER BY ALL`,
        );
        return r.rows;
      });
      expect(counts).toEqual([
        { platform: 'jd', n: 2 },
        { platform: 'taobao', n: 3 },
      ]);
      expect(tp.requests.some((u) => /excel-worker.*\.js$/.test(u))).toBe(true);
      expect(sameOrigin(tp.requests, app.url)).toEqual([]);
      expect(tp.errors).toEqual([]);
    } finally {
      await tp.close();
    }
  });
});
