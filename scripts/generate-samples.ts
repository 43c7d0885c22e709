/** `npm run samples`: writes the demo shop's exports to public/samples/ (see scripts/samples/). */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeSamples } from './samples/index.ts';

const started = performance.now();
const dir = resolve(import.meta.dirname, '..', 'public', 'samples');
const manifest = writeSamples(dir);
const total = manifest.files.reduce((s, f) => s + f.bytes, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `samples: ${manifest.files.length} files, ${(total / 1e6).toFixed(1)} MB in ${dir} (${seconds} s)`,
);
