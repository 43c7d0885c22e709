import { ADAPTERS } from '../import/adapters/index.ts';

interface Manifest {
  files: { name: string; platform: string; report: string; title: string }[];
}

/** The demo exports in public/samples/, fetched from our own origin as Files, so that loading
 * the demo goes through exactly the import path a dropped file takes. Reports no importer knows
 * yet are counted, not fetched. */
export async function fetchDemoFiles(
  base = import.meta.env.BASE_URL,
): Promise<{ files: File[]; skipped: number }> {
  const res = await fetch(`${base}samples/manifest.json`);
  if (!res.ok) throw new Error(`samples/manifest.json: HTTP ${res.status} (run npm run samples)`);
  const manifest = (await res.json()) as Manifest;
  const known = new Set(ADAPTERS.map((a) => a.id));
  const wanted = manifest.files.filter((f) => known.has(f.report));
  const files = await Promise.all(
    wanted.map(async (entry) => {
      const r = await fetch(`${base}samples/${encodeURIComponent(entry.name)}`);
      if (!r.ok) throw new Error(`samples/${entry.name}: HTTP ${r.status}`);
      return new File([await r.blob()], entry.name);
    }),
  );
  return { files, skipped: manifest.files.length - wanted.length };
}
