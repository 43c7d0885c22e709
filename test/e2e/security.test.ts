import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, sameOrigin, startStaticServer, type StaticServer } from './harness.ts';

// A CSV any page may fetch (CORS open): only DuckDB's lockdown stands between SQL and it.
let csvServer: Server;
let csvUrl = '';
const csvRequests: string[] = [];
let app: StaticServer;
let browser: Browser;

beforeAll(async () => {
  csvServer = createServer((req, res) => {
    csvRequests.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': 'text/csv', 'Access-Control-Allow-Origin': '*' });
    res.end('a,b\n1,2\n');
  });
  await new Promise<void>((resolve) => csvServer.listen(0, '127.0.0.1', resolve));
  csvUrl = `http://127.0.0.1:${(csvServer.address() as AddressInfo).port}/secret.csv`;
  app = await startStaticServer('dist');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await new Promise((resolve) => csvServer?.close(resolve));
});

/** Runs SQL on the page's own warehouse and returns the error text, or null when it succeeded. */
async function sqlError(page: import('playwright-core').Page, sql: string): Promise<string | null> {
  return page.evaluate(async (sql) => {
    const w = (
      globalThis as unknown as {
        __zhanggui: { warehouse: { ready: Promise<void>; engine: { query(s: string): Promise<unknown> } } };
      }
    ).__zhanggui.warehouse;
    await w.ready;
    try {
      await w.engine.query(sql);
      return null;
    } catch (err) {
      return String(err instanceof Error ? err.message : err);
    }
  }, sql);
}

describe('the engine is locked down (DESIGN §7)', () => {
  it('refuses to read a URL or a path outside /upload/, and nothing leaves the machine', async () => {
    const tp = await newPage(browser);
    await tp.page.goto(app.url);
    expect(await sqlError(tp.page, `SELECT * FROM read_csv('${csvUrl}')`)).toMatch(/Permission Error/);
    expect(await sqlError(tp.page, `SELECT * FROM read_csv_auto('${csvUrl}')`)).toMatch(/Permission Error/);
    expect(await sqlError(tp.page, `SELECT * FROM read_csv('/upload/../etc/passwd')`)).toMatch(
      /Permission Error|No files found|not exist/,
    );
    expect(await sqlError(tp.page, `ATTACH '${csvUrl}' AS x`)).not.toBeNull();
    // The lockdown cannot be lifted by later SQL.
    expect(await sqlError(tp.page, `SET enable_external_access = true`)).toMatch(/locked|lock/i);
    expect(await sqlError(tp.page, `SET allowed_directories = ['/']`)).toMatch(/locked|lock/i);
    expect(await sqlError(tp.page, `SELECT 42`)).toBeNull();
    expect(csvRequests).toEqual([]);
    expect(sameOrigin(tp.requests, app.url)).toEqual([]);
    await tp.close();
  });

  it('ships a Content-Security-Policy that allows only its own origin', async () => {
    const tp = await newPage(browser);
    await tp.page.goto(app.url);
    const csp = await tp.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:\/\//);
    // A fetch to another origin from the page itself is blocked by it.
    const blocked = await tp.page.evaluate(async (url) => {
      try {
        await fetch(url);
        return false;
      } catch {
        return true;
      }
    }, csvUrl);
    expect(blocked).toBe(true);
    expect(csvRequests).toEqual([]);
    await tp.close();
  });

  it('serves the DuckDB wasm and worker from its own origin', async () => {
    const tp = await newPage(browser);
    await tp.page.goto(app.url);
    await tp.page.waitForSelector('[data-persistence]:not([data-persistence="starting"])');
    const wasm = tp.requests.filter((u) => u.endsWith('.wasm'));
    const workers = tp.requests.filter((u) => /duckdb-browser-(eh|mvp)\.worker.*\.js$/.test(u));
    expect(wasm.length).toBe(1);
    expect(workers.length).toBe(1);
    for (const u of [...wasm, ...workers]) expect(u.startsWith(app.url)).toBe(true);
    expect(sameOrigin(tp.requests, app.url)).toEqual([]);
    await tp.close();
  });
});
