// Part (a): native DuckDB (@duckdb/node-api), each run in a fresh child process with a time limit.
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { NativeRunInput, NativeRunResult } from './native-run.ts';
import { ensureNodeApi } from './node-api.ts';
import { median } from './stats.ts';

export interface NativeSummary {
  label: string;
  threads: string;
  duckdb: string;
  runs: NativeRunResult[];
  loadMs: number;
  queriesMs: number;
  totalMs: number;
  viewsMs: number | null;
  viewsError: string | null;
  peakRssMb: number;
  queryMs: Record<string, number>;
  checks: Record<string, number>;
}

const RUNNER = path.resolve('scripts/bench/native-run.ts');

/** One run in a child process; killed (and rejected) after timeoutMs. */
export function spawnNativeRun(input: NativeRunInput, timeoutMs: number): Promise<NativeRunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', RUNNER, JSON.stringify(input)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`native run took over ${timeoutMs} ms: killed`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      if (code === 0 && line) resolve(JSON.parse(line.slice('RESULT '.length)) as NativeRunResult);
      else reject(new Error(`native run failed (${signal ?? code}): ${err.trim().slice(-2000)}`));
    });
  });
}

export async function benchNative(
  csv: string,
  options: { threads?: number; runs: number; timeoutMs: number; label: string },
): Promise<NativeSummary> {
  ensureNodeApi();
  const runs: NativeRunResult[] = [];
  for (let i = 0; i < options.runs; i++) {
    const run = await spawnNativeRun({ csv, threads: options.threads }, options.timeoutMs);
    console.log(
      `  ${options.label} run ${i + 1}/${options.runs}: load ${run.loadMs.toFixed(0)} ms, ` +
        `queries ${run.queriesMs.toFixed(0)} ms, peak RSS ${run.peakRssMb.toFixed(0)} MB`,
    );
    runs.push(run);
  }
  const first = runs[0];
  const queryMs = Object.fromEntries(
    Object.keys(first.queryMs).map((name) => [name, median(runs.map((r) => r.queryMs[name]))]),
  );
  const views = runs.map((r) => r.viewsMs).filter((v): v is number => v !== null);
  return {
    label: options.label,
    threads: first.threads,
    duckdb: first.duckdb,
    runs,
    loadMs: median(runs.map((r) => r.loadMs)),
    queriesMs: median(runs.map((r) => r.queriesMs)),
    totalMs: median(runs.map((r) => r.loadMs + r.queriesMs)),
    viewsMs: views.length > 0 ? median(views) : null,
    viewsError: first.viewsError,
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    queryMs,
    checks: first.checks,
  };
}
