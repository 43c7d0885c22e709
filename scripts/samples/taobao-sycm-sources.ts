/** 生意参谋 → 流量 → 店铺来源, the 2023–24 layout (reference §2.6): .xls, 5 preamble rows, header on
 * row 6, 一级/二级/三级来源 then value/变化 pairs. Built from the Taobao orders' sources, so that
 * Σ 支付买家数 / Σ 访客数 is the shop's conversion and 支付金额 matches the orders. */
import { addDays, daysBetween, phaseOf } from './calendar.ts';
import { SOURCES, sourceWeight } from './channels.ts';
import type { Source } from './channels.ts';
import { byOrder, get, phaseCvr, visitorsFor } from './daily.ts';
import { change, ratioOrDash, thousands, yuanThousands } from './format.ts';
import type { Order } from './orders.ts';
import { xlsWorkbook } from './xls.ts';
import { Rng, hashSeed } from './prng.ts';

export interface SourceDay {
  source: Source;
  visitors: number;
  newVisitors: number;
  orderAmount: number;
  orderBuyers: number;
  paidAmount: number; // fen, with postage
  paidBuyers: number;
  paidOrders: number;
  follow: number;
  fav: number;
  cart: number;
  direct: number;
  favPaid: number;
  fansPaid: number;
  cartPaid: number;
}

export type Traffic = Map<string, SourceDay[]>;

export const sourceKey = (s: Source): string => `${s.l1}|${s.l2}|${s.l3}`;

export function taobaoTraffic(orders: readonly Order[], days: readonly string[]): Traffic {
  const table = byOrder(orders, (o) => sourceKey(o.source));
  const rng = new Rng(hashSeed('taobao-traffic'));
  const out: Traffic = new Map();
  for (const day of days) {
    const kind = phaseOf('taobao', day).kind;
    const weights = SOURCES.taobao.map((s) => sourceWeight(s, kind));
    const wsum = weights.reduce((a, b) => a + b, 0);
    const aggs = SOURCES.taobao.map((s) => get(table, day, sourceKey(s)));
    const buyers = aggs.reduce((s, a) => s + a.paidBuyers.size, 0);
    out.set(
      day,
      SOURCES.taobao.map((source, i) => {
        const a = aggs[i];
        const paidBuyers = a.paidBuyers.size;
        const visitors = visitorsFor(
          paidBuyers,
          (buyers * weights[i]) / wsum,
          source.cvr * phaseCvr(kind),
          rng.jitter(0.08),
          a.orderBuyers.size,
        );
        const cartBoost = kind === 'preheat' ? 2.5 : kind === 'peak' ? 1.5 : 1;
        return {
          source,
          visitors,
          newVisitors: Math.round(visitors * source.newShare * rng.jitter(0.05)),
          orderAmount: a.orderAmount,
          orderBuyers: a.orderBuyers.size,
          paidAmount: a.paidAmount,
          paidBuyers,
          paidOrders: a.paidOrders,
          follow: Math.round(visitors * 0.006 * rng.jitter(0.3)),
          fav: Math.round(visitors * 0.035 * rng.jitter(0.2) * (kind === 'preheat' ? 2 : 1)),
          cart: Math.round(visitors * 0.075 * rng.jitter(0.2) * cartBoost),
          direct: Math.round(paidBuyers * 0.6 * rng.jitter(0.1)),
          favPaid: Math.round(paidBuyers * 0.08 * rng.jitter(0.3)),
          fansPaid: Math.round(paidBuyers * 0.1 * rng.jitter(0.3)),
          cartPaid: Math.round(paidBuyers * (kind === 'peak' ? 0.6 : 0.3) * rng.jitter(0.1)),
        };
      }),
    );
  }
  return out;
}

export const SOURCE_HEADER: readonly string[] = [
  '一级来源',
  '二级来源',
  '三级来源',
  ...[
    '访客数',
    '下单金额',
    '下单买家数',
    '下单转化率',
    '支付金额',
    '支付买家数',
    '支付转化率',
    '客单价',
    'UV价值',
  ]
    .concat(['关注店铺人数', '商品收藏人数', '加购人数', '新访客'])
    .flatMap((m) => [m, `${m}变化`]),
  '直接支付买家数',
  '收藏商品-支付买家数',
  '粉丝支付买家数',
  '加购商品-支付买家数',
];

/** The nine value/变化 metrics as numbers (rates as ratios, money in yuan), for the change columns. */
function metrics(r: SourceDay): number[] {
  const v = r.visitors;
  return [
    v,
    r.orderAmount / 100,
    r.orderBuyers,
    v ? r.orderBuyers / v : 0,
    r.paidAmount / 100,
    r.paidBuyers,
    v ? r.paidBuyers / v : 0,
    r.paidBuyers ? r.paidAmount / 100 / r.paidBuyers : 0,
    v ? r.paidAmount / 100 / v : 0,
    r.follow,
    r.fav,
    r.cart,
    r.newVisitors,
  ];
}

function row(r: SourceDay, prev: SourceDay | undefined): string[] {
  const now = metrics(r);
  const before = prev ? metrics(prev) : undefined;
  const shown = [
    thousands(r.visitors),
    yuanThousands(r.orderAmount),
    thousands(r.orderBuyers),
    ratioOrDash(r.orderBuyers, r.visitors),
    yuanThousands(r.paidAmount),
    thousands(r.paidBuyers),
    ratioOrDash(r.paidBuyers, r.visitors),
    r.paidBuyers ? thousands(now[7], 2) : '-',
    r.visitors ? thousands(now[8], 2) : '-',
    thousands(r.follow),
    thousands(r.fav),
    thousands(r.cart),
    thousands(r.newVisitors),
  ];
  return [
    r.source.l1,
    r.source.l2,
    r.source.l3,
    ...shown.flatMap((s, i) => [s, change(now[i], before?.[i])]),
    thousands(r.direct),
    thousands(r.favPaid),
    thousands(r.fansPaid),
    thousands(r.cartPaid),
  ];
}

function preamble(from: string, to: string): string[][] {
  return [
    ['【生意参谋平台】店铺来源'],
    [`统计日期：${from} ~ ${to}`],
    ['终端：无线端'],
    ['访客来源：每一次访问来源'],
    [],
  ];
}

/** One file per day, as 生意参谋 downloads them (no date column: the date is in the name). */
export function sourceDayFile(traffic: Traffic, day: string): Buffer {
  const prev = traffic.get(addDays(day, -1));
  const rows: string[][] = [...preamble(day, day), [...SOURCE_HEADER]];
  (traffic.get(day) ?? []).forEach((r, i) => rows.push(row(r, prev?.[i])));
  return xlsWorkbook(rows, '【生意参谋平台】1');
}

/** The whole period in one sheet, with a leading 日期 column (one block of sources per day). */
export function sourceRangeFile(traffic: Traffic, from: string, to: string): Buffer {
  const rows: string[][] = [...preamble(from, to), ['日期', ...SOURCE_HEADER]];
  for (const day of daysBetween(from, to)) {
    const prev = traffic.get(addDays(day, -1));
    (traffic.get(day) ?? []).forEach((r, i) => rows.push([day, ...row(r, prev?.[i])]));
  }
  return xlsWorkbook(rows, '【生意参谋平台】1');
}
