// Part (b): the built app in headless Chromium. Each run: a fresh persistent profile (OPFS works,
// nothing left from an earlier run), open the app, wait for the engine and for the overview's
// panels to settle empty, feed the file through the hidden file input, and time until every
// [data-view] panel is data-state="ready".
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { newPage, panelStates, pickFiles, startStaticServer, waitForPanels } from '../../test/e2e/harness.ts';
import { sampleMemory, type MemoryPeaks } from './memory.ts';
import { median } from './stats.ts';

/** The app's hooks this benchmark relies on (see the report in scripts/bench.ts --help). */
export const HOOKS = {
  fileInput: '[data-testid="file-input"]',
  engineReady: '[data-engine="ready"]',
  engineFailed: '[data-engine="error"]',
  importFailed: '[data-import-status="failed"]',
  panels: '[data-view]',
} as const;

export interface AppRun {
  importToReadyMs: number;
  engineReadyMs: number | null;
  panels: { view: string; state: string }[];
  memory: MemoryPeaks;
  notes: string[];
}

export interface AppSummary {
  encoding: string;
  runs: AppRun[];
  importToReadyMs: number;
  engineReadyMs: number | null;
  memory: MemoryPeaks;
}

/** Builds dist/ when it is missing (or when asked), bounded in time. */
export function ensureDist(force: boolean, timeoutMs: number): void {
  if (!force && existsSync('dist/index.html')) return;
  console.log('bench: building the app (npx vite build) …');
  const result = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit', timeout: timeoutMs });
  if (result.status !== 0 || !existsSync('dist/index.html'))
    throw new Error(`vite build failed (${result.signal ?? result.status})`);
}

async function appRun(url: string, csv: string, timeoutMs: number): Promise<AppRun> {
  const notes: string[] = [];
  const t = await newPage(undefined, { persistentDir: true });
  const memory = sampleMemory(t.page, t.userDataDir);
  try {
    const opened = performance.now();
    await t.page.goto(url, { timeout: 30_000 });
    await t.page.locator(HOOKS.fileInput).waitFor({ state: 'attached', timeout: 30_000 });
    let engineReadyMs: number | null = null;
    try {
      await t.page
        .locator(`${HOOKS.engineReady}, ${HOOKS.engineFailed}`)
        .first()
        .waitFor({ state: 'attached', timeout: 30_000 });
      if ((await t.page.locator(HOOKS.engineFailed).count()) > 0)
        throw new Error('the app reports an engine error');
      engineReadyMs = performance.now() - opened;
    } catch (error) {
      if (error instanceof Error && error.message.includes('engine error')) throw error;
      notes.push(
        `no ${HOOKS.engineReady} hook within 30 s: the import time includes the rest of engine start`,
      );
    }
    const before = await waitForPanels(t.page, HOOKS.panels, { timeout: 30_000 }).catch(() => null);
    if (!before) notes.push('panels did not settle before the import');
    else if (before.every((p) => p.state === 'ready'))
      notes.push('all panels were already ready before the import: the timing is not trustworthy');

    const started = performance.now();
    await pickFiles(t.page, [csv], HOOKS.fileInput);
    const failed = t.page
      .locator(HOOKS.importFailed)
      .first()
      .waitFor({ state: 'attached', timeout: timeoutMs })
      .then(async () => {
        throw new Error(
          `import failed: ${(await t.page.locator(HOOKS.importFailed).first().innerText()).slice(0, 500)}`,
        );
      });
    failed.catch(() => undefined); // settles (rejects) when the page closes
    const panels = await Promise.race([
      waitForPanels(t.page, HOOKS.panels, { states: ['ready'], timeout: timeoutMs }),
      failed,
    ]);
    const importToReadyMs = performance.now() - started;
    if (t.errors.length > 0) notes.push(...t.errors.slice(0, 5));
    return {
      importToReadyMs,
      engineReadyMs,
      panels: panels.map(({ view, state }) => ({ view, state })),
      memory: await memory.stop(),
      notes,
    };
  } catch (error) {
    const states = await panelStates(t.page).catch(() => []);
    const detail = states.map((p) => `${p.view}=${p.state}`).join(', ');
    throw new Error(
      `${error instanceof Error ? error.message : String(error)} [panels: ${detail || 'none'}]`,
      {
        cause: error,
      },
    );
  } finally {
    await memory.stop();
    await t.close().catch(() => undefined);
  }
}

export async function benchApp(
  files: { encoding: string; path: string }[],
  options: { runs: number; timeoutMs: number; dir?: string },
): Promise<AppSummary[]> {
  const server = await startStaticServer(options.dir ?? 'dist');
  try {
    const out: AppSummary[] = [];
    for (const file of files) {
      const runs: AppRun[] = [];
      for (let i = 0; i < options.runs; i++) {
        const run = await appRun(`${server.url}/`, file.path, options.timeoutMs);
        console.log(
          `  app ${file.encoding} run ${i + 1}/${options.runs}: ${run.importToReadyMs.toFixed(0)} ms to ready, ` +
            `renderer RSS ${run.memory.rendererRssMb?.toFixed(0) ?? '?'} MB` +
            (run.notes.length ? ` (${run.notes.join('; ')})` : ''),
        );
        runs.push(run);
      }
      const peak = (pick: (m: MemoryPeaks) => number | null) => {
        const values = runs.map((r) => pick(r.memory)).filter((v): v is number => v !== null);
        return values.length > 0 ? Math.max(...values) : null;
      };
      const engine = runs.map((r) => r.engineReadyMs).filter((v): v is number => v !== null);
      out.push({
        encoding: file.encoding,
        runs,
        importToReadyMs: median(runs.map((r) => r.importToReadyMs)),
        engineReadyMs: engine.length > 0 ? median(engine) : null,
        memory: {
          browserTreeRssMb: peak((m) => m.browserTreeRssMb),
          browserTreePssMb: peak((m) => m.browserTreePssMb),
          rendererRssMb: peak((m) => m.rendererRssMb),
          pageJsHeapMb: peak((m) => m.pageJsHeapMb),
          samples: runs.reduce((s, r) => s + r.memory.samples, 0),
        },
      });
    }
    return out;
  } finally {
    await server.close();
  }
}
