/// <reference lib="webworker" />
/** Parses a spreadsheet off the page's thread: a 100 MB xlsx takes seconds and must not freeze the tab. */
import { excelToCsv } from './excel.ts';

self.onmessage = (e: MessageEvent<Uint8Array>) => {
  try {
    self.postMessage({ csv: excelToCsv(e.data) });
  } catch (err) {
    self.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
};
