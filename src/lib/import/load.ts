import type { Engine, Session } from '../engine/types.ts';
import { ADAPTERS } from './adapters/index.ts';
import { transcodeToUtf8 } from './encoding.ts';
import { excelAsCsvFile } from './excel-convert.ts';
import { excelKind } from './excel-sniff.ts';
import { ImportError } from './errors.ts';
import { fileHash } from './hash.ts';
import { shanghaiNow } from './local-time.ts';
import type { ReportAdapter } from './report.ts';
import { reportPeriod } from './period.ts';
import { sniffFile, type Sniffed } from './sniff.ts';
import { bindPlaceholders, columnRef, keyJoin, readCsvSql, selectForTarget } from './stage-sql.ts';

export type ImportPhase = 'reading' | 'loading' | 'done';

export interface ImportProgress {
  phase: ImportPhase;
  bytesRead: number;
  totalBytes: number;
}

export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
  signal?: AbortSignal;
  adapters?: ReportAdapter[];
}

export interface ImportResult {
  status: 'imported' | 'duplicate';
  importId: string;
  fileName: string;
  platform: string;
  report: string;
  reportTitle: { zh: string; en: string };
  encoding: string;
  headerRow: number;
  confidence: number;
  rowsRead: number;
  rowsInserted: number;
  rowsReplaced: number;
  rowsRejected: number;
  durationMs: number;
  importedAt: string;
}

const newImportId = () =>
  'imp_' +
  [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');

const count = async (tx: Session, sql: string, params: string[] = []) =>
  Number((await tx.query(sql, params)).rows[0].n);

function checkCancelled(signal?: AbortSignal) {
  if (signal?.aborted) throw new ImportError('cancelled');
}

/** Make the file readable by DuckDB as UTF-8 under /upload/. */
async function register(engine: Engine, file: File, name: string, sniffed: Sniffed, options: ImportOptions) {
  const report = (bytesRead: number) =>
    options.onProgress?.({ phase: 'reading', bytesRead, totalBytes: file.size });
  if (sniffed.encoding === 'gb18030') {
    return engine.registerBytes(name, await transcodeToUtf8(file, report, options.signal));
  }
  report(file.size);
  if (engine.registerFile) return engine.registerFile(name, file);
  return engine.registerBytes(name, new Uint8Array(await file.arrayBuffer()));
}

/** Everything of one import happens in one transaction: all of it lands or none of it. Exported
 * for the benchmark, which runs the same SQL on native DuckDB. */
export async function loadInTransaction(
  tx: Session,
  path: string,
  sniffed: Sniffed,
  values: Record<string, string>,
  signal?: AbortSignal,
) {
  const { adapter, header, headerIndex } = sniffed.detection;
  const { ref, used } = columnRef(sniffed.detection);
  const skip = headerIndex + 1;
  const stageSql = adapter.stage(ref);
  // Read only the columns the adapter uses; drop trailing tabs as they are read, then strip
  // each cell once in a projection of its own (so no cleaner runs twice); rowid keeps file order.
  const cols = [...used];
  const detabbed = cols.map((i) => `detab(c${i}) AS c${i}`).join(', ');
  const stripped = cols.map((i) => `strip_detabbed(c${i}) AS c${i}`).join(', ');
  const cleaned = cols.map((i) => `null_token(c${i}) AS c${i}`).join(', ');
  await tx.exec('DROP TABLE IF EXISTS temp.raw; DROP TABLE IF EXISTS temp.stage');
  await tx.exec(`CREATE TEMP TABLE raw AS
    SELECT ${detabbed} FROM ${readCsvSql(path, header.length, skip, sniffed.delimiter)}`);
  checkCancelled(signal);
  const salt = String(
    (await tx.query(`SELECT value FROM meta WHERE key = 'buyer_salt'`)).rows[0]?.value ?? '',
  );
  const period = reportPeriod(sniffed.detection.preamble, values.source_file);
  const stage = bindPlaceholders(stageSql, {
    ...values,
    salt,
    period_start: period?.start ?? '',
    period_end: period?.end ?? '',
  });
  // Rows written inside a transaction get rowids from 2^55 up: the first one is the first line.
  const first = String((await tx.query('SELECT min(rowid)::VARCHAR AS r FROM raw')).rows[0].r ?? '0');
  if (!/^\d+$/.test(first)) throw new Error(`unexpected rowid ${first}`);
  await tx.query(
    `CREATE TEMP TABLE stage AS SELECT (rowid - ${first} + ${skip + 1})::BIGINT AS row_no, ${stage.sql} FROM (SELECT rowid, ${cleaned} FROM (SELECT rowid, ${stripped} FROM raw))`,
    stage.params,
  );
  await tx.exec('DROP TABLE temp.raw');
  checkCancelled(signal);
  if (adapter.skip) await tx.exec(`DELETE FROM stage WHERE coalesce(${adapter.skip}, false)`);
  const rowsRead = await count(tx, 'SELECT count(*) AS n FROM stage');
  if (rowsRead === 0) throw new ImportError('no_rows');

  for (const rule of adapter.rejects) {
    const columnName = header[sniffed.detection.columns[rule.field]]?.trim() ?? rule.field;
    await tx.query(
      `INSERT INTO import_rejects (import_id, row_no, column_name, value, reason, reason_en)
       SELECT ?, row_no, ?, ${rule.value}, ?, ? FROM stage WHERE coalesce(${rule.when}, false)`,
      [values.import_id, columnName, rule.reason.zh, rule.reason.en],
    );
  }
  const rejected = adapter.rejects.map((r) => `coalesce(${r.when}, false)`).join(' OR ') || 'false';
  await tx.exec(`CREATE OR REPLACE TEMP TABLE accepted AS SELECT * FROM stage WHERE NOT (${rejected})`);
  const rowsRejected = await count(tx, `SELECT count(DISTINCT row_no) AS n FROM stage WHERE ${rejected}`);

  let rowsInserted = 0;
  let rowsReplaced = 0;
  for (const [i, target] of adapter.targets.entries()) {
    checkCancelled(signal);
    // Within one file the last row of a key wins, as a later export would.
    const { sql, params } = bindPlaceholders(selectForTarget(target), values);
    await tx.query(
      `CREATE OR REPLACE TEMP TABLE incoming AS
       SELECT * EXCLUDE (row_no) FROM (${
         target.groupBy
           ? `SELECT max(row_no) AS row_no, ${sql} FROM accepted GROUP BY ${target.groupBy.join(', ')}`
           : `SELECT row_no, ${sql} FROM accepted`
       })
       QUALIFY row_number() OVER (PARTITION BY ${target.key.join(', ')} ORDER BY row_no DESC) = 1`,
      params,
    );
    const replaced = await count(
      tx,
      `SELECT count(*) AS n FROM ${target.table} t JOIN incoming i ON ${keyJoin(target, 't', 'i')}`,
    );
    await tx.exec(`DELETE FROM ${target.table} USING incoming i WHERE ${keyJoin(target, target.table, 'i')}`);
    const cols = Object.keys(target.columns).join(', ');
    await tx.exec(`INSERT INTO ${target.table} (${cols}) SELECT ${cols} FROM incoming`);
    if (i === 0) {
      const incoming = await count(tx, 'SELECT count(*) AS n FROM incoming');
      rowsReplaced = replaced;
      rowsInserted = incoming - replaced;
    }
  }
  for (const sql of adapter.afterLoad ?? []) await tx.exec(sql);
  await tx.exec(
    'DROP TABLE IF EXISTS temp.incoming; DROP TABLE IF EXISTS temp.accepted; DROP TABLE IF EXISTS temp.stage',
  );
  return { rowsRead, rowsInserted, rowsReplaced, rowsRejected };
}

/** An .xls/.xlsx file as CSV text (null for anything else). */
async function readSpreadsheet(file: File): Promise<{ kind: 'xls' | 'xlsx'; csv: File } | null> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  const kind = excelKind(head);
  if (!kind) return null;
  try {
    return { kind, csv: await excelAsCsvFile(file) };
  } catch (err) {
    throw new ImportError('excel', { message: err instanceof Error ? err.message : String(err) });
  }
}

/** Sniff → (transcode) → register → stage, clean, reject, upsert, log — DESIGN §5. */
export async function importFile(
  engine: Engine,
  file: File,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const started = performance.now();
  const hash = await fileHash(file);
  const spreadsheet = await readSpreadsheet(file);
  const source = spreadsheet?.csv ?? file;
  const sniffed = await sniffFile(source, options.adapters ?? ADAPTERS);
  const { adapter, headerIndex, confidence } = sniffed.detection;
  const base = {
    fileName: file.name,
    platform: adapter.platform,
    report: adapter.id,
    reportTitle: adapter.title,
    encoding: spreadsheet?.kind ?? sniffed.encoding,
    headerRow: headerIndex + 1,
    confidence,
  };
  const seen = await engine.query(
    `SELECT import_id, strftime(started_at, '%Y-%m-%d %H:%M:%S') AS started_at, rows_read
     FROM imports WHERE file_hash = ? LIMIT 1`,
    [hash],
  );
  if (seen.rows.length > 0) {
    const prev = seen.rows[0];
    return {
      ...base,
      status: 'duplicate',
      importId: String(prev.import_id),
      rowsRead: Number(prev.rows_read),
      rowsInserted: 0,
      rowsReplaced: 0,
      rowsRejected: 0,
      durationMs: performance.now() - started,
      importedAt: String(prev.started_at),
    };
  }
  checkCancelled(options.signal);
  const importId = newImportId();
  const importedAt = shanghaiNow();
  const path = await register(engine, source, `${importId}.csv`, sniffed, options);
  try {
    checkCancelled(options.signal);
    options.onProgress?.({ phase: 'loading', bytesRead: file.size, totalBytes: file.size });
    const values = { source_file: file.name, import_id: importId, imported_at: importedAt };
    const counts = await engine.transaction(async (tx) => {
      const c = await loadInTransaction(tx, path, sniffed, values, options.signal);
      const durationMs = performance.now() - started;
      await tx.query(
        `INSERT INTO imports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::TIMESTAMP, ?)`,
        [
          importId,
          file.name,
          hash,
          file.size,
          adapter.platform,
          adapter.id,
          adapter.targets[0].table,
          sniffed.encoding,
          headerIndex + 1,
          confidence,
          c.rowsRead,
          c.rowsInserted,
          c.rowsReplaced,
          c.rowsRejected,
          importedAt,
          durationMs,
        ],
      );
      return { ...c, durationMs };
    });
    options.onProgress?.({ phase: 'done', bytesRead: file.size, totalBytes: file.size });
    return { ...base, status: 'imported', importId, importedAt, ...counts };
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError('failed', { message: err instanceof Error ? err.message : String(err) });
  } finally {
    await engine.dropFile(path).catch(() => undefined);
  }
}
