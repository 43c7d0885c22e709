/** 生意参谋 → 品类 → 商品_全部 (reference §2.5): binary .xls, one sheet `【生意参谋平台】1`, 4 preamble
 * rows, the 38-column header on row 5; numbers as text with `,`, rates as `12.34%`, `-` for null.
 * One row per day × product, one file per month, from the same Taobao orders. */
import { phaseOf } from './calendar.ts';
import { byLine, get, phaseCvr, visitorsFor } from './daily.ts';
import { ratioOrDash, thousands, yuanThousands } from './format.ts';
import type { Order } from './orders.ts';
import { xlsWorkbook } from './xls.ts';
import { Rng, hashSeed } from './prng.ts';
import { LISTINGS, listingWeight } from './shop.ts';
import type { Listing } from './shop.ts';

export const PRODUCT_HEADER: readonly string[] = [
  '统计日期',
  '商品ID',
  '商品名称',
  '主商品ID',
  '商品类型',
  '货号',
  '商品状态',
  '商品标签',
  '商品访客数',
  '商品浏览量',
  '平均停留时长',
  '商品详情页跳出率',
  '商品收藏人数',
  '商品加购件数',
  '商品加购人数',
  '下单买家数',
  '下单件数',
  '下单金额',
  '下单转化率',
  '支付买家数',
  '支付件数',
  '支付金额',
  '商品支付转化率',
  '支付新买家数',
  '支付老买家数',
  '老买家支付金额',
  '聚划算支付金额',
  '访客平均价值',
  '成功退款金额',
  '竞争力评分',
  '年累计支付金额',
  '月累计支付金额',
  '月累计支付件数',
  '搜索引导支付转化率',
  '搜索引导访客数',
  '搜索引导支付买家数',
  '结构化详情引导转化率',
  '结构化详情引导成交占比',
];

interface Traits {
  cvr: number;
  stay: number;
  bounce: number;
  score: number;
  structured: boolean;
}

function traits(l: Listing): Traits {
  const r = new Rng(hashSeed('sycm-product', l.itemId));
  return {
    cvr: l.product.weight < 1 ? r.range(0.004, 0.008) : r.range(0.018, 0.045),
    stay: r.range(18, 55),
    bounce: r.range(0.55, 0.75),
    score: r.int(62, 93),
    structured: l.product.weight >= 4,
  };
}

/** Rows per month (`YYYY-MM` → rows, header not included). */
export function productRows(orders: readonly Order[], days: readonly string[]): Map<string, string[][]> {
  const table = byLine(orders, (l) => l.listing.itemId);
  const rng = new Rng(hashSeed('sycm-products'));
  const listings = LISTINGS.taobao;
  const info = new Map(listings.map((l) => [l, traits(l)]));
  const year = new Map<string, number>();
  const month = new Map<string, [number, number]>();
  // The shop sold before the demo window: start the 2025 year-to-date at about nine months' worth.
  const first30 = days.slice(0, 30);
  for (const l of listings) {
    const sum = first30.reduce((s, d) => s + get(table, d, l.itemId).paidAmount, 0);
    year.set(l.itemId, Math.round(sum * 9 * 0.8));
  }
  const out = new Map<string, string[][]>();
  for (const day of days) {
    const kind = phaseOf('taobao', day).kind;
    if (day.endsWith('-01')) month.clear();
    if (day.endsWith('-01-01')) year.clear();
    const live = listings.filter((l) => !l.product.launch || l.product.launch <= day);
    const wsum = live.reduce((s, l) => s + listingWeight(l, day), 0);
    const buyers = live.reduce((s, l) => s + get(table, day, l.itemId).paidBuyers.size, 0);
    const rows: [number, string[]][] = [];
    for (const l of live) {
      const t = info.get(l) as Traits;
      const a = get(table, day, l.itemId);
      const paidBuyers = a.paidBuyers.size;
      const expected = (buyers * listingWeight(l, day)) / Math.max(wsum, 1e-9);
      const visitors = visitorsFor(
        paidBuyers,
        expected,
        t.cvr * phaseCvr(kind),
        rng.jitter(0.1),
        a.orderBuyers.size,
      );
      const views = Math.round(visitors * rng.range(1.35, 1.9));
      const cartBuyers = Math.round(visitors * 0.07 * rng.jitter(0.2) * (kind === 'preheat' ? 2.5 : 1));
      const favBuyers = Math.round(visitors * 0.04 * rng.jitter(0.2) * (kind === 'preheat' ? 2 : 1));
      const searchVisitors = Math.round(visitors * rng.range(0.28, 0.42));
      const juhuasuan = kind === 'peak' || kind === 'launch' ? Math.round(a.paidAmount * 0.3) : 0;
      const y = (year.get(l.itemId) ?? 0) + a.paidAmount;
      year.set(l.itemId, y);
      const [mAmount, mItems] = month.get(l.itemId) ?? [0, 0];
      month.set(l.itemId, [mAmount + a.paidAmount, mItems + a.paidItems]);
      const launchedRecently =
        l.product.launch && Date.parse(day) - Date.parse(l.product.launch) < 60 * 86_400_000;
      rows.push([
        a.paidAmount,
        [
          day,
          l.itemId,
          l.title,
          '-',
          '普通商品',
          l.product.code,
          '当前在线',
          launchedRecently ? '新品' : '-',
          thousands(visitors),
          thousands(views),
          visitors ? (t.stay * rng.jitter(0.1)).toFixed(2) : '-',
          visitors ? ratioOrDash(t.bounce * rng.jitter(0.05), 1) : '-',
          thousands(favBuyers),
          thousands(Math.round(cartBuyers * rng.range(1.05, 1.3))),
          thousands(cartBuyers),
          thousands(a.orderBuyers.size),
          thousands(a.orderItems),
          yuanThousands(a.orderAmount),
          ratioOrDash(a.orderBuyers.size, visitors),
          thousands(paidBuyers),
          thousands(a.paidItems),
          yuanThousands(a.paidAmount),
          ratioOrDash(paidBuyers, visitors),
          thousands(a.newBuyers.size),
          thousands(a.oldBuyers.size),
          yuanThousands(a.oldAmount),
          yuanThousands(juhuasuan),
          visitors ? thousands(a.paidAmount / 100 / visitors, 2) : '-',
          yuanThousands(a.refund),
          visitors ? String(Math.min(100, Math.round(t.score + 3 * rng.normal()))) : '-',
          yuanThousands(y),
          yuanThousands(mAmount + a.paidAmount),
          thousands(mItems + a.paidItems),
          ratioOrDash(a.searchBuyers.size, searchVisitors),
          thousands(searchVisitors),
          thousands(a.searchBuyers.size),
          t.structured && visitors ? ratioOrDash(paidBuyers * rng.range(1.1, 1.5), visitors) : '-',
          t.structured && paidBuyers ? ratioOrDash(rng.range(0.15, 0.4), 1) : '-',
        ],
      ]);
    }
    rows.sort((x, y2) => y2[0] - x[0]);
    const key = day.slice(0, 7);
    const list = out.get(key) ?? [];
    for (const [, r] of rows) list.push(r);
    out.set(key, list);
  }
  return out;
}

export function productFile(rows: string[][], from: string, to: string): Buffer {
  const sheet: string[][] = [
    ['【生意参谋平台】商品_全部'],
    [`统计时间：${from} ~ ${to}`],
    [],
    [],
    [...PRODUCT_HEADER],
    ...rows,
  ];
  return xlsWorkbook(sheet, '【生意参谋平台】1');
}
