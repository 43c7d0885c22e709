// Tests of the e2e harness itself, on tiny pages served from a temp folder (no app needed).
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  dropFiles,
  launchBrowser,
  newPage,
  pickFiles,
  sameOrigin,
  startStaticServer,
  waitForPanels,
  type StaticServer,
} from './harness.ts';

// The page lists every dropped (or picked) file with its size and SHA-256, computed in the page.
// As with a real drop, the FileList is empty once the drop event is over: copy it at once.
const PAGE = `<!doctype html><meta charset="utf-8"><title>drop</title><link rel="icon" href="data:,">
<body style="min-height:100vh">
<input type="file" data-testid="file-input" multiple hidden>
<ul id="files"></ul>
<section data-view="a" data-state="loading"></section><section data-view="b" data-state="empty"></section>
<script>
  const list = document.getElementById('files');
  async function show(files) {
    for (const f of files) {
      const digest = await crypto.subtle.digest('SHA-256', await f.arrayBuffer());
      const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
      const li = document.createElement('li');
      li.textContent = f.name + '|' + f.size + '|' + f.type + '|' + hex;
      list.append(li);
    }
    list.dataset.done = String(list.children.length);
  }
  document.body.addEventListener('dragover', (e) => e.preventDefault());
  document.body.addEventListener('drop', (e) => { e.preventDefault(); show([...e.dataTransfer.files]); });
  document.querySelector('[data-testid=file-input]').addEventListener('change', (e) => show([...e.target.files]));
</script>`;

const WORKER = `self.onmessage = async () => { const r = await fetch('./data.json'); postMessage(await r.text()); };`;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A raw GET that Node sends exactly as written (no `..` normalisation, unlike browsers). */
function rawGet(url: string, rawPath: string): Promise<{ status: number; type: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(url);
    const req = request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type']),
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('e2e harness', () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'zhanggui-harness-'));
    writeFileSync(path.join(dir, 'index.html'), PAGE);
    writeFileSync(path.join(dir, 'worker.js'), WORKER);
    writeFileSync(path.join(dir, 'data.json'), '{"ok":true}');
    writeFileSync(path.join(dir, 'tiny.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
    writeFileSync(path.join(dir, 'package.json'), '{"name":"inside"}');
    writeFileSync(path.join(dir, '..', `${path.basename(dir)}-secret.txt`), 'outside');
    server = await startStaticServer(dir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(path.join(dir, '..', `${path.basename(dir)}-secret.txt`), { force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves wasm as application/wasm, index.html for /, 404 otherwise', async () => {
    const wasm = await fetch(`${server.url}/tiny.wasm`);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(
      new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
    );
    const root = await fetch(`${server.url}/`);
    expect(root.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await root.text()).toContain('data-testid="file-input"');
    expect((await fetch(`${server.url}/worker.js`)).headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
    expect(server.requests).toContain('GET /tiny.wasm');
  });

  it('refuses paths that leave the served folder', async () => {
    const secret = `${path.basename(dir)}-secret.txt`;
    for (const p of [
      '/../package.json',
      `/../${secret}`,
      `/%2e%2e/${secret}`,
      `/..%2f${secret}`,
      `/..\\${secret}`,
    ]) {
      const res = await rawGet(server.url, p);
      expect(res.status, p).toBe(404);
      expect(res.body.toString(), p).not.toContain('outside');
    }
    expect((await rawGet(server.url, '/package.json')).body.toString()).toContain('inside');
  });

  it('drops files with their exact bytes: GBK text inline, a big file through disk', async () => {
    const spills = () => readdirSync(tmpdir()).filter((n) => n.startsWith('zhanggui-drop-'));
    const before = spills();
    const t = await newPage(browser);
    try {
      await t.page.goto(server.url);
      const gbk = iconv.encode(
        '订单编号,买家会员名,订单状态\r\n="3360000000000000001",花开半夏,交易成功\r\n',
        'gbk',
      );
      expect(gbk.length).toBeGreaterThan(0);
      expect(gbk.includes(Buffer.from('订单', 'utf8'))).toBe(false); // really GBK, not UTF-8
      const big = randomBytes(12 * 1024 * 1024);
      const accepted = await dropFiles(t.page, [
        { name: 'ExportOrderList202611061030.csv', bytes: gbk, type: 'text/csv' },
        { name: '大文件.bin', bytes: big },
      ]);
      expect(accepted).toBe(true);
      await t.page.waitForSelector('#files[data-done="2"]', { timeout: 20_000 });
      const items = await t.page.$$eval('#files li', (lis) => lis.map((li) => li.textContent ?? ''));
      expect(items).toEqual([
        `ExportOrderList202611061030.csv|${gbk.length}|text/csv|${sha256(gbk)}`,
        `大文件.bin|${big.length}|application/octet-stream|${sha256(big)}`,
      ]);
      expect(t.errors).toEqual([]);
      expect(spills().length).toBe(before.length + 1);
    } finally {
      await t.close();
    }
    expect(spills()).toEqual(before); // the big file's temp folder went with the page
  });

  it('picks files from disk through the hidden file input', async () => {
    const file = path.join(dir, '订单.csv');
    const bytes = iconv.encode('宝贝标题\r\n栖木 北欧风台灯\r\n', 'gbk');
    writeFileSync(file, bytes);
    const t = await newPage(browser);
    try {
      await t.page.goto(server.url);
      await pickFiles(t.page, [file]);
      await t.page.waitForSelector('#files[data-done="1"]', { timeout: 20_000 });
      expect(await t.page.textContent('#files li')).toBe(
        `订单.csv|${bytes.length}|text/csv|${sha256(bytes)}`,
      );
    } finally {
      await t.close();
    }
  });

  it('records same-origin fetches of the page and its workers, and finds foreign ones', async () => {
    const t = await newPage(browser);
    try {
      await t.page.goto(server.url);
      await t.page.evaluate(() => fetch('./data.json?from=page').then((r) => r.text()));
      const fromWorker = await t.page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const worker = new Worker('./worker.js');
            worker.onmessage = (e: MessageEvent<string>) => resolve(e.data);
            worker.postMessage('go');
          }),
      );
      expect(fromWorker).toBe('{"ok":true}');
      await expect.poll(() => t.requests).toContain(`${server.url}/data.json`);
      expect(t.requests).toContain(`${server.url}/data.json?from=page`);
      expect(t.requests).toContain(`${server.url}/worker.js`);
      expect(sameOrigin(t.requests, server.url)).toEqual([]);
      const foreign = [...t.requests, 'https://cdn.example.com/x.js', 'data:text/plain,hi', 'blob:abc'];
      expect(sameOrigin(foreign, server.url)).toEqual(['https://cdn.example.com/x.js']);
    } finally {
      await t.close();
    }
  });

  it('waits for panels, and reports their states when they do not settle', async () => {
    const t = await newPage(browser);
    try {
      await t.page.goto(server.url);
      await expect(waitForPanels(t.page, '[data-view]', { timeout: 300 })).rejects.toThrow(
        /a=loading, b=empty/,
      );
      await t.page.evaluate(() =>
        setTimeout(() => document.querySelector('[data-view=a]')?.setAttribute('data-state', 'ready'), 200),
      );
      expect(await waitForPanels(t.page)).toEqual([
        { view: 'a', state: 'ready', error: null },
        { view: 'b', state: 'empty', error: null },
      ]);
      await t.page.evaluate(() => {
        const a = document.querySelector('[data-view=a]');
        a?.setAttribute('data-state', 'error');
        a?.insertAdjacentHTML('beforeend', '<div role="alert">Binder Error: no such column</div>');
      });
      await expect(waitForPanels(t.page)).rejects.toThrow(/a=error \(Binder Error: no such column\)/);
    } finally {
      await t.close();
    }
  });

  it('keeps OPFS across a reload in a persistent profile', async () => {
    const t = await newPage(undefined, { persistentDir: true });
    try {
      expect(t.userDataDir).toBeTruthy();
      await t.page.goto(server.url);
      await t.page.evaluate(async () => {
        const root = await navigator.storage.getDirectory();
        const handle = await root.getFileHandle('probe.txt', { create: true });
        const w = await handle.createWritable();
        await w.write('掌柜');
        await w.close();
      });
      await t.page.reload();
      const text = await t.page.evaluate(async () => {
        const root = await navigator.storage.getDirectory();
        return (await (await root.getFileHandle('probe.txt')).getFile()).text();
      });
      expect(text).toBe('掌柜');
    } finally {
      await t.close();
    }
  });
});
