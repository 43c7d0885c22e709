/** `npx tsx scripts/screenshot.ts`: loads the demo data into the built app in headless Chromium
 * and saves docs/overview.png (the README's picture). Needs `npm run samples && npx vite build`. */
import { newPage, startStaticServer, waitForPanels } from '../test/e2e/harness.ts';

const app = await startStaticServer('dist');
const tp = await newPage(undefined, { persistentDir: true });
try {
  await tp.page.setViewportSize({ width: 1360, height: 900 });
  await tp.page.goto(`${app.url}/?from=2026-10-22&to=2026-11-20`);
  await tp.page.click('[data-testid="load-demo"]');
  await tp.page.waitForSelector('[data-import-status]', { timeout: 60_000 });
  await tp.page.waitForFunction(
    () => !document.querySelector('[data-import-status="running"], [data-import-status="queued"]'),
    null,
    {
      timeout: 180_000,
    },
  );
  await waitForPanels(tp.page, '[data-view^="kpi_"]', { states: ['ready'], timeout: 120_000 });
  await tp.page.waitForTimeout(1500); // let the chart's entry animation finish
  await tp.page.screenshot({ path: 'docs/overview.png', fullPage: true });
  console.log('wrote docs/overview.png');
} finally {
  await tp.close();
  await app.close();
}
