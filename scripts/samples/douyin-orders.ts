/** 抖店 订单管理 → 批量导出 (reference §4.1): UTF-8 with BOM, the 65 columns, one row per 子订单,
 * ids and times ending in `\t`, `-` for empty. 订单应付金额 is per sub-order (postage on the first). */
import { END_DAY, HOUR_MS, fmtDate, fmtDateTime } from './calendar.ts';
import { INFLUENCERS } from './channels.ts';
import { csvLine, encode, yuan } from './format.ts';
import type { Order } from './orders.ts';
import { person } from './people.ts';
import { Rng } from './prng.ts';

// prettier-ignore
export const DOUYIN_ORDER_HEADER: readonly string[] = [
  '主订单编号', '子订单编号', '选购商品', '商品规格', '商品数量', '商品ID', '商家编码', '商品单价', '订单应付金额', '运费', '优惠总金额',
  '平台优惠', '商家优惠', '达人优惠', '商家改价', '支付优惠', '红包抵扣', '支付方式', '手续费', '收件人', '收件人手机号', '省', '市',
  '区', '街道', '详细地址', '是否修改过地址', '买家留言', '订单提交时间', '旗帜颜色', '商家备注', '订单完成时间', '支付完成时间',
  'APP渠道', '流量来源', '订单状态', '承诺发货时间', '订单类型', '鲁班落地页ID', '达人ID', '达人昵称', '所属门店ID', '售后状态',
  '取消原因', '预约发货时间', '仓库ID', '仓库名称', '是否安心购', '广告渠道', '流量类型', '流量体裁', '流量渠道', '发货主体',
  '发货主体明细', '发货时间', '降价类优惠', '平台实际承担优惠金额', '商家实际承担优惠金额', '达人实际承担优惠金额', '预计送达时间',
  '是否平台仓自流转', '车型', '预约送达时间', '建议发货时间（起）', '建议发货时间（止）',
];

const STATUS: Record<Order['state'], string> = {
  pending: '待支付',
  closed: '已关闭',
  paid: '待发货',
  shipped: '已发货',
  completed: '已完成',
  refunded: '已关闭',
};

const t = (ms: number | null): string => (ms === null ? '-' : fmtDateTime(ms) + '\t');

export function douyinOrderFile(orders: readonly Order[]): Buffer {
  const parts = [csvLine(DOUYIN_ORDER_HEADER)];
  for (let i = orders.length - 1; i >= 0; i--) {
    const o = orders[i];
    const rng = new Rng(o.seed);
    const p = person('douyin', o.buyer);
    const s = o.source;
    const influencer = s.affiliate ? INFLUENCERS[o.seed % INFLUENCERS.length] : null;
    const pay = o.paid === null ? '-' : rng.pick(['抖音支付', '微信', '支付宝', '抖音月付', '抖音支付']);
    const app = rng.pick(['抖音', '抖音', '抖音', '抖音', '抖音极速版', '抖音商城', '今日头条']);
    const message = rng.chance(0.06) ? rng.pick(['主播说送赠品', '请尽快发货', '要白色的，谢谢']) : '-';
    const today = fmtDate(o.created) === END_DAY;
    const cancel =
      o.state === 'closed'
        ? rng.pick(['超时未支付', '买家取消订单', '不想要了'])
        : o.refundKind === 'before_ship'
          ? '买家申请退款'
          : '-';
    o.lines.forEach((l, j) => {
      const list = l.sku.price * l.qty;
      const discount = list - l.amount;
      const platform = Math.round(discount * (s.affiliate ? 0.15 : 0.2));
      const creator = s.affiliate ? Math.round(discount * 0.1) : 0;
      const payDiscount = o.paid !== null && discount > 300 && rng.chance(0.3) ? 100 : 0;
      const merchant = discount - platform - creator - payDiscount;
      const postage = j === 0 ? o.postage : 0;
      const afterSale = l.refund === 0 ? '-' : l.refund === l.amount ? '退款成功' : '售后完成';
      const cells = [
        o.id + '\t',
        o.lines.length === 1
          ? o.id + '\t'
          : `${o.id.slice(0, 15)}${String((Number(o.id.slice(15)) + j + 1) % 10000).padStart(4, '0')}\t`,
        l.listing.title,
        l.sku.variant,
        String(l.qty),
        l.listing.itemId + '\t',
        l.sku.code,
        yuan(l.sku.price),
        yuan(l.amount + postage),
        yuan(postage),
        yuan(discount),
        yuan(platform),
        yuan(merchant),
        yuan(creator),
        '0.00',
        yuan(payDiscount),
        '0.00',
        pay,
        o.paid === null ? '0.00' : yuan(Math.round(l.amount * 0.006)),
        p.name,
        p.phone,
        p.province,
        p.city,
        p.district,
        p.street,
        p.detail,
        rng.chance(0.02) ? '是' : '否',
        message,
        t(o.created),
        '-',
        '-',
        t(o.completed),
        t(o.paid),
        app,
        s.l1,
        STATUS[o.state],
        o.paid === null ? '-' : t(o.paid + 48 * HOUR_MS),
        '普通订单',
        '-',
        influencer ? influencer[0] : '-',
        influencer ? influencer[1] : '-',
        '-',
        afterSale,
        cancel,
        '-',
        '-',
        '-',
        o.seed % 10 < 7 ? '是' : '否',
        s.ad ? '千川' : '-',
        s.type ?? '-',
        today ? '数据将于第二天更新' : (s.genre ?? '-'),
        s.l2,
        '商家',
        '商家自发货',
        t(o.shipped),
        yuan(Math.max(0, (l.sku.price - l.unitPrice) * l.qty)),
        yuan(platform),
        yuan(merchant + payDiscount),
        yuan(creator),
        o.shipped === null ? '-' : fmtDate(o.shipped + 3 * 24 * HOUR_MS),
        '否',
        '-',
        '-',
        o.paid === null || o.shipped !== null ? '-' : t(o.paid),
        o.paid === null || o.shipped !== null ? '-' : t(o.paid + 24 * HOUR_MS),
      ];
      parts.push(csvLine(cells));
    });
  }
  return encode(parts.join(''), 'utf-8-bom');
}
