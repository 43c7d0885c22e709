// Step 0: the benchmark's input files, a Taobao order export of `rows` lines in UTF-8 and in GBK,
// generated once into bench-out/ and reused while file size and generator settings match.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeTaobaoOrderCsvFile, type TaobaoCsvOptions } from '../samples/taobao-orders.ts';

export type Encoding = TaobaoCsvOptions['encoding'];
type Writer = (file: string, options: TaobaoCsvOptions) => Promise<unknown>;

export interface BenchFile {
  encoding: Encoding;
  path: string;
  bytes: number;
  generator: string;
  cached: boolean;
  generateMs: number;
}

/** The demo data's own generator, so the benchmark file has the real export's header and quirks. */
async function loadWriter(): Promise<{ name: string; write: Writer }> {
  return { name: 'scripts/samples/taobao-orders.ts', write: async (f, o) => writeTaobaoOrderCsvFile(f, o) };
}

interface Meta {
  rows: number;
  encoding: Encoding;
  seed: number;
  generator: string;
  bytes: number;
}

export async function ensureBenchFiles(outDir: string, rows: number, seed: number): Promise<BenchFile[]> {
  const writer = await loadWriter();
  const files: BenchFile[] = [];
  for (const encoding of ['utf-8', 'gbk'] as const) {
    const file = path.join(outDir, `ExportOrderList-${rows}-${encoding}.csv`);
    const metaFile = `${file}.meta.json`;
    const want = { rows, encoding, seed, generator: writer.name };
    const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as Meta) : null;
    const size = existsSync(file) ? statSync(file).size : -1;
    const same =
      meta !== null &&
      meta.bytes === size &&
      meta.rows === rows &&
      meta.encoding === encoding &&
      meta.seed === seed &&
      meta.generator === writer.name;
    if (same) {
      files.push({ encoding, path: file, bytes: size, generator: writer.name, cached: true, generateMs: 0 });
      continue;
    }
    process.stdout.write(
      `bench: generating ${rows.toLocaleString('en')} lines, ${encoding}, with ${writer.name} … `,
    );
    const started = performance.now();
    await writer.write(file, { rows, encoding, seed });
    const generateMs = performance.now() - started;
    const bytes = statSync(file).size;
    writeFileSync(metaFile, JSON.stringify({ ...want, bytes } satisfies Meta, null, 2));
    console.log(`${(bytes / 1e6).toFixed(0)} MB in ${(generateMs / 1000).toFixed(1)} s`);
    files.push({ encoding, path: file, bytes, generator: writer.name, cached: false, generateMs });
  }
  return files;
}
