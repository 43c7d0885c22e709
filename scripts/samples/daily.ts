/** Day-level aggregates of the simulated orders, the ground truth every daily report (traffic,
 * product, ad) is derived from, so the reports agree with the order exports. */
import { fmtDate } from './calendar.ts';
import type { PhaseKind } from './calendar.ts';
import type { Order, OrderLine } from './orders.ts';

export interface Agg {
  paidBuyers: Set<number>;
  paidOrders: number;
  paidItems: number;
  paidAmount: number; // fen
  newBuyers: Set<number>;
  oldBuyers: Set<number>;
  oldAmount: number;
  orderBuyers: Set<number>; // orders created that day, paid or not
  orderCount: number;
  orderItems: number;
  orderAmount: number;
  refund: number; // refunds completed that day
  searchBuyers: Set<number>;
  adOrders: number;
  adAmount: number;
  presaleAmount: number; // 定金 orders created that day (goods)
  presaleOrders: number;
}

export function emptyAgg(): Agg {
  return {
    paidBuyers: new Set(),
    paidOrders: 0,
    paidItems: 0,
    paidAmount: 0,
    newBuyers: new Set(),
    oldBuyers: new Set(),
    oldAmount: 0,
    orderBuyers: new Set(),
    orderCount: 0,
    orderItems: 0,
    orderAmount: 0,
    refund: 0,
    searchBuyers: new Set(),
    adOrders: 0,
    adAmount: 0,
    presaleAmount: 0,
    presaleOrders: 0,
  };
}

/** day → key → aggregate */
export type DayTable = Map<string, Map<string, Agg>>;

function cell(table: DayTable, day: string, key: string): Agg {
  let byKey = table.get(day);
  if (!byKey) table.set(day, (byKey = new Map()));
  let a = byKey.get(key);
  if (!a) byKey.set(key, (a = emptyAgg()));
  return a;
}

interface Part {
  key: string;
  items: number;
  amount: number; // paid amount attributed to this key
  refund: number;
}

function add(table: DayTable, o: Order, parts: Part[]): void {
  const created = fmtDate(o.created);
  for (const p of parts) {
    const c = cell(table, created, p.key);
    c.orderBuyers.add(o.buyer);
    c.orderCount++;
    c.orderItems += p.items;
    c.orderAmount += p.amount;
    if (o.presale) {
      c.presaleOrders++;
      c.presaleAmount += p.amount;
    }
    if (o.paid !== null) {
      const a = cell(table, fmtDate(o.paid), p.key);
      a.paidBuyers.add(o.buyer);
      a.paidOrders++;
      a.paidItems += p.items;
      a.paidAmount += p.amount;
      (o.isNew ? a.newBuyers : a.oldBuyers).add(o.buyer);
      if (!o.isNew) a.oldAmount += p.amount;
      if (o.source.group === 'search') a.searchBuyers.add(o.buyer);
      if (o.source.ad) {
        a.adOrders++;
        a.adAmount += p.amount;
      }
    }
    if (o.refundAt !== null && p.refund > 0) cell(table, fmtDate(o.refundAt), p.key).refund += p.refund;
  }
}

/** Line-level aggregates keyed by `key(line)` (a product or SKU id); amounts without postage. */
export function byLine(orders: readonly Order[], key: (l: OrderLine) => string): DayTable {
  const table: DayTable = new Map();
  for (const o of orders) {
    add(
      table,
      o,
      o.lines.map((l) => ({ key: key(l), items: l.qty, amount: l.amount, refund: l.refund })),
    );
  }
  return table;
}

/** Order-level aggregates keyed by `key(order)` (a traffic source); amounts with postage. */
export function byOrder(orders: readonly Order[], key: (o: Order) => string): DayTable {
  const table: DayTable = new Map();
  for (const o of orders) {
    const items = o.lines.reduce((s, l) => s + l.qty, 0);
    add(table, o, [{ key: key(o), items, amount: o.goods + o.postage, refund: o.refund }]);
  }
  return table;
}

const EMPTY = emptyAgg();

/** The aggregate of `key` on `day` (a shared empty one when nothing happened: read only). */
export function get(table: DayTable, day: string, key: string): Agg {
  return table.get(day)?.get(key) ?? EMPTY;
}

/** Conversion moves with the phase: buyers browse and fill carts in the preheat, then convert. */
export function phaseCvr(kind: PhaseKind): number {
  switch (kind) {
    case 'preheat':
      return 0.55;
    case 'launch':
      return 1.4;
    case 'wave':
      return 1.15;
    case 'peak':
      return 2.2;
    case 'slump':
      return 0.85;
    case 'holiday':
      return 0.9;
    default:
      return 1;
  }
}

/** Visitors that make `buyers` plausible at conversion `cvr`: half the actual buyers, half the
 * expected ones (so a day without a sale still has visitors), never fewer than the buyers. */
export function visitorsFor(
  actual: number,
  expected: number,
  cvr: number,
  jitter: number,
  floor: number,
): number {
  const v = Math.round(((0.5 * actual + 0.5 * expected) / cvr) * jitter);
  return Math.max(v, actual, floor);
}
