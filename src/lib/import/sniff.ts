import { detectDelimiter, parseDelimited } from './csv-head.ts';
import { decodeHead, detectEncoding, type TextEncodingName } from './encoding.ts';
import { ImportError } from './errors.ts';
import { excelKind } from './excel-sniff.ts';
import { detectReport, type Detection } from './detect.ts';
import type { ReportAdapter } from './report.ts';

export const HEAD_BYTES = 64 * 1024;

export interface Sniffed {
  encoding: TextEncodingName;
  delimiter: string;
  detection: Detection;
}

/** Read the head of a file and decide encoding, delimiter, header row and report; refuse what
 * cannot be imported with a reason the user can act on. */
export async function sniffFile(file: Blob, adapters: ReportAdapter[]): Promise<Sniffed> {
  if (file.size === 0) throw new ImportError('empty');
  const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  // Spreadsheets are converted to CSV before sniffing (load.ts); one reaching here is unreadable.
  if (excelKind(head)) throw new ImportError('excel');
  if (head.includes(0)) throw new ImportError('binary');
  const encoding = detectEncoding(head);
  const text = decodeHead(head, encoding);
  if (text.trim() === '') throw new ImportError('empty');
  const delimiter = detectDelimiter(text);
  const records = parseDelimited(text, delimiter, 40);
  const { match, nearest } = detectReport(records, adapters);
  if (!match) {
    throw new ImportError('unknown_report', {
      nearest: nearest && nearest.confidence > 0.2 ? nearest.adapter.title : undefined,
      missing: nearest?.missing,
    });
  }
  return { encoding, delimiter, detection: match };
}
