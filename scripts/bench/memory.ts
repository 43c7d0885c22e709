// Memory of a headless Chromium run: RSS of the browser's process tree from `ps` (the dedicated
// worker that runs DuckDB-WASM lives in the renderer process, so its wasm memory shows there), and
// the page's main-thread JS heap from CDP Performance.getMetrics (JSHeapUsedSize).
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';

const run = promisify(execFile);

interface Proc {
  pid: number;
  ppid: number;
  rssKb: number;
  args: string;
}

async function listProcesses(): Promise<Proc[]> {
  const { stdout } = await run('ps', ['-e', '-o', 'pid=,ppid=,rss=,args='], { maxBuffer: 16 * 1024 * 1024 });
  return stdout
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ pid: Number(m[1]), ppid: Number(m[2]), rssKb: Number(m[3]), args: m[4] }));
}

/** Proportional set size (shared pages split between their users), or null where /proc lacks it. */
async function pssKb(pid: number): Promise<number | null> {
  const text = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '');
  const m = /^Pss:\s+(\d+) kB/m.exec(text);
  return m ? Number(m[1]) : null;
}

export interface MemoryPeaks {
  /** Peak of the summed RSS of the browser and all its child processes (shared pages counted in
   * every process that maps them: an overestimate). */
  browserTreeRssMb: number | null;
  /** Peak of the summed PSS of the same processes (shared pages split): the better total. */
  browserTreePssMb: number | null;
  /** Peak RSS of the largest renderer process (page + its workers, incl. wasm memory). */
  rendererRssMb: number | null;
  /** Peak main-thread JS heap of the page (CDP JSHeapUsedSize; not the worker, not wasm). */
  pageJsHeapMb: number | null;
  samples: number;
}

/** Samples every intervalMs until stop(); the browser is found by its --user-data-dir. */
export function sampleMemory(page: Page, userDataDir: string | undefined, intervalMs = 250) {
  const peaks: MemoryPeaks = {
    browserTreeRssMb: null,
    browserTreePssMb: null,
    rendererRssMb: null,
    pageJsHeapMb: null,
    samples: 0,
  };
  const max = (a: number | null, b: number) => (a === null ? b : Math.max(a, b));
  let stopped = false;
  let psWorks = true;
  const cdp = page.context().newCDPSession(page);
  const cdpReady = cdp.then(async (session) => {
    await session.send('Performance.enable');
    return session;
  });

  async function sampleProcesses(): Promise<void> {
    if (!psWorks || !userDataDir) return;
    try {
      const procs = await listProcesses();
      const root = procs.find(
        (p) =>
          p.args.includes(`--user-data-dir=${userDataDir}`) &&
          !p.args.includes('--type=') &&
          !procs.some((q) => q.pid === p.ppid && q.args.includes(`--user-data-dir=${userDataDir}`)),
      );
      if (!root) return;
      const tree = new Set([root.pid]);
      for (let grew = true; grew;) {
        grew = false;
        for (const p of procs)
          if (!tree.has(p.pid) && tree.has(p.ppid)) {
            tree.add(p.pid);
            grew = true;
          }
      }
      const members = procs.filter((p) => tree.has(p.pid));
      peaks.browserTreeRssMb = max(peaks.browserTreeRssMb, members.reduce((s, p) => s + p.rssKb, 0) / 1024);
      const pss = await Promise.all(members.map((p) => pssKb(p.pid)));
      if (pss.every((v) => v !== null))
        peaks.browserTreePssMb = max(peaks.browserTreePssMb, pss.reduce((s, v) => s + (v ?? 0), 0) / 1024);
      const renderers = members.filter((p) => p.args.includes('--type=renderer')).map((p) => p.rssKb / 1024);
      if (renderers.length > 0) peaks.rendererRssMb = max(peaks.rendererRssMb, Math.max(...renderers));
    } catch {
      psWorks = false;
    }
  }

  async function sampleHeap(): Promise<void> {
    try {
      const session = await cdpReady;
      const { metrics } = await session.send('Performance.getMetrics');
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize');
      if (used) peaks.pageJsHeapMb = max(peaks.pageJsHeapMb, used.value / 1024 / 1024);
    } catch {
      // the page may be navigating or closing; the next sample will tell
    }
  }

  const loop = (async () => {
    while (!stopped) {
      await Promise.all([sampleProcesses(), sampleHeap()]);
      peaks.samples++;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();

  return {
    peaks,
    async stop(): Promise<MemoryPeaks> {
      stopped = true;
      await loop;
      await cdpReady.then((s) => s.detach()).catch(() => undefined);
      return peaks;
    },
  };
}
