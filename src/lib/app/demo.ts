import { ADAPTERS } from '../import/adapters/index.ts';
import { ImportError } from '../import/errors.ts';
import { sniffFile } from '../import/sniff.ts';

interface Manifest {
  files: { name: string; platform: string; report: string; title: string }[];
}

/** The demo exports in public/samples/, fetched from our own origin as Files, so that loading
 * the demo goes through exactly the import path a dropped file takes. Files no importer knows
 * yet are counted, not imported. */
export async function fetchDemoFiles(
  base = import.meta.env.BASE_URL,
): Promise<{ files: File[]; skipped: number }> {
  const res = await fetch(`${base}samples/manifest.json`);
  if (!res.ok) throw new Error(`samples/manifest.json: HTTP ${res.status} (run npm run samples)`);
  const manifest = (await res.json()) as Manifest;
  const files: File[] = [];
  let skipped = 0;
  for (const entry of manifest.files) {
    const r = await fetch(`${base}samples/${encodeURIComponent(entry.name)}`);
    if (!r.ok) throw new Error(`samples/${entry.name}: HTTP ${r.status}`);
    const file = new File([await r.blob()], entry.name);
    try {
      await sniffFile(file, ADAPTERS);
      files.push(file);
    } catch (err) {
      if (!(err instanceof ImportError)) throw err;
      skipped++;
    }
  }
  return { files, skipped };
}
