/** 万相台无界 计划报表 (`计划报表_YYYYMMDD_HHMMSS.csv`, reference §2.8): GB18030 CSV, header on row 1,
 * the 75 columns, one row per day × plan, plain decimals. Clicks and GMV come from the Taobao
 * orders and visitors of the paid sources (关键词推广 / 精准人群推广 / 全站推广); spend gives ROI 2–5. */
import { phaseOf } from './calendar.ts';
import type { PhaseKind } from './calendar.ts';
import { csvLine, dec, encode } from './format.ts';
import { Rng, hashSeed } from './prng.ts';
import type { Traffic } from './taobao-sycm-sources.ts';

// prettier-ignore
export const PLAN_HEADER: readonly string[] = [
  '日期', '场景ID', '场景名字', '原二级场景ID', '原二级场景名字', '计划ID', '计划名字', '展现量', '点击量', '花费', '点击率',
  '平均点击花费', '千次展现花费', '总预售成交金额', '总预售成交笔数', '直接预售成交金额', '直接预售成交笔数', '间接预售成交金额',
  '间接预售成交笔数', '直接成交金额', '间接成交金额', '总成交金额', '总成交笔数', '直接成交笔数', '间接成交笔数', '点击转化率',
  '投入产出比', '含预售投产比', '总成交成本', '总购物车数', '直接购物车数', '间接购物车数', '加购率', '收藏宝贝数', '收藏店铺数',
  '店铺收藏成本', '总收藏加购数', '总收藏加购成本', '宝贝收藏加购数', '宝贝收藏加购成本', '总收藏数', '宝贝收藏成本', '宝贝收藏率',
  '加购成本', '拍下订单笔数', '拍下订单金额', '直接收藏宝贝数', '间接收藏宝贝数', '优惠券领取量', '购物金充值笔数', '购物金充值金额',
  '旺旺咨询量', '引导访问量', '引导访问人数', '引导访问潜客数', '引导访问潜客占比', '入会率', '入会量', '引导访问率', '深度访问量',
  '平均访问页面数', '成交新客数', '成交新客占比', '会员首购人数', '会员成交金额', '会员成交笔数', '成交人数', '人均成交笔数',
  '人均成交金额', '自然流量转化金额', '自然流量曝光量', '平台补贴金额', '补贴引导成交金额', '发券补贴商品个数', '补贴引导成交人数',
];

interface Plan {
  id: string;
  name: string;
  scene: [id: string, name: string];
  sub: [id: string, name: string];
  source: string; // the 三级来源 in 店铺来源 whose traffic this plan buys
  share: number;
  ctr: number;
  roi: number; // typical ROI
  from?: string;
  to?: string;
}

const KEYWORD: [string, string] = ['380', '关键词推广'];
const CROWD: [string, string] = ['381', '精准人群推广'];
const SITE: [string, string] = ['420', '全站推广'];

type PlanDef = [
  id: string,
  name: string,
  scene: [string, string],
  sub: [string, string],
  source: string,
  share: number,
  ctr: number,
  roi: number,
  from?: string,
  to?: string,
];

// prettier-ignore
const PLAN_DEFS: PlanDef[] = [
  ['3218765401', '核心词-电热水壶空气炸锅', KEYWORD, ['2001', '关键词推广-自定义'], '关键词推广', 0.5, 0.042, 3.2],
  ['3218765402', '品牌词-栖木', KEYWORD, ['2001', '关键词推广-自定义'], '关键词推广', 0.2, 0.065, 4.4],
  ['3218765403', '拓词-厨房小家电', KEYWORD, ['2002', '关键词推广-智能'], '关键词推广', 0.3, 0.031, 2.6],
  ['3218765511', '拉新-相似店铺人群', CROWD, ['2101', '人群推广-拉新'], '精准人群推广', 0.6, 0.016, 2.5],
  ['3218765512', '老客召回-店铺会员', CROWD, ['2102', '人群推广-老客'], '精准人群推广', 0.4, 0.024, 4.1],
  ['3218765620', '全站推广-爆品', SITE, ['-', '-'], '全站推广', 1, 0.027, 3.4],
  ['3226001101', '双11蓄水-2025', CROWD, ['2101', '人群推广-拉新'], '精准人群推广', 0.4, 0.02, 3, '2025-10-15', '2025-11-11'],
  ['3241006180', '618冲刺-2026', KEYWORD, ['2001', '关键词推广-自定义'], '关键词推广', 0.3, 0.038, 3.3, '2026-05-10', '2026-06-18'],
  ['3255001111', '双11蓄水-2026', CROWD, ['2101', '人群推广-拉新'], '精准人群推广', 0.4, 0.021, 3.1, '2026-10-15', '2026-11-11'],
];

export const PLANS: Plan[] = PLAN_DEFS.map(([id, name, scene, sub, source, share, ctr, roi, from, to]) => {
  return { id, name, scene, sub, source, share, ctr, roi, from, to };
});

const active = (p: Plan, day: string): boolean => (!p.from || p.from <= day) && (!p.to || day <= p.to);

function roiFactor(kind: PhaseKind): number {
  if (kind === 'preheat') return 0.6; // 蓄水: spend now, sales at the peak
  if (kind === 'peak') return 1.45;
  if (kind === 'launch' || kind === 'wave') return 1.15;
  if (kind === 'slump') return 0.85;
  return 1;
}

const money = (fen: number): string => dec(fen / 100, 2);
const div = (a: number, b: number, places: number): string => (b > 0 ? dec(a / b, places) : '0');

function planRow(
  day: string,
  p: Plan,
  share: number,
  src: { visitors: number; amount: number; orders: number },
  kind: PhaseKind,
  rng: Rng,
): string[] {
  const clicks = Math.round(src.visitors * share * 1.15 * rng.jitter(0.05));
  const gmv = Math.round(src.amount * share * 1.35 * rng.jitter(0.1));
  const orders = gmv > 0 ? Math.max(1, Math.round(src.orders * share * 1.3 * rng.jitter(0.1))) : 0;
  const directOrders = Math.round(orders * rng.range(0.58, 0.7));
  const direct = orders ? Math.round((gmv * directOrders) / orders) : 0;
  const roi = Math.min(5.5, Math.max(1.4, p.roi * roiFactor(kind) * rng.jitter(0.12)));
  const spend = gmv > 0 ? Math.round(gmv / roi) : Math.round(clicks * rng.range(120, 200));
  const impressions = Math.round(clicks / (p.ctr * rng.jitter(0.08)));
  const presale = kind === 'preheat' ? Math.round(gmv * rng.range(0.8, 1.3)) : 0;
  const presaleOrders = kind === 'preheat' ? Math.round(orders * 0.9) : 0;
  const cart = Math.round(clicks * 0.09 * rng.jitter(0.15) * (kind === 'preheat' ? 2.5 : 1));
  const fav = Math.round(clicks * 0.04 * rng.jitter(0.2));
  const shopFav = Math.round(clicks * 0.005 * rng.jitter(0.3));
  const visits = Math.round(clicks * 1.6);
  const people = Math.round(clicks * 0.92);
  const prospects = Math.round(people * rng.range(0.45, 0.6));
  const members = Math.round(people * 0.01);
  const buyers = Math.round(orders * 0.95);
  const newBuyers = Math.round(buyers * rng.range(0.55, 0.75));
  const v: Record<string, string> = {
    日期: day,
    场景ID: p.scene[0],
    场景名字: p.scene[1],
    原二级场景ID: p.sub[0],
    原二级场景名字: p.sub[1],
    计划ID: p.id,
    计划名字: p.name,
    展现量: String(impressions),
    点击量: String(clicks),
    花费: money(spend),
    点击率: div(clicks, impressions, 4),
    平均点击花费: div(spend / 100, clicks, 2),
    千次展现花费: div(spend * 10, impressions, 2),
    总预售成交金额: money(presale),
    总预售成交笔数: String(presaleOrders),
    直接预售成交金额: money(presale * 0.7),
    直接预售成交笔数: String(Math.round(presaleOrders * 0.7)),
    间接预售成交金额: money(presale - Math.round(presale * 0.7)),
    间接预售成交笔数: String(presaleOrders - Math.round(presaleOrders * 0.7)),
    直接成交金额: money(direct),
    间接成交金额: money(gmv - direct),
    总成交金额: money(gmv),
    总成交笔数: String(orders),
    直接成交笔数: String(directOrders),
    间接成交笔数: String(orders - directOrders),
    点击转化率: div(orders, clicks, 4),
    投入产出比: div(gmv, spend, 2),
    含预售投产比: div(gmv + presale, spend, 2),
    总成交成本: div(spend / 100, orders, 2),
    总购物车数: String(cart),
    直接购物车数: String(Math.round(cart * 0.7)),
    间接购物车数: String(cart - Math.round(cart * 0.7)),
    加购率: div(cart, clicks, 4),
    收藏宝贝数: String(fav),
    收藏店铺数: String(shopFav),
    店铺收藏成本: div(spend / 100, shopFav, 2),
    总收藏加购数: String(cart + fav + shopFav),
    总收藏加购成本: div(spend / 100, cart + fav + shopFav, 2),
    宝贝收藏加购数: String(cart + fav),
    宝贝收藏加购成本: div(spend / 100, cart + fav, 2),
    总收藏数: String(fav + shopFav),
    宝贝收藏成本: div(spend / 100, fav, 2),
    宝贝收藏率: div(fav, clicks, 4),
    加购成本: div(spend / 100, cart, 2),
    拍下订单笔数: String(Math.round(orders * 1.06)),
    拍下订单金额: money(gmv * 1.05),
    直接收藏宝贝数: String(Math.round(fav * 0.7)),
    间接收藏宝贝数: String(fav - Math.round(fav * 0.7)),
    优惠券领取量: String(Math.round(clicks * 0.02)),
    旺旺咨询量: String(Math.round(clicks * 0.015)),
    引导访问量: String(visits),
    引导访问人数: String(people),
    引导访问潜客数: String(prospects),
    引导访问潜客占比: div(prospects, people, 4),
    入会率: div(members, people, 4),
    入会量: String(members),
    引导访问率: div(people, clicks, 4),
    深度访问量: String(Math.round(visits * 0.3)),
    平均访问页面数: div(visits * 1.4, people, 2),
    成交新客数: String(newBuyers),
    成交新客占比: div(newBuyers, buyers, 4),
    会员首购人数: String(Math.round(buyers * 0.05)),
    会员成交金额: money(gmv * 0.12),
    会员成交笔数: String(Math.round(orders * 0.12)),
    成交人数: String(buyers),
    人均成交笔数: div(orders, buyers, 2),
    人均成交金额: div(gmv / 100, buyers, 2),
    自然流量转化金额: money(gmv * 0.4),
    自然流量曝光量: String(Math.round(impressions * 0.6)),
    平台补贴金额: money(kind === 'peak' ? gmv * 0.01 : 0),
    补贴引导成交金额: money(kind === 'peak' ? gmv * 0.08 : 0),
  };
  return PLAN_HEADER.map((h) => v[h] ?? '0');
}

export function wanxiangPlanFile(traffic: Traffic, days: readonly string[]): Buffer {
  const rng = new Rng(hashSeed('wanxiang'));
  const lines = [csvLine(PLAN_HEADER)];
  for (const day of days) {
    const kind = phaseOf('taobao', day).kind;
    const rows = traffic.get(day) ?? [];
    for (const p of PLANS) {
      if (!active(p, day)) continue;
      const total = PLANS.filter((q) => q.source === p.source && active(q, day)).reduce(
        (s, q) => s + q.share,
        0,
      );
      const src = rows.find((r) => r.source.l3 === p.source);
      const input = {
        visitors: src?.visitors ?? 0,
        amount: src?.paidAmount ?? 0,
        orders: src?.paidOrders ?? 0,
      };
      lines.push(csvLine(planRow(day, p, p.share / total, input, kind, rng)));
    }
  }
  return encode(lines.join(''), 'gb18030');
}
