/** 巨量千川 全域推广 → 推商品 export (reference §4.2): .xlsx, the 19 columns, a `全部` total row,
 * `¥` and `,` in money, `41.93%` rates. 整体成交金额 comes from the Douyin orders whose 广告渠道 is
 * 千川; spend makes ROI 2–5. */
import { phaseOf } from './calendar.ts';
import type { PhaseKind } from './calendar.ts';
import { byLine, get } from './daily.ts';
import { ratioOrDash, thousands, yuanThousands } from './format.ts';
import type { Order } from './orders.ts';
import { Rng, hashSeed } from './prng.ts';
import { xlsxWorkbook } from './xlsx.ts';
import type { XlsxCell } from './xlsx.ts';
import { LISTINGS } from './shop.ts';

// prettier-ignore
export const QIANCHUAN_HEADER: readonly string[] = [
  '日期', '商品ID', '商品名称', '货号', '整体展示次数', '整体点击次数', '整体点击率', '整体转化率', '整体消耗', '整体成交金额',
  '整体支付ROI', '整体成交订单成本', '用户实际支付金额', '电商平台补贴金额', '净成交ROI', '净成交金额', '净成交订单成本',
  '净成交金额结算率', '1小时内退款率',
];

interface Row {
  day: string;
  id: string;
  name: string;
  code: string;
  impressions: number;
  clicks: number;
  orders: number;
  spend: number; // fen
  gmv: number;
  subsidy: number;
  net: number;
  netOrders: number;
  settled: number;
  refund1h: number;
}

const money = (fen: number): string => '¥' + yuanThousands(fen);
const perOrder = (fen: number, n: number): string => (n > 0 ? money(fen / n) : '-');
const roi = (fen: number, spend: number): string => (spend > 0 ? (fen / spend).toFixed(2) : '-');

function cells(r: Row): XlsxCell[] {
  return [
    r.day,
    r.id,
    r.name,
    r.code,
    thousands(r.impressions),
    thousands(r.clicks),
    ratioOrDash(r.clicks, r.impressions),
    ratioOrDash(r.orders, r.clicks),
    money(r.spend),
    money(r.gmv),
    roi(r.gmv, r.spend),
    perOrder(r.spend, r.orders),
    money(r.gmv - r.subsidy),
    money(r.subsidy),
    roi(r.net, r.spend),
    money(r.net),
    perOrder(r.spend, r.netOrders),
    ratioOrDash(r.settled, r.net),
    ratioOrDash(r.refund1h, r.gmv),
  ];
}

function roiFactor(kind: PhaseKind): number {
  return kind === 'peak' ? 1.35 : kind === 'wave' || kind === 'launch' ? 1.1 : kind === 'preheat' ? 0.7 : 1;
}

export function qianchuanFile(orders: readonly Order[], days: readonly string[]): Buffer {
  const table = byLine(orders, (l) => l.listing.itemId);
  const rng = new Rng(hashSeed('qianchuan'));
  const promoted = new Set([...LISTINGS.douyin].sort((a, b) => b.weight - a.weight).slice(0, 8));
  const rows: Row[] = [];
  for (const day of days) {
    const kind = phaseOf('douyin', day).kind;
    for (const l of LISTINGS.douyin) {
      if (l.product.launch && l.product.launch > day) continue;
      const a = get(table, day, l.itemId);
      if (a.adAmount === 0 && !promoted.has(l)) continue;
      const gmv = Math.round(a.adAmount * rng.range(1.02, 1.12));
      const target = Math.min(5.2, Math.max(1.8, 3.2 * roiFactor(kind) * rng.jitter(0.15)));
      const spend = gmv > 0 ? Math.round(gmv / target) : rng.int(500, 2500);
      const clicks = Math.max(1, Math.round(spend / rng.range(60, 140)));
      const impressions = Math.round(clicks / rng.range(0.02, 0.045));
      const refund1h = Math.round(gmv * rng.range(0.01, 0.04));
      const net = gmv - refund1h - Math.round(gmv * rng.range(0.02, 0.06));
      rows.push({
        day,
        id: l.itemId,
        name: l.title,
        code: l.product.code,
        impressions,
        clicks,
        orders: a.adOrders,
        spend,
        gmv,
        subsidy: Math.round(gmv * rng.range(0.02, 0.05)),
        net,
        netOrders: Math.round(a.adOrders * (net / Math.max(gmv, 1))),
        settled: Math.round(net * rng.range(0.85, 0.97)),
        refund1h,
      });
    }
  }
  const total: Row = {
    day: '全部',
    id: '-',
    name: '全部',
    code: '-',
    impressions: 0,
    clicks: 0,
    orders: 0,
    spend: 0,
    gmv: 0,
    subsidy: 0,
    net: 0,
    netOrders: 0,
    settled: 0,
    refund1h: 0,
  };
  for (const r of rows) {
    for (const k of [
      'impressions',
      'clicks',
      'orders',
      'spend',
      'gmv',
      'subsidy',
      'net',
      'netOrders',
      'settled',
      'refund1h',
    ] as const) {
      total[k] += r[k];
    }
  }
  return xlsxWorkbook([[...QIANCHUAN_HEADER], cells(total), ...rows.map(cells)], 'Sheet1');
}
