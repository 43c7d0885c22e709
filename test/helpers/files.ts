import { readFileSync } from 'node:fs';
import path from 'node:path';

/** A fixture file as the browser would hand it over (Node 20 has File). */
export function fixtureFile(relative: string, name = path.basename(relative)): File {
  return new File([readFileSync(path.join('test/fixtures', relative))], name);
}
