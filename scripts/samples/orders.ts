/** The order simulation shared by every platform: how many orders a day, when, by whom, what they
 * bought at which price, whether they paid, when they shipped, and what was refunded. Platform
 * modules only format these orders; the daily reports aggregate them, so everything agrees. */
import {
  DAY_MS,
  EXPORT_AT,
  END_DAY,
  HOUR_MS,
  START_DAY,
  balanceDay,
  dayMultiplier,
  daysBetween,
  fmtDate,
  hourWeights,
  parseTime,
  phaseOf,
  refundRate,
  shipTime,
} from './calendar.ts';
import type { PhaseKind, Platform } from './calendar.ts';
import { SOURCES, sourceWeight } from './channels.ts';
import type { Source } from './channels.ts';
import { person } from './people.ts';
import { Rng, Weighted, hashSeed } from './prng.ts';
import { LISTINGS, listingWeight } from './shop.ts';
import type { Listing, Sku } from './shop.ts';

export interface OrderLine {
  listing: Listing;
  sku: Sku;
  skuIndex: number;
  qty: number;
  unitPrice: number; // fen, after the item discount, before the order coupon
  amount: number; // fen, after the allocated order coupon
  refund: number; // fen
}

export type OrderState = 'pending' | 'closed' | 'paid' | 'shipped' | 'completed' | 'refunded';
export type RefundKind = 'none' | 'before_ship' | 'return' | 'partial';

export interface Order {
  platform: Platform;
  seq: number;
  id: string;
  buyer: number;
  isNew: boolean;
  created: number;
  paid: number | null;
  shipped: number | null;
  completed: number | null;
  closed: number | null;
  refundAt: number | null;
  lines: OrderLine[];
  listTotal: number; // Σ 日常价 × qty
  goods: number; // Σ line amounts: goods after discounts, no postage
  postage: number;
  refund: number;
  state: OrderState;
  refundKind: RefundKind;
  presale: { deposit: number; depositAt: number } | null;
  source: Source;
  kind: PhaseKind; // phase of the creation day
  mobile: boolean;
  seed: number; // for formatting choices that must not disturb the simulation's stream
}

export interface SimOptions {
  platform: Platform;
  seed?: number;
  start?: string;
  end?: string;
  exportAt?: number;
  scale?: number;
  limit?: number;
}

export const PARAMS: Record<Platform, { base: number; unpaid: number; presale: number }> = {
  taobao: { base: 56, unpaid: 0.045, presale: 0.25 },
  jd: { base: 22, unpaid: 0.035, presale: 0.2 },
  douyin: { base: 27, unpaid: 0.06, presale: 0 },
};

export const DEFAULT_SEED = 20261120;

function orderId(platform: Platform, seq: number, buyer: number, rng: Rng): string {
  if (platform === 'taobao') {
    const mid = String((seq * 48271 + 12345) % 100_000_000).padStart(8, '0');
    return rng.pick(['2', '3', '4']) + rng.digits(6) + mid + String(buyer % 10000).padStart(4, '0');
  }
  if (platform === 'jd') return String(289_000_000_000 + seq * 173 + rng.int(0, 150));
  return '69' + String(1_000_000_000_000 + seq * 10_007 + rng.int(0, 9999)) + rng.digits(4);
}

function pickLines(rng: Rng, products: Weighted<Listing>, kind: PhaseKind, platform: Platform): OrderLine[] {
  const campaign = kind === 'wave' || kind === 'peak' || kind === 'launch';
  const u = rng.float();
  const single = platform === 'douyin' ? 0.9 : campaign ? 0.66 : 0.78;
  const kinds = u < single ? 1 : u < single + (1 - single) * 0.75 ? 2 : 3;
  const lines: OrderLine[] = [];
  for (let tries = 0; lines.length < kinds && tries < 10; tries++) {
    const listing = products.pick(rng);
    if (lines.some((l) => l.listing === listing)) continue;
    const skus = listing.product.skus;
    const skuIndex = rng.chance(0.4) ? 0 : rng.int(0, skus.length - 1);
    const sku = skus[skuIndex];
    const q = rng.float();
    const qty = sku.price < 6000 ? (q < 0.7 ? 1 : q < 0.9 ? 2 : 3) : q < 0.92 ? 1 : 2;
    let factor = 1;
    if (kind === 'peak') factor = rng.pick([0.75, 0.78, 0.8]);
    else if (campaign || kind === 'preheat') factor = rng.pick([0.8, 0.85, 0.88]);
    else if (rng.chance(platform === 'douyin' ? 0.6 : 0.3)) factor = 0.95;
    const unitPrice = Math.round((sku.price * factor) / 10) * 10;
    lines.push({ listing, sku, skuIndex, qty, unitPrice, amount: unitPrice * qty, refund: 0 });
  }
  return lines;
}

/** 满减 / 店铺券, spread over the lines in proportion to their amounts. */
function applyCoupon(rng: Rng, lines: OrderLine[], kind: PhaseKind): void {
  const subtotal = lines.reduce((s, l) => s + l.amount, 0);
  let coupon = 0;
  if (kind === 'wave' || kind === 'peak' || kind === 'launch' || kind === 'preheat') {
    coupon = subtotal >= 30000 ? 4000 : subtotal >= 20000 ? 2500 : subtotal >= 10000 ? 1000 : 0;
  } else if (subtotal >= 9900 && rng.chance(0.3)) coupon = rng.pick([500, 1000]);
  let left = coupon;
  lines.forEach((l, i) => {
    const share = i === lines.length - 1 ? left : Math.round((coupon * l.amount) / subtotal);
    l.amount -= share;
    left -= share;
  });
}

function postageFor(rng: Rng, platform: Platform, goods: number, remote: boolean): number {
  if (remote && goods < 20000) return 1000;
  if (platform === 'jd') return goods < 5900 ? 600 : 0;
  if (platform === 'taobao' && goods < 3900 && rng.chance(0.5)) return 600;
  return 0;
}

/** The buyer of the next order: a new one, or a returning one (loyal core more often). */
function pickBuyer(rng: Rng, pool: { count: number }, progress: number, kind: PhaseKind): [number, boolean] {
  let pReturn = Math.min(0.36, 0.1 + 0.26 * progress);
  if (kind === 'peak' || kind === 'launch') pReturn *= 0.8;
  if (pool.count > 20 && rng.chance(pReturn)) {
    const span = rng.chance(0.45) ? Math.max(1, Math.floor(pool.count * 0.08)) : pool.count;
    return [rng.int(0, span - 1), false];
  }
  return [pool.count++, true];
}

/** Orders of one platform, day by day in creation order. */
export function* simulateOrders(opts: SimOptions): Generator<Order> {
  const { platform, seed = DEFAULT_SEED, start = START_DAY, end = END_DAY, scale = 1 } = opts;
  const exportAt = opts.exportAt ?? parseTime(EXPORT_AT);
  const params = PARAMS[platform];
  const rng = new Rng(hashSeed(seed, 'orders', platform));
  const pool = { count: 0 };
  const sources = SOURCES[platform];
  const days = daysBetween(start, end);
  let seq = 0;
  for (let di = 0; di < days.length; di++) {
    const day = days[di];
    const phase = phaseOf(platform, day);
    const live = LISTINGS[platform].filter((l) => listingWeight(l, day) > 0);
    const products = new Weighted(
      live,
      live.map((l) => listingWeight(l, day)),
    );
    const sourcePick = new Weighted(
      sources,
      sources.map((s) => sourceWeight(s, phase.kind)),
    );
    const hours = new Weighted(
      hourWeights(platform, phase.kind).map((_, h) => h),
      hourWeights(platform, phase.kind),
    );
    const n = rng.count(params.base * scale * dayMultiplier(platform, day) * rng.jitter(0.06));
    const t0 = parseTime(day);
    const times: number[] = [];
    for (let i = 0; i < n; i++) times.push(t0 + hours.pick(rng) * HOUR_MS + rng.int(0, 3599) * 1000);
    times.sort((a, b) => a - b);
    const progress = di / 365;
    for (const created of times) {
      if (created > exportAt) return;
      const [buyer, isNew] = pickBuyer(rng, pool, progress, phase.kind);
      const who = person(platform, buyer);
      const lines = pickLines(rng, products, phase.kind, platform);
      applyCoupon(rng, lines, phase.kind);
      const goods = lines.reduce((s, l) => s + l.amount, 0);
      const order: Order = {
        platform,
        seq,
        id: orderId(platform, seq, buyer, rng),
        buyer,
        isNew,
        created,
        paid: null,
        shipped: null,
        completed: null,
        closed: null,
        refundAt: null,
        lines,
        listTotal: lines.reduce((s, l) => s + l.sku.price * l.qty, 0),
        goods,
        postage: postageFor(rng, platform, goods, who.remote),
        refund: 0,
        state: 'pending',
        refundKind: 'none',
        presale: null,
        source: sourcePick.pick(rng),
        kind: phase.kind,
        mobile: rng.chance(0.93),
        seed: hashSeed(seed, platform, seq),
      };
      seq++;
      settle(rng, order, phase.campaign, exportAt);
      yield order;
      if (opts.limit !== undefined && seq >= opts.limit) return;
    }
  }
}

/** Payment, shipping, refund and confirmation, and the state the order is in at export time. */
function settle(rng: Rng, o: Order, campaign: string, exportAt: number): void {
  const params = PARAMS[o.platform];
  let paid: number | null = null;
  if (o.kind === 'preheat' && rng.chance(params.presale)) {
    o.presale = {
      deposit: Math.round((o.goods + o.postage) * 0.002) * 100,
      depositAt: o.created + rng.int(20, 300) * 1000,
    };
    const balance =
      parseTime(balanceDay(campaign)) + (rng.chance(0.7) ? rng.int(0, 7199) : rng.int(7200, 86399)) * 1000;
    if (!rng.chance(0.08)) paid = balance;
    else o.closed = balance + DAY_MS - 1000;
  } else if (!rng.chance(params.unpaid)) {
    paid = o.created + Math.round(10 + 400 * rng.float() ** 3) * 1000;
  } else {
    o.closed = o.created + rng.int(1800, 3 * 86400) * 1000;
  }
  if (paid === null || paid > exportAt) {
    o.state = o.closed !== null && o.closed <= exportAt ? 'closed' : 'pending';
    if (o.state === 'pending') o.closed = null;
    return;
  }
  o.paid = paid;
  let shipped: number | null = shipTime(rng, paid);
  const delivered = shipped + rng.int(36, 96) * HOUR_MS;
  let completed: number | null = rng.chance(0.55)
    ? delivered + rng.int(5, 96) * HOUR_MS
    : Math.max(delivered, shipped + 10 * DAY_MS);
  if (rng.chance(refundRate(phaseOf(o.platform, fmtDate(paid)).kind))) {
    const r = rng.float();
    const window = Math.floor((shipped - paid) / 60_000) - 5;
    if (r < 0.35 && window > 5) {
      o.refundKind = 'before_ship';
      o.refundAt = paid + rng.int(3, window) * 60_000;
      shipped = null;
      completed = null;
    } else if (r < 0.65) {
      o.refundKind = 'return';
      o.refundAt = delivered + rng.int(24, 168) * HOUR_MS;
      completed = null;
    } else {
      o.refundKind = 'partial';
      o.refundAt = delivered + rng.int(12, 240) * HOUR_MS;
      completed = Math.max(completed, o.refundAt + HOUR_MS);
    }
    if (o.refundAt > exportAt) {
      o.refundKind = 'none';
      o.refundAt = null;
    }
  }
  if (o.refundKind === 'before_ship' || o.refundKind === 'return') {
    for (const l of o.lines) l.refund = l.amount;
    o.refund = o.goods + (o.refundKind === 'before_ship' ? o.postage : 0);
    o.closed = o.refundAt;
  } else if (o.refundKind === 'partial') {
    const line = rng.pick(o.lines);
    line.refund =
      o.lines.length > 1 && rng.chance(0.5)
        ? line.amount
        : Math.round(line.amount * rng.pick([0.1, 0.2, 0.3, 0.5]));
    o.refund = line.refund;
  }
  if (shipped !== null && shipped > exportAt) shipped = null;
  if (completed !== null && (shipped === null || completed > exportAt)) completed = null;
  o.shipped = shipped;
  o.completed = completed;
  if (o.refundKind === 'before_ship' || o.refundKind === 'return') o.state = 'refunded';
  else o.state = shipped === null ? 'paid' : completed === null ? 'shipped' : 'completed';
}
