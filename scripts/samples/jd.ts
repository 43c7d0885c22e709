/** JD: 订单导出 (GBK CSV, the 2015–2017 layout of reference §3.1, one row per order × product, values
 * ending in `\t`, order-level amounts repeated on every row) and 京东商智 商品明细 SKU 分天 (.xlsx,
 * sheet `data`, row 2 a `合计` row, §3.3). */
import { fmtDateTime, phaseOf } from './calendar.ts';
import { byLine, get, phaseCvr, visitorsFor } from './daily.ts';
import { csvLine, encode, yuan } from './format.ts';
import type { Order } from './orders.ts';
import { person } from './people.ts';
import { Rng, hashSeed } from './prng.ts';
import { xlsxWorkbook } from './xlsx.ts';
import type { XlsxCell } from './xlsx.ts';
import { LISTINGS, jdSkuName, listingWeight } from './shop.ts';

// prettier-ignore
export const JD_ORDER_HEADER: readonly string[] = [
  '订单号', '商品ID', '商品名称', '订购数量', '支付方式', '下单时间', '京东价', '订单金额', '结算金额', '余额支付', '应付金额',
  '订单状态', '订单类型', '下单帐号', '客户姓名', '客户地址', '联系电话', '订单备注', '发票类型', '发票抬头', '发票内容', '商家备注',
  '商家备注等级（等级1-5为由高到低）', '运费金额', '付款确认时间', '增值税发票', '货号', '订单完成时间', '订单来源', '订单渠道',
];

function jdStatus(o: Order, rng: Rng): string {
  switch (o.state) {
    case 'pending':
      return rng.chance(0.05) ? '(删除)等待付款' : '等待付款';
    case 'paid':
      return rng.chance(0.05) ? '(锁定)等待出库' : '等待出库';
    case 'shipped':
      return '等待确认收货';
    case 'completed':
      return '完成';
    case 'refunded':
      // A return after delivery is an after-sale case: the order itself stays 完成.
      return o.refundKind === 'return' ? '完成' : '已取消';
    default:
      return '已取消';
  }
}

export function jdOrderFile(orders: readonly Order[]): Buffer {
  const parts = [csvLine(JD_ORDER_HEADER)];
  for (let i = orders.length - 1; i >= 0; i--) {
    const o = orders[i];
    const rng = new Rng(o.seed);
    const p = person('jd', o.buyer);
    const listAmount = o.listTotal + o.postage;
    const settled = o.goods + o.postage;
    const balance = o.paid !== null && rng.chance(0.03) ? Math.min(settled, rng.int(1, 50) * 100) : 0;
    const invoice = rng.float();
    const invoiceType = invoice < 0.6 ? '普通发票' : invoice < 0.98 ? '不开发票' : '增值税专用发票';
    const completed =
      o.completed ?? (o.state === 'refunded' && o.refundKind === 'return' ? o.refundAt : null);
    const order = [
      jdStatus(o, rng),
      '销售订单',
      p.jdAccount,
      p.name,
      `${p.province}${p.city}${p.district}${p.street}${p.detail}`,
      p.phone,
      rng.chance(0.05) ? rng.pick(['请尽快发货', '工作日送货', '送货前电话联系']) : '',
      invoiceType,
      invoiceType === '不开发票'
        ? ''
        : invoiceType === '普通发票' && rng.chance(0.8)
          ? '个人'
          : '杭州某某科技有限公司',
      invoiceType === '不开发票' ? '' : '明细',
      '',
      '',
      yuan(o.postage),
      o.paid !== null ? fmtDateTime(o.paid) : '',
      invoiceType === '增值税专用发票' ? '是' : '否',
    ];
    for (const l of o.lines) {
      const cells = [
        o.id,
        l.listing.skuIds[l.skuIndex],
        jdSkuName(l.listing, l.sku),
        String(l.qty),
        rng.chance(0.02) ? '货到付款' : '在线支付',
        fmtDateTime(o.created),
        yuan(l.sku.price),
        yuan(listAmount),
        yuan(settled),
        yuan(balance),
        yuan(settled - balance),
        ...order,
        l.sku.code,
        completed !== null ? fmtDateTime(completed) : '',
        o.source.l1,
        o.source.l2,
      ];
      parts.push(csvLine(cells.map((c) => (c === '' ? '' : c + '\t'))));
    }
  }
  return encode(parts.join(''), 'gbk');
}

// prettier-ignore
export const JD_SKU_HEADER: readonly string[] = [
  '时间', 'SKU', 'SKU名称', '商品浏览量', '商品访客数', '搜索曝光次数', '搜索点击次数', '加购客户数', '加购商品件数', '下单客户数',
  '下单商品件数', '下单金额', '成交单量', '成交金额', '成交商品件数', '成交客户数',
];

const round2 = (fen: number): number => Math.round(fen) / 100;

/** Day × SKU metrics; JD lists only SKUs that had visitors that day. */
export function jdSkuRows(orders: readonly Order[], days: readonly string[]): XlsxCell[][] {
  const table = byLine(orders, (l) => l.listing.skuIds[l.skuIndex]);
  const rng = new Rng(hashSeed('jd-sku'));
  const rows: XlsxCell[][] = [];
  for (const day of days) {
    const kind = phaseOf('jd', day).kind;
    const skus = LISTINGS.jd.flatMap((l) =>
      l.product.skus.map((sku, i) => ({
        l,
        sku,
        id: l.skuIds[i],
        w: listingWeight(l, day) / l.product.skus.length,
      })),
    );
    const wsum = skus.reduce((s, x) => s + x.w, 0);
    const buyers = skus.reduce((s, x) => s + get(table, day, x.id).paidBuyers.size, 0);
    for (const { l, sku, id, w } of skus) {
      if (w === 0) continue;
      const a = get(table, day, id);
      const cvr = 0.06 * phaseCvr(kind) * (l.product.weight < 1 ? 0.2 : 1);
      const visitors = visitorsFor(
        a.paidBuyers.size,
        (buyers * w) / wsum,
        cvr,
        rng.jitter(0.1),
        a.orderBuyers.size,
      );
      if (visitors === 0) continue;
      const cartBuyers = Math.round(visitors * 0.09 * rng.jitter(0.2) * (kind === 'preheat' ? 2.2 : 1));
      rows.push([
        day,
        id,
        jdSkuName(l, sku),
        Math.round(visitors * rng.range(1.4, 2)),
        visitors,
        Math.round(visitors * rng.range(9, 15)),
        Math.round(visitors * rng.range(0.3, 0.45)),
        cartBuyers,
        Math.round(cartBuyers * rng.range(1.05, 1.3)),
        a.orderBuyers.size,
        a.orderItems,
        round2(a.orderAmount),
        a.paidOrders,
        round2(a.paidAmount),
        a.paidItems,
        a.paidBuyers.size,
      ]);
    }
  }
  return rows;
}

export function jdSkuFile(rows: XlsxCell[][], from: string, to: string): Buffer {
  const total: XlsxCell[] = [`${from} 至 ${to}`, '合计', '-'];
  for (let c = 3; c < JD_SKU_HEADER.length; c++) {
    const sum = rows.reduce((s, r) => s + (r[c] as number), 0);
    total.push(c === 11 || c === 13 ? Math.round(sum * 100) / 100 : sum);
  }
  return xlsxWorkbook([[...JD_SKU_HEADER], total, ...rows], 'data');
}
