/** Splits the head of a delimited text file into records, honouring quotes (a quoted cell may
 * hold the delimiter, `""` and newlines). Only for sniffing: DuckDB parses the whole file. */
export function parseDelimited(text: string, delimiter: string, maxRecords = 40): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  while (i < text.length && records.length < maxRecords) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      record.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      record.push(cell);
      records.push(record);
      record = [];
      cell = '';
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else cell += ch;
    i++;
  }
  // The last record of a head is usually cut short: keep it only if the text ended there.
  if (i >= text.length && (cell !== '' || record.length > 0)) {
    record.push(cell);
    records.push(record);
  }
  return records;
}

/** Comma, tab or semicolon: whichever splits the first lines most consistently into many cells. */
export function detectDelimiter(text: string): string {
  const lines = text.split(/\r?\n/, 10).filter((l) => l.trim() !== '');
  let best = ',';
  let bestScore = 0;
  for (const d of [',', '\t', ';']) {
    const counts = parseDelimited(lines.join('\n'), d, 10).map((r) => r.length);
    const score = counts.length ? Math.min(...counts.slice(0, 2)) : 0;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
