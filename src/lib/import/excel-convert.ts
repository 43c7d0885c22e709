/** A spreadsheet as a CSV File of the same name: in a worker in the browser, inline elsewhere (tests). */
export async function excelAsCsvFile(file: File): Promise<File> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // SheetJS stays out of the page's bundle: a worker in the browser, a dynamic import elsewhere.
  const csv =
    typeof window === 'undefined' ? (await import('./excel.ts')).excelToCsv(bytes) : await inWorker(bytes);
  return new File([csv], file.name, { type: 'text/csv' });
}

function inWorker(bytes: Uint8Array): Promise<string> {
  const worker = new Worker(new URL('./excel-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<string>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ csv?: string; error?: string }>) => {
      if (e.data.error !== undefined) reject(new Error(e.data.error));
      else resolve(e.data.csv ?? '');
    };
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage(bytes, [bytes.buffer]);
  }).finally(() => worker.terminate());
}
