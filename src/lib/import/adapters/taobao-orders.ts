import type { ReportAdapter } from '../report.ts';
import { amountReject, LINEAGE, orderIdRejects, timeReject } from './common.ts';
import { DROP_SUMMARY_LINES } from './taobao-items.ts';

/** 千牛 订单报表 (old CSV, `ExportOrderList….csv`, GBK), reference §2.1 and §6.2. 买家实际支付金额
 * is net of refunds, so GMV takes 买家应付货款 + 买家应付邮费 (or 总金额 when those are absent). */
export const taobaoOrders: ReportAdapter = {
  id: 'taobao_orders',
  platform: 'taobao',
  title: { zh: '淘宝/天猫 订单报表', en: 'Taobao/Tmall order report' },
  fields: {
    order_id: ['订单编号'],
    buyer: ['买家会员名'],
    goods_amount: ['买家应付货款'],
    postage: ['买家应付邮费'],
    total_amount: ['总金额'],
    paid_amount: ['买家实际支付金额', '买家实付金额'],
    refund_amount: ['退款金额'],
    status: ['订单状态'],
    created_at: ['订单创建时间'],
    paid_at: ['订单付款时间'],
    shipped_at: ['发货时间'],
    completed_at: ['确认收货时间'],
    title: ['宝贝标题', '商品标题'],
    item_kinds: ['宝贝种类'],
    item_qty: ['宝贝总数量'],
    shop: ['店铺名称'],
    mobile: ['是否手机订单', '手机订单'],
    address: ['收货地址'],
    buyer_alipay: ['买家支付宝账号'],
    receiver: ['收货人姓名'],
    phone: ['联系电话'],
    mobile_phone: ['联系手机'],
  },
  required: ['order_id', 'status', 'created_at', 'total_amount', 'paid_at'],
  personal: ['buyer_alipay', 'receiver', 'phone', 'mobile_phone'],
  stage: (c) => `
    ${c('order_id')} AS order_id,
    ${c('order_id')} AS order_id_raw,
    id_is_scientific_of(${c('order_id')}) AS order_id_scientific,
    replace(${c('status')}, '，', ',') AS status_raw,
    timestamp_of(${c('created_at')}) AS created_at,
    ${c('created_at')} AS created_at_raw,
    timestamp_of(${c('paid_at')}) AS paid_at,
    ${c('paid_at')} AS paid_at_raw,
    timestamp_of(${c('shipped_at')}) AS shipped_at,
    timestamp_of(${c('completed_at')}) AS completed_at,
    amount_of(${c('goods_amount')}) AS goods_amount,
    amount_of(${c('postage')}) AS postage,
    amount_of(${c('total_amount')}) AS total_amount,
    ${c('total_amount')} AS total_amount_raw,
    coalesce(amount_of(${c('refund_amount')}), 0) AS refund_amount,
    int_of(${c('item_qty')}) AS item_qty,
    ${c('title')} AS title,
    ${c('shop')} AS shop,
    ${c('mobile')} IS NOT NULL AS is_mobile,
    split_part(${c('address')}, ' ', 1) AS province,
    CASE WHEN ${c('buyer')} IS NOT NULL
      THEN sha256($salt || 'taobao:' || ${c('buyer')})
    END AS buyer_hash`,
  rejects: [
    ...orderIdRejects('订单编号'),
    timeReject('created_at', '订单创建时间', true),
    timeReject('paid_at', '订单付款时间', false),
    amountReject('total_amount', '总金额'),
  ],
  targets: [
    {
      table: 'orders',
      key: ['platform', 'order_id'],
      columns: {
        platform: `'taobao'`,
        shop: 'shop',
        order_id: 'order_id',
        status: `CASE
          WHEN status_raw = '等待买家付款' THEN 'created'
          WHEN status_raw = '买家已付款,等待卖家发货' THEN 'paid'
          WHEN status_raw = '卖家已发货,等待买家确认' THEN 'shipped'
          WHEN status_raw = '交易成功' THEN 'completed'
          WHEN status_raw = '交易关闭' AND paid_at IS NOT NULL THEN 'refunded'
          WHEN status_raw = '交易关闭' THEN 'closed'
          WHEN paid_at IS NOT NULL THEN 'paid'
          ELSE 'created' END`,
        status_raw: 'status_raw',
        created_at: 'created_at',
        paid_at: 'paid_at',
        shipped_at: 'shipped_at',
        completed_at: 'completed_at',
        goods_amount: 'coalesce(goods_amount, total_amount - coalesce(postage, 0))',
        postage: 'coalesce(postage, 0)',
        payable_amount: 'coalesce(goods_amount + coalesce(postage, 0), total_amount)',
        refund_amount: 'refund_amount',
        item_qty: 'item_qty',
        buyer_hash: 'buyer_hash',
        province: "nullif(province, '')",
        is_mobile: 'is_mobile',
        ...LINEAGE,
      },
    },
    {
      // The old order report has no lines: one summary line per order keeps order_items complete
      // until the 宝贝报表 (item report) adapter brings the real ones.
      table: 'order_items',
      key: ['platform', 'order_id', 'line_id'],
      columns: {
        platform: `'taobao'`,
        order_id: 'order_id',
        line_id: `'order'`,
        title: 'title',
        quantity: 'item_qty',
        line_amount: 'coalesce(goods_amount, total_amount - coalesce(postage, 0))',
        line_refund: 'refund_amount',
        status_raw: 'status_raw',
        ...LINEAGE,
      },
    },
  ],
  afterLoad: [DROP_SUMMARY_LINES],
};
