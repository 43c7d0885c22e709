// npm run bench: DESIGN §8's import target. (0) a Taobao order export of --rows lines, UTF-8 and
// GBK, cached in bench-out/; (a) native DuckDB loads the UTF-8 file cleaned as an import does and
// runs the overview aggregations; (b) the built app in headless Chromium imports each file until
// every overview panel is ready. Prints a table with app/native ratios, writes bench-out/results.json
// (and results-<rows>.json).
// Every step has a time limit and the whole run a watchdog, so it always ends by itself.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { HOOKS, benchApp, ensureDist, type AppSummary } from './bench/app.ts';
import { ensureBenchFiles } from './bench/data.ts';
import { benchNative, type NativeSummary } from './bench/native.ts';
import { mb, ms, ratio, table } from './bench/stats.ts';

const HELP = `npm run bench -- [options]
  --rows N           order lines per file (default 1000000)
  --runs N           runs per measurement, medians reported (default 3)
  --only native|app  run one part only (app alone reuses the native figures of results-<rows>.json)
  --build            rebuild dist/ first (default: build only when dist/index.html is missing)
  --run-timeout S    limit of one run, seconds (default 600)
  --max-minutes M    watchdog for the whole benchmark (default 90)
  --seed N           generator seed (default 20261120)
The app must provide: ${Object.entries(HOOKS)
  .map(([k, v]) => `${k} ${v}`)
  .join('; ')}.`;

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    build: { type: 'boolean', default: false },
    'run-timeout': { type: 'string', default: '600' },
    'max-minutes': { type: 'string', default: '90' },
    seed: { type: 'string', default: '20261120' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
const rows = Number(args.rows);
const runs = Number(args.runs);
const runTimeoutMs = Number(args['run-timeout']) * 1000;
if (!(rows > 0 && runs > 0 && runTimeoutMs > 0)) throw new Error(`bad options\n${HELP}`);
const OUT = 'bench-out';

const watchdog = setTimeout(
  () => {
    console.error(`bench: over ${args['max-minutes']} minutes, stopping`);
    process.exit(2);
  },
  Number(args['max-minutes']) * 60_000,
);
watchdog.unref();

interface Results {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  rows: number;
  runs: number;
  files: Awaited<ReturnType<typeof ensureBenchFiles>>;
  native: NativeSummary[];
  app: AppSummary[];
  ratios: Record<string, number>;
  errors: string[];
}

async function main(): Promise<number> {
  mkdirSync(OUT, { recursive: true });
  const results: Results = {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '?',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    rows,
    runs,
    files: [],
    native: [],
    app: [],
    ratios: {},
    errors: [],
  };
  const save = () => {
    const json = JSON.stringify(results, null, 2);
    writeFileSync(path.join(OUT, 'results.json'), json);
    writeFileSync(path.join(OUT, `results-${rows}.json`), json);
  };

  console.log('(0) input files');
  results.files = await ensureBenchFiles(OUT, rows, Number(args.seed));
  for (const f of results.files)
    console.log(
      `  ${f.encoding}: ${f.path}, ${mb(f.bytes / 1e6)}${f.cached ? ' (cached)' : ''}, ${f.generator}`,
    );
  const utf8 = results.files.find((f) => f.encoding === 'utf-8');
  if (!utf8) throw new Error('no UTF-8 file');

  if (args.only !== 'app') {
    console.log('(a) native DuckDB (@duckdb/node-api), UTF-8 file');
    for (const threads of [undefined, 1]) {
      const label = threads ? `native, ${threads} thread` : 'native, default threads';
      try {
        results.native.push(await benchNative(utf8.path, { threads, runs, timeoutMs: runTimeoutMs, label }));
      } catch (error) {
        results.errors.push(`${label}: ${error instanceof Error ? error.message : String(error)}`);
        console.error(`  ${label}: ${results.errors.at(-1)}`);
      }
      save();
    }
  }

  if (args.only === 'app') {
    // Compare with the native figures of the last full run on the same file, when there is one.
    const last = path.join(OUT, `results-${rows}.json`);
    const previous = existsSync(last) ? (JSON.parse(readFileSync(last, 'utf8')) as Partial<Results>) : null;
    if (previous?.rows === rows && previous.native?.length) {
      results.native = previous.native.map((n) => ({
        ...n,
        label: `${n.label} (from ${previous.startedAt})`,
      }));
      console.log(`  native figures reused from ${last} (${previous.startedAt})`);
    }
  }

  if (args.only !== 'native') {
    console.log('(b) the app in headless Chromium (dist/), GBK and UTF-8 files through the file input');
    try {
      ensureDist(args.build, 5 * 60_000);
      const ordered = ['gbk', 'utf-8'].flatMap((e) => results.files.filter((f) => f.encoding === e));
      results.app = await benchApp(ordered, { runs, timeoutMs: runTimeoutMs });
    } catch (error) {
      results.errors.push(`app: ${error instanceof Error ? error.message : String(error)}`);
      console.error(`  ${results.errors.at(-1)}`);
    }
  }

  const base = results.native[0];
  for (const app of results.app)
    if (base) results.ratios[`app ${app.encoding} / ${base.label}`] = app.importToReadyMs / base.totalMs;
  save();
  report(results);
  return results.errors.length > 0 ? 1 : 0;
}

function report(r: Results): void {
  const header = ['', 'load', 'queries', 'load+queries', 'ratio', 'peak memory'];
  const base = r.native[0];
  const lines: string[][] = r.native.map((n) => [
    `${n.label} (DuckDB ${n.duckdb}, ${n.threads} thr)`,
    ms(n.loadMs),
    ms(n.queriesMs),
    ms(n.totalMs),
    base ? ratio(n.totalMs / base.totalMs) : '—',
    `${mb(n.peakRssMb)} RSS`,
  ]);
  for (const a of r.app)
    lines.push([
      `app, ${a.encoding} file → all panels ready`,
      '—',
      '—',
      ms(a.importToReadyMs),
      base ? ratio(a.importToReadyMs / base.totalMs) : '—',
      `${mb(a.memory.rendererRssMb)} renderer RSS, ${mb(a.memory.browserTreePssMb)} browser PSS, ` +
        `${mb(a.memory.pageJsHeapMb)} page heap`,
    ]);
  console.log(
    `\n${r.rows.toLocaleString('en')} order lines, medians of ${r.runs} run(s), ${r.machine.cpus} cores`,
  );
  console.log(table(header, lines));
  if (base) {
    console.log(
      `native queries: ${Object.entries(base.queryMs)
        .map(([k, v]) => `${k} ${ms(v)}`)
        .join(', ')}`,
    );
    console.log(
      `native views (kpi_overview + kpi_daily): ${base.viewsMs === null ? base.viewsError : ms(base.viewsMs)}`,
    );
  }
  for (const a of r.app)
    if (a.engineReadyMs !== null) console.log(`app engine ready after page load: ${ms(a.engineReadyMs)}`);
  console.log('target (DESIGN §8): app ≤ 3.00× native load+queries');
  if (r.errors.length > 0) console.log(`errors:\n  ${r.errors.join('\n  ')}`);
  console.log(`written: ${path.join(OUT, 'results.json')}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
