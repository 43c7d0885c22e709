// Browser-test and benchmark harness: a static server, Debian Chromium through playwright-core,
// request recording, file drops and the panel-state wait.
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';

// ---------------------------------------------------------------------------- static server

// prettier-ignore
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm', '.csv': 'text/csv', '.txt': 'text/plain; charset=utf-8', '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  /** Every request the server got, as `METHOD /path?query`, in arrival order. */
  requests: string[];
  close(): Promise<void>;
}

/** The file a request path names inside root, or null when it is malformed or leaves root. */
export function resolveInside(root: string, rawUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent((rawUrl.split(/[?#]/)[0] ?? '/').replaceAll('\\', '/'));
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.split('/').includes('..')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const file = path.resolve(root, '.' + pathname);
  return file.startsWith(root + path.sep) ? file : null;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

async function serveFile(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'method not allowed');
  const file = resolveInside(root, req.url ?? '/');
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) return sendText(res, 404, 'not found');
  res.writeHead(200, {
    'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Static files of dir on a random free port: index.html for `/`, 404 for anything else
 * (directories, `..`, missing files), streamed, never cached. */
export async function startStaticServer(dir = 'dist', host = '127.0.0.1'): Promise<StaticServer> {
  const root = path.resolve(dir);
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method ?? '?'} ${req.url ?? ''}`);
    serveFile(root, req, res).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else sendText(res, 500, String(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------- browser

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const BROWSER_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const launchOptions = (headless = true) => ({
  executablePath: CHROME_PATH,
  headless,
  args: BROWSER_ARGS.filter((a) => headless || a !== '--headless'),
});

/** Debian's Chromium, headless, with the flags this machine needs (no downloads, ever). */
export function launchBrowser(options: { headless?: boolean } = {}): Promise<Browser> {
  return chromium.launch(launchOptions(options.headless));
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Every URL requested by the page, its frames and its workers (deduplicated per request). */
  requests: string[];
  /** Uncaught page errors and console errors, as text. */
  errors: string[];
  /** The profile folder of a persistent context. */
  userDataDir?: string;
  /** Closes the context (and a persistent context's browser); removes a profile we created. */
  close(): Promise<void>;
}

export interface NewPageOptions {
  /** A persistent profile (OPFS, IndexedDB survive reloads): true for a fresh temp folder,
   * or a folder to reuse (e.g. to relaunch on the same profile; never removed by close). */
  persistentDir?: boolean | string;
  timezoneId?: string;
  locale?: string;
  headless?: boolean;
}

/** A fresh page, in a new context of browser or, with persistentDir, in a persistent context
 * (its own browser process: browser may be undefined then). */
export async function newPage(browser: Browser | undefined, options: NewPageOptions = {}): Promise<TestPage> {
  const contextOptions = { timezoneId: options.timezoneId ?? 'Asia/Shanghai', locale: options.locale };
  let context: BrowserContext;
  let userDataDir: string | undefined;
  let ownsDir = false;
  if (options.persistentDir) {
    ownsDir = options.persistentDir === true;
    userDataDir = ownsDir
      ? await mkdtemp(path.join(tmpdir(), 'zhanggui-profile-'))
      : String(options.persistentDir);
    context = await chromium.launchPersistentContext(userDataDir, {
      ...launchOptions(options.headless),
      ...contextOptions,
    });
  } else {
    if (!browser) throw new Error('newPage: a browser is needed without persistentDir');
    context = await browser.newContext(contextOptions);
  }
  const requests: string[] = [];
  const errors: string[] = [];
  const seen = new WeakSet<Request>();
  const record = (request: Request) => {
    if (seen.has(request)) return;
    seen.add(request);
    requests.push(request.url());
  };
  context.on('request', record); // service workers and, in Chromium, dedicated workers too
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('request', record);
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  return {
    page,
    context,
    requests,
    errors,
    userDataDir,
    close: async () => {
      await context.close();
      await removeTempDirs(page);
      if (ownsDir && userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The URLs that left origin; data:, blob:, about: and chrome-extension: URLs are not requests. */
export function sameOrigin(requests: readonly string[], origin: string): string[] {
  const own = new URL(origin).origin;
  return requests.filter((url) => {
    if (/^(data|blob|about|chrome-extension):/i.test(url)) return false;
    try {
      return new URL(url).origin !== own;
    } catch {
      return true;
    }
  });
}

// ---------------------------------------------------------------------------- files

export type DropFile = { name: string; type?: string } & ({ bytes: Buffer | Uint8Array } | { path: string });

/** Files up to this size travel as base64 inside one evaluate call; bigger ones go through disk. */
export const INLINE_LIMIT = 8 * 1024 * 1024;

// Temp folders of big dropped files, by page: a page may read a disk-backed File long after the
// drop, so they go when newPage's close() runs (or, for other pages, when the process exits).
const tempDirs = new Set<string>();
const tempDirsOf = new WeakMap<Page, string[]>();
process.once('exit', () => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function removeTempDirs(page: Page): Promise<void> {
  for (const dir of tempDirsOf.get(page) ?? []) {
    tempDirs.delete(dir);
    await rm(dir, { recursive: true, force: true });
  }
  tempDirsOf.delete(page);
}

function spill(page: Page, name: string, bytes: Uint8Array): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhanggui-drop-'));
  tempDirs.add(dir);
  tempDirsOf.set(page, [...(tempDirsOf.get(page) ?? []), dir]);
  const file = path.join(dir, path.basename(name) || 'file');
  writeFileSync(file, bytes);
  return file;
}

/** Drops files on target with real DragEvents (dragenter, dragover, drop) carrying a DataTransfer.
 * Small byte arrays become in-memory Files via base64; big ones and `path` entries become
 * disk-backed Files, as a real drop gives: Chromium reads them from disk through a temporary
 * hidden file input fed by setInputFiles (paths only cross the protocol, never the bytes).
 * Resolves whether the page accepted the drop (called preventDefault on it). */
export async function dropFiles(page: Page, files: readonly DropFile[], target = 'body'): Promise<boolean> {
  const inline: { index: number; name: string; type: string; base64: string }[] = [];
  const onDisk: { index: number; name: string; type: string; file: string }[] = [];
  files.forEach((f, index) => {
    const type = f.type ?? '';
    if ('path' in f) onDisk.push({ index, name: f.name, type, file: path.resolve(f.path) });
    else if (f.bytes.byteLength <= INLINE_LIMIT)
      inline.push({ index, name: f.name, type, base64: Buffer.from(f.bytes).toString('base64') });
    else onDisk.push({ index, name: f.name, type, file: spill(page, f.name, f.bytes) });
  });
  const input = await page.evaluateHandle(() => {
    const el = document.createElement('input');
    el.type = 'file';
    el.multiple = true;
    el.style.display = 'none';
    for (const type of ['input', 'change']) el.addEventListener(type, (e) => e.stopImmediatePropagation());
    document.documentElement.append(el);
    return el;
  });
  try {
    if (onDisk.length > 0) await input.setInputFiles(onDisk.map((f) => f.file));
    return await input.evaluate(
      (el, { inline, onDisk, total, target }) => {
        const out: File[] = new Array<File>(total);
        for (const f of inline) {
          const bin = atob(f.base64);
          const bytes = new Uint8Array(bin.length);
          for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
          out[f.index] = new File([bytes], f.name, { type: f.type });
        }
        onDisk.forEach((f, i) => {
          const file = el.files?.[i];
          if (!file) throw new Error(`dropFiles: ${f.name} did not reach the page`);
          const same = file.name === f.name && (f.type === '' || f.type === file.type);
          out[f.index] = same ? file : new File([file], f.name, { type: f.type || file.type });
        });
        const dt = new DataTransfer();
        for (let i = 0; i < total; i++) {
          if (!out[i]) throw new Error(`dropFiles: file ${i} is missing`);
          dt.items.add(out[i]);
        }
        const node = document.querySelector(target);
        if (!node) throw new Error(`dropFiles: no element matches ${target}`);
        let accepted = false;
        for (const type of ['dragenter', 'dragover', 'drop']) {
          const init = { bubbles: true, cancelable: true, composed: true, dataTransfer: dt };
          const notCancelled = node.dispatchEvent(new DragEvent(type, init));
          if (type === 'drop') accepted = !notCancelled;
        }
        return accepted;
      },
      {
        inline,
        onDisk: onDisk.map(({ index, name, type }) => ({ index, name, type })),
        total: files.length,
        target,
      },
    );
  } finally {
    await input.evaluate((el) => el.remove()).catch(() => undefined);
    await input.dispose();
  }
}

/** Feeds files on disk to the app's hidden file input: Chromium reads them from disk itself. */
export async function pickFiles(
  page: Page,
  paths: readonly string[],
  selector = '[data-testid="file-input"]',
): Promise<void> {
  await page.locator(selector).setInputFiles(paths.map((p) => path.resolve(p)));
}

// ---------------------------------------------------------------------------- panels

export interface PanelState {
  view: string;
  state: string;
  error: string | null;
}

export function panelStates(page: Page, selector = '[data-view]'): Promise<PanelState[]> {
  return page.$$eval(selector, (els) =>
    els.map((el) => ({
      view: el.getAttribute('data-view') ?? '',
      state: el.getAttribute('data-state') ?? '',
      error:
        (el.getAttribute('data-error') ?? el.querySelector('[role="alert"]')?.textContent ?? '').trim() ||
        null,
    })),
  );
}

export interface WaitForPanelsOptions {
  /** States that count as done (default ready and empty). */
  states?: readonly string[];
  /** States that fail at once (default error). */
  failOn?: readonly string[];
  timeout?: number;
}

/** Waits until at least one element matches and every match has a done data-state. Throws with
 * each panel's state and error text on timeout or when a panel fails. */
export async function waitForPanels(
  page: Page,
  selector = '[data-view]',
  options: WaitForPanelsOptions = {},
): Promise<PanelState[]> {
  const { states = ['ready', 'empty'], failOn = ['error'], timeout = 60_000 } = options;
  let outcome = 'timeout';
  try {
    const handle = await page.waitForFunction(
      ({ selector, states, failOn }) => {
        const found = [...document.querySelectorAll(selector)].map(
          (el) => el.getAttribute('data-state') ?? '',
        );
        if (found.some((s) => failOn.includes(s))) return 'failed';
        return found.length > 0 && found.every((s) => states.includes(s)) ? 'done' : false;
      },
      { selector, states, failOn },
      { timeout, polling: 50 },
    );
    outcome = String(await handle.jsonValue());
  } catch (error) {
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
  }
  const panels = await panelStates(page, selector);
  if (outcome === 'done') return panels;
  const list = panels.map((p) => `${p.view}=${p.state}${p.error ? ` (${p.error})` : ''}`).join(', ');
  throw new Error(
    `waitForPanels: ${outcome === 'failed' ? 'a panel failed' : `not done after ${timeout} ms`}; ` +
      `${selector}: ${list || 'none found'}`,
  );
}
