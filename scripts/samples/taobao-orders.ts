/** 千牛 订单报表, the old CSV export (`ExportOrderList<yyyyMMddHHmm>.csv`): GBK, CRLF, the 61
 * columns of reference §2.1 with their trailing spaces, plus the later `发货时间`. */
import { closeSync, openSync, writeSync } from 'node:fs';
import {
  DAY_MS,
  START_DAY,
  addDays,
  dayMultiplier,
  daysBetween,
  fmtCompact,
  fmtDateTime,
  parseTime,
} from './calendar.ts';
import { csvLine, encode, yuan } from './format.ts';
import { DEFAULT_SEED, PARAMS, simulateOrders } from './orders.ts';
import type { Order } from './orders.ts';
import { person } from './people.ts';
import { Rng } from './prng.ts';
import { SHOP } from './shop.ts';

export type { Order, OrderLine, OrderState } from './orders.ts';

// prettier-ignore
export const TAOBAO_ORDER_COLUMNS_61 = [
  '订单编号', '买家会员名', '买家支付宝账号', '支付单号', '支付详情', '买家应付货款', '买家应付邮费', '买家支付积分', '总金额',
  '返点积分', '买家实际支付金额', '买家实际支付积分', '订单状态', '买家留言', '收货人姓名', '收货地址 ', '运送方式', '联系电话 ',
  '联系手机', '订单创建时间', '订单付款时间 ', '宝贝标题 ', '宝贝种类 ', '物流单号 ', '物流公司', '订单备注', '宝贝总数量', '店铺Id',
  '店铺名称', '订单关闭原因', '卖家服务费', '买家服务费', '发票抬头', '是否手机订单', '分阶段订单信息', '特权订金订单id',
  '是否上传合同照片', '是否上传小票', '是否代付', '定金排名', '修改后的sku', '修改后的收货地址', '异常信息', '天猫卡券抵扣',
  '集分宝抵扣', '是否是O2O交易', '新零售交易类型', '新零售导购门店名称', '新零售导购门店id', '新零售发货门店名称',
  '新零售发货门店id', '退款金额', '预约门店', '确认收货时间', '打款商家金额', '含应开票给个人的个人红包', '是否信用购',
  '体验期结束时间', '前N有礼', '配送类型', '主订单编号',
] as const;

export const TAOBAO_ORDER_HEADER: readonly string[] = [...TAOBAO_ORDER_COLUMNS_61, '发货时间'];

/** Cells written verbatim (Excel-formula quoting `="…"`): 订单编号, 支付单号. */
const RAW = new Set([0, 3]);

const MESSAGES = [
  '请尽快发货',
  '送人的，不要放价格单',
  '麻烦发顺丰，谢谢！',
  '颜色要白色的,谢谢',
  '周末家里没人，请放快递柜',
  '多送点赠品哈',
];
const CARRIERS: [string, string][] = [
  ['中通快递', '78'],
  ['圆通速递', 'YT'],
  ['韵达快递', '43'],
  ['顺丰速运', 'SF'],
  ['极兔速递', 'JT'],
];
const PAY_METHODS = ['支付宝', '花呗', '余额宝', '银行卡快捷'];

/** The status text; some exports write the half-width comma variant (fixed per order). */
export function taobaoStatus(o: Order): string {
  switch (o.state) {
    case 'pending':
      return '等待买家付款';
    case 'paid':
      return o.seed % 5 === 0 ? '买家已付款,等待卖家发货' : '买家已付款，等待卖家发货';
    case 'shipped':
      return '卖家已发货，等待买家确认';
    case 'completed':
      return '交易成功';
    default:
      return '交易关闭';
  }
}

function closeReason(o: Order, rng: Rng): string {
  if (o.state === 'refunded') return '退款';
  if (o.state !== 'closed') return '订单未关闭';
  if (o.presale) return '尾款未付款';
  return rng.pick(['未及时付款', '买家不想买了', '买家信息填写错误，重新拍', '其他原因']);
}

/** One order as the 62 cells of the export. */
export function taobaoOrderCells(o: Order): string[] {
  const rng = new Rng(o.seed);
  const p = person('taobao', o.buyer);
  const total = o.goods + o.postage;
  const actual = o.paid !== null ? total - o.refund : 0;
  const paid = o.paid !== null ? fmtDateTime(o.paid) : '';
  const carrier = rng.pick(CARRIERS);
  const id = `="${o.id}"`;
  return [
    id,
    p.nick,
    p.alipay,
    o.paid !== null ? `="${fmtCompact(o.paid)}22001${rng.digits(15)}"` : '',
    o.paid !== null ? `支付方式：${rng.pick(PAY_METHODS)}` : '',
    yuan(o.goods),
    yuan(o.postage),
    '0',
    yuan(total),
    '0',
    yuan(actual),
    '0',
    taobaoStatus(o),
    rng.chance(0.07) ? rng.pick(MESSAGES) : '',
    p.name,
    `${p.province} ${p.city} ${p.district} ${p.street}${p.detail}(${p.zip})`,
    '快递',
    rng.chance(0.12) ? p.landline : '',
    `'${p.phone}`,
    fmtDateTime(o.created),
    paid,
    o.lines.map((l) => l.listing.title).join('，'),
    String(o.lines.length),
    o.shipped !== null ? `No:${carrier[1]}${rng.digits(carrier[1] === 'SF' ? 13 : 12)}` : '',
    o.shipped !== null ? carrier[0] : '',
    rng.chance(0.03) ? rng.pick(['已备注赠品', '老客户，优先发货', '换货补发']) : '',
    String(o.lines.reduce((s, l) => s + l.qty, 0)),
    SHOP.taobaoShopId,
    SHOP.taobao,
    closeReason(o, rng),
    '0',
    '0',
    rng.chance(0.05) ? rng.pick(['个人', '杭州栖木网络科技有限公司', '上海某某贸易有限公司']) : '',
    o.mobile ? '手机订单' : '',
    o.presale
      ? `定金：${yuan(o.presale.deposit)}元（已付款）；尾款：${yuan(total - o.presale.deposit)}元（${o.paid !== null ? '已付款' : '未付款'}）`
      : '',
    '',
    '否',
    '否',
    rng.chance(0.02) ? '是' : '否',
    o.presale ? String(rng.int(1, 5000)) : '',
    '',
    '',
    '',
    '0',
    '0',
    '',
    '',
    '',
    '',
    '',
    '',
    yuan(o.refund),
    '',
    o.completed !== null ? fmtDateTime(o.completed) : '',
    `${o.completed !== null ? yuan(actual) : '0.00'}元`,
    '0',
    '否',
    '',
    '',
    '',
    '',
    o.shipped !== null ? fmtDateTime(o.shipped) : '',
  ];
}

export function taobaoOrderLine(o: Order): string {
  return csvLine(taobaoOrderCells(o), RAW);
}

export const TAOBAO_HEADER_LINE = csvLine(TAOBAO_ORDER_HEADER);

/** The demo file: header, then the orders newest first, as 千牛 sorts them. */
export function taobaoOrderFile(orders: readonly Order[]): Buffer {
  const parts: string[] = [TAOBAO_HEADER_LINE];
  for (let i = orders.length - 1; i >= 0; i--) parts.push(taobaoOrderLine(orders[i]));
  return encode(parts.join(''), 'gbk');
}

export interface TaobaoCsvOptions {
  rows: number;
  encoding: 'gbk' | 'utf-8';
  seed?: number;
  /** first day, `YYYY-MM-DD` (default 2025-10-01); the rows spread over about a year from it. */
  start?: string;
}

/** The same shop's calendar scaled so that `rows` orders fill about a year from `start`. */
function* benchOrders(opts: TaobaoCsvOptions): Generator<Order> {
  const start = opts.start ?? START_DAY;
  const expected = daysBetween(start, addDays(start, 364)).reduce(
    (s, d) => s + PARAMS.taobao.base * dayMultiplier('taobao', d),
    0,
  );
  const end = addDays(start, 3 * 365);
  yield* simulateOrders({
    platform: 'taobao',
    seed: opts.seed ?? DEFAULT_SEED,
    start,
    end,
    exportAt: parseTime(end) + DAY_MS,
    scale: (opts.rows / expected) * 1.02,
    limit: opts.rows,
  });
}

/** An ExportOrderList CSV with `rows` orders (plus the header) in memory. For big files use
 * writeTaobaoOrderCsvFile. */
export function writeTaobaoOrderCsv(opts: TaobaoCsvOptions): Buffer {
  const parts: string[] = [TAOBAO_HEADER_LINE];
  for (const o of benchOrders(opts)) parts.push(taobaoOrderLine(o));
  return encode(parts.join(''), opts.encoding);
}

/** Streams an ExportOrderList CSV with `rows` orders to `path` in chunks (a million orders never
 * sit in memory as one string). Returns the bytes written. */
export function writeTaobaoOrderCsvFile(path: string, opts: TaobaoCsvOptions): number {
  const fd = openSync(path, 'w');
  let bytes = 0;
  try {
    let chunk = TAOBAO_HEADER_LINE;
    let n = 0;
    const flush = (): void => {
      const buf = encode(chunk, opts.encoding);
      for (let off = 0; off < buf.length;) off += writeSync(fd, buf, off);
      bytes += buf.length;
      chunk = '';
      n = 0;
    };
    for (const o of benchOrders(opts)) {
      chunk += taobaoOrderLine(o);
      if (++n >= 5000) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}
