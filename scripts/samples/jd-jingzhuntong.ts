/** 京准通 custom report (reference §3.5): UTF-8 CSV, CRLF, `日期` as YYYYMMDD, `-` for 0; the required
 * columns plus a few a typical 自定义报表 template adds. One row per day × 产品线 × promoted SKU,
 * with 总订单金额 a share of that SKU's JD sales and spend for an ROI of 2–5. */
import { fmtCompact, parseTime, phaseOf } from './calendar.ts';
import type { PhaseKind } from './calendar.ts';
import { byLine, get } from './daily.ts';
import { csvLine, encode, yuan } from './format.ts';
import type { Order } from './orders.ts';
import { Rng, hashSeed } from './prng.ts';
import { LISTINGS, SHOP, jdSkuName } from './shop.ts';

export const JZT_HEADER: readonly string[] = [
  '日期',
  '账户昵称',
  '产品线',
  '计划名称',
  '跟单SKU ID',
  '商品名称',
  '展现数',
  '点击数',
  '点击率',
  '平均点击单价',
  '千次展现成本',
  '花费',
  '总订单行',
  '总订单金额',
  '直接订单行',
  '直接订单金额',
  '间接订单行',
  '间接订单金额',
  '总加购数',
  '总投产比',
];

const LINES: [line: string, plan: string, share: number, ctr: number][] = [
  ['快车', '快车-核心SKU', 0.6, 0.025],
  ['京东海投', '海投-智能出价', 0.25, 0.012],
  ['购物触点', '触点-推荐位', 0.15, 0.018],
];

function roiFactor(kind: PhaseKind): number {
  return kind === 'peak' ? 1.4 : kind === 'preheat' ? 0.65 : kind === 'wave' || kind === 'launch' ? 1.15 : 1;
}

const dash = (s: string): string => (Number(s) === 0 ? '-' : s);

export function jingzhuntongFile(orders: readonly Order[], days: readonly string[]): Buffer {
  const table = byLine(orders, (l) => l.listing.skuIds[l.skuIndex]);
  const rng = new Rng(hashSeed('jingzhuntong'));
  const promoted = [...LISTINGS.jd].sort((a, b) => b.weight - a.weight).slice(0, 6);
  const lines = [csvLine(JZT_HEADER)];
  for (const day of days) {
    const kind = phaseOf('jd', day).kind;
    for (const [line, plan, share, ctr] of LINES) {
      for (const l of promoted) {
        if (l.product.launch && l.product.launch > day) continue;
        const skuId = l.skuIds[0];
        const a = get(table, day, skuId);
        const amount = Math.round(a.paidAmount * 0.45 * share * rng.jitter(0.15));
        const ordersN =
          amount > 0 ? Math.max(1, Math.round(a.paidOrders * 0.45 * share * rng.jitter(0.15))) : 0;
        const roi = Math.min(5.2, Math.max(1.6, 3 * roiFactor(kind) * rng.jitter(0.15)));
        const cpc = rng.range(120, 250);
        const spend = amount > 0 ? Math.round(amount / roi) : Math.round(cpc * rng.int(2, 12));
        const clicks = Math.max(1, Math.round(spend / cpc));
        const impressions = Math.round(clicks / (ctr * rng.jitter(0.1)));
        const directN = Math.round(ordersN * 0.7);
        const direct = ordersN ? Math.round((amount * directN) / ordersN) : 0;
        lines.push(
          csvLine([
            fmtCompact(parseTime(day)),
            SHOP.jdAccount,
            line,
            plan,
            skuId,
            jdSkuName(l, l.product.skus[0]),
            String(impressions),
            String(clicks),
            `${((clicks / impressions) * 100).toFixed(2)}%`,
            yuan(spend / clicks),
            yuan((spend / impressions) * 1000),
            yuan(spend),
            dash(String(ordersN)),
            dash(yuan(amount)),
            dash(String(directN)),
            dash(yuan(direct)),
            dash(String(ordersN - directN)),
            dash(yuan(amount - direct)),
            dash(String(Math.round(clicks * 0.08 * rng.jitter(0.3)))),
            amount > 0 ? (amount / spend).toFixed(2) : '-',
          ]),
        );
      }
    }
  }
  return encode(lines.join(''), 'utf-8');
}
