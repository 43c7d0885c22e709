/** The period a report covers, as its preamble states it (`统计日期：2026-11-11 ~ 2026-11-11`), else
 * as its file name does (`…-2026-11-11_2026-11-11.xls`). Reports without a date column (生意参谋
 * 店铺来源 per day) take their rows' date from here. */
const RANGE = /(\d{4}-\d{2}-\d{2})\s*(?:~|～|至|_)\s*(\d{4}-\d{2}-\d{2})/;

export function reportPeriod(preamble: string[][], fileName: string): { start: string; end: string } | null {
  for (const text of [...preamble.map((r) => r.join(' ')), fileName]) {
    const m = RANGE.exec(text);
    if (m) return { start: m[1], end: m[2] };
  }
  return null;
}
