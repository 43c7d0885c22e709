import path from 'node:path';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/lib/import/adapters/index.ts';
import { taobaoOrderTotals } from '../helpers/taobao-oracle.ts';
import {
  dropFiles,
  newPage,
  pickFiles,
  sameOrigin,
  startStaticServer,
  waitForPanels,
  type StaticServer,
  type TestPage,
} from './harness.ts';

const SAMPLE = 'public/samples/ExportOrderList202611201830.csv';
const FROM = '2026-10-22';
const TO = '2026-11-20';

let app: StaticServer;
beforeAll(async () => {
  app = await startStaticServer('dist');
});
afterAll(async () => {
  await app?.close();
});

async function tileValues(tp: TestPage): Promise<Record<string, number>> {
  await tp.page.waitForSelector('[data-view="kpi_overview"][data-state="ready"]', { timeout: 90_000 });
  const pairs = await tp.page.$$eval('[data-metric]', (els) =>
    els.map((e) => [e.getAttribute('data-metric') ?? '', e.getAttribute('data-value') ?? ''] as const),
  );
  return Object.fromEntries(pairs.map(([k, v]) => [k, Number(v)]));
}

describe('overview, end to end in Chromium', () => {
  it('shows the numbers of a dropped Taobao export, and still after a reload', async () => {
    const expected = taobaoOrderTotals(SAMPLE, FROM, TO);
    expect(expected.paidOrders).toBeGreaterThan(1000); // the sample is a real workload, not a toy
    const tp = await newPage(undefined, { persistentDir: true });
    try {
      await tp.page.goto(`${app.url}/?from=${FROM}&to=${TO}`);
      // First visit: nothing imported yet, and the page offers the demo data.
      await waitForPanels(tp.page, '[data-view^="kpi_"]');
      expect(await tp.page.getAttribute('[data-view="kpi_overview"]', 'data-state')).toBe('empty');
      expect(await tp.page.isVisible('[data-testid="load-demo"]')).toBe(true);

      const accepted = await dropFiles(tp.page, [
        { name: path.basename(SAMPLE), bytes: readFileSync(SAMPLE) },
      ]);
      expect(accepted).toBe(true);
      const tiles = await tileValues(tp);
      expect(tiles.gmv).toBeCloseTo(expected.gmv, 2);
      expect(tiles.paid_orders).toBe(expected.paidOrders);
      await waitForPanels(tp.page, '[data-view^="kpi_"]', { states: ['ready'] });
      expect(await tp.page.getAttribute('[data-persistence]', 'data-persistence')).toBe('opfs');

      await tp.page.reload();
      const again = await tileValues(tp);
      expect(again.gmv).toBeCloseTo(expected.gmv, 2);
      expect(again.paid_orders).toBe(expected.paidOrders);

      // The filters live in the URL: one platform that has no data gives zeros, not an error.
      await tp.page.goto(`${app.url}/?from=${FROM}&to=${TO}&platforms=jd`);
      const jd = await tileValues(tp);
      expect(jd.gmv).toBe(0);
      expect(tp.errors).toEqual([]);
      expect(sameOrigin(tp.requests, app.url)).toEqual([]);
    } finally {
      await tp.close();
    }
  });

  it('imports through the file button too, and re-importing the same file changes nothing', async () => {
    const fixture = 'test/fixtures/taobao/ExportOrderList202611061030.csv';
    const tp = await newPage(undefined, { persistentDir: true });
    try {
      await tp.page.goto(`${app.url}/?from=2026-11-01&to=2026-11-06#/data`);
      await pickFiles(tp.page, [fixture]);
      await tp.page.waitForSelector('[data-import-status="imported"]');
      await pickFiles(tp.page, [fixture]);
      await tp.page.waitForSelector('[data-import-status="duplicate"]');
      await tp.page.goto(`${app.url}/?from=2026-11-01&to=2026-11-06#/overview`);
      const tiles = await tileValues(tp);
      expect(tiles.gmv).toBeCloseTo(1727.9, 2); // worked out in test/sql/import-taobao-orders.test.ts
      expect(tiles.paid_orders).toBe(4);
      // Removing the import takes its numbers with it.
      await tp.page.goto(`${app.url}/?from=2026-11-01&to=2026-11-06#/data`);
      tp.page.once('dialog', (d) => void d.accept());
      await tp.page.click('[data-testid="remove-import"]');
      await tp.page.waitForSelector('[data-view="imports"][data-state="empty"]');
      await tp.page.goto(`${app.url}/?from=2026-11-01&to=2026-11-06#/overview`);
      await tp.page.waitForSelector('[data-view="kpi_overview"][data-state="empty"]');
    } finally {
      await tp.close();
    }
  });

  it('refuses a bad file with a message and leaves the numbers as they were', async () => {
    const fixture = 'test/fixtures/taobao/ExportOrderList202611061030.csv';
    const tp = await newPage(undefined, { persistentDir: true });
    try {
      await tp.page.goto(`${app.url}/?from=2026-11-01&to=2026-11-06#/data`);
      await pickFiles(tp.page, [fixture]);
      await tp.page.waitForSelector('[data-import-status="imported"]');
      const bad = Buffer.from('名称,数量\r\n苹果,3\r\n', 'utf8');
      await dropFiles(tp.page, [{ name: 'ExportOrderList202611071200.csv', bytes: bad }]);
      const message = await tp.page.textContent('[data-import-status="failed"] [role="alert"]');
      expect(message).toMatch(/没有识别出报表类型/);
      await tp.page.goto(`${app.url}/?from=2026-11-01&to=2026-11-06#/overview`);
      expect((await tileValues(tp)).gmv).toBeCloseTo(1727.9, 2);
    } finally {
      await tp.close();
    }
  });

  it('loads the demo data through the same import path, all three platforms', async () => {
    const expected = taobaoOrderTotals(SAMPLE, FROM, TO);
    const tp = await newPage(undefined, { persistentDir: true });
    try {
      await tp.page.goto(`${app.url}/?from=${FROM}&to=${TO}&platforms=taobao#/data`);
      await tp.page.click('[data-testid="load-demo"]');
      await tp.page.waitForSelector('[data-import-status]');
      await tp.page.waitForFunction(
        () => !document.querySelector('[data-import-status="running"], [data-import-status="queued"]'),
        null,
        { timeout: 120_000 },
      );
      const statuses = await tp.page.$$eval('[data-import-status]', (els) =>
        els.map((e) => e.getAttribute('data-import-status')),
      );
      // Every sample file whose report has an importer, and each one imported.
      const manifest = JSON.parse(readFileSync('public/samples/manifest.json', 'utf8')) as {
        files: { report: string }[];
      };
      const known = new Set(ADAPTERS.map((a) => a.id));
      const expectedFiles = manifest.files.filter((f) => known.has(f.report)).length;
      expect(expectedFiles).toBeGreaterThanOrEqual(3); // at least the three platforms' orders
      expect(statuses).toEqual(Array(expectedFiles).fill('imported'));
      await tp.page.goto(`${app.url}/?from=${FROM}&to=${TO}&platforms=taobao#/overview`);
      const tiles = await tileValues(tp);
      expect(tiles.gmv).toBeCloseTo(expected.gmv, 2);
      expect(tiles.paid_orders).toBe(expected.paidOrders);
      await tp.page.goto(`${app.url}/?from=${FROM}&to=${TO}#/overview`);
      await waitForPanels(tp.page, '[data-view^="kpi_"]', { states: ['ready'] });
      const all = await tileValues(tp);
      expect(all.gmv).toBeGreaterThan(expected.gmv); // JD and Douyin add to Taobao
      // The data page says what the warehouse holds: orders of all three platforms, and the rest.
      await tp.page.goto(`${app.url}/?from=${FROM}&to=${TO}#/data`);
      await tp.page.waitForSelector('[data-view="data_coverage"][data-state="ready"]');
      const tables = await tp.page.$$eval('[data-view="data_coverage"] tbody tr', (trs) => trs.length);
      expect(tables).toBeGreaterThanOrEqual(7); // orders ×3, product days ×2, traffic, ad spend ×3
      if (process.env.SCREENSHOT_DIR)
        await tp.page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/data.png`, fullPage: true });
      expect(tp.errors).toEqual([]);
      expect(sameOrigin(tp.requests, app.url)).toEqual([]);
    } finally {
      await tp.close();
    }
  });
});
