/** An independent reading of a 千牛 订单报表 CSV (plain JS, no DuckDB, none of the app's import
 * code), to know what the overview must show for a file. */
import { readFileSync } from 'node:fs';

function splitCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

const money = (s: string) => Math.round(Number(s.replace(/[,¥元\s]/g, '') || '0') * 100);

/** GMV (in yuan) and paid orders for orders paid in [from, to] (inclusive days). */
export function taobaoOrderTotals(
  path: string,
  from: string,
  to: string,
): { gmv: number; paidOrders: number } {
  const text = new TextDecoder('gb18030').decode(readFileSync(path));
  const [header, ...lines] = text.split(/\r\n/).filter((l) => l.trim() !== '');
  const names = splitCsvLine(header).map((h) => h.trim());
  const col = (name: string) => names.indexOf(name);
  const [id, goods, post, paidAt] = [
    col('订单编号'),
    col('买家应付货款'),
    col('买家应付邮费'),
    col('订单付款时间'),
  ];
  const orders = new Map<string, number>();
  for (const line of lines) {
    const c = splitCsvLine(line);
    const day = c[paidAt].trim().slice(0, 10);
    const orderId = c[id].replace(/^="|"$/g, '');
    if (day && day >= from && day <= to) orders.set(orderId, money(c[goods]) + money(c[post]));
    else orders.delete(orderId);
  }
  let cents = 0;
  for (const v of orders.values()) cents += v;
  return { gmv: cents / 100, paidOrders: orders.size };
}
