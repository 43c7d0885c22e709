import type { ReportAdapter } from '../report.ts';
import { amountReject, LINEAGE, LINEAGE_GROUPED, orderIdRejects, timeReject } from './common.ts';

/** 抖店 订单管理 → 批量导出 (CSV, UTF-8 with BOM), reference §4.1: one row per 子订单, ids and
 * times ending in a tab, `-` for empty. 订单应付金额 and 运费 belong to the sub-order, so an order
 * sums them. There is no buyer account column: the buyer is the salted hash of the receiver's
 * phone number, which itself never lands. */
export const douyinOrders: ReportAdapter = {
  id: 'douyin_orders',
  platform: 'douyin',
  title: { zh: '抖店 订单导出', en: 'Douyin shop order export' },
  fields: {
    order_id: ['主订单编号'],
    line_id: ['子订单编号'],
    title: ['选购商品'],
    sku_text: ['商品规格'],
    quantity: ['商品数量'],
    product_id: ['商品ID'],
    merchant_sku: ['商家编码'],
    unit_price: ['商品单价', '商品金额'],
    payable_amount: ['订单应付金额', '应付金额'],
    postage: ['运费'],
    created_at: ['订单提交时间'],
    completed_at: ['订单完成时间'],
    paid_at: ['支付完成时间'],
    shipped_at: ['发货时间'],
    status: ['订单状态'],
    after_sale: ['售后状态'],
    source: ['流量来源'],
    traffic_type: ['流量类型'],
    channel: ['流量渠道'],
    province: ['省'],
    receiver: ['收件人'],
    receiver_phone: ['收件人手机号'],
    street: ['街道'],
    address: ['详细地址'],
  },
  required: ['order_id', 'line_id', 'payable_amount', 'status', 'created_at'],
  personal: ['receiver', 'street', 'address'],
  stage: (c) => `
    ${c('order_id')} AS order_id,
    ${c('order_id')} AS order_id_raw,
    id_is_scientific_of(${c('order_id')}) OR id_is_scientific_of(${c('line_id')}) AS id_scientific,
    ${c('line_id')} AS line_id,
    ${c('line_id')} AS line_id_raw,
    ${c('title')} AS title,
    ${c('sku_text')} AS sku_text,
    int_of(${c('quantity')}) AS quantity,
    ${c('product_id')} AS product_id,
    ${c('merchant_sku')} AS merchant_sku,
    amount_of(${c('unit_price')}) AS unit_price,
    amount_of(${c('payable_amount')}) AS payable_amount,
    ${c('payable_amount')} AS payable_amount_raw,
    coalesce(amount_of(${c('postage')}), 0) AS postage,
    timestamp_of(${c('created_at')}) AS created_at,
    ${c('created_at')} AS created_at_raw,
    timestamp_of(${c('paid_at')}) AS paid_at,
    ${c('paid_at')} AS paid_at_raw,
    timestamp_of(${c('shipped_at')}) AS shipped_at,
    timestamp_of(${c('completed_at')}) AS completed_at,
    ${c('status')} AS status_raw,
    ${c('after_sale')} AS after_sale,
    ${c('channel')} AS channel,
    ${c('source')} AS source,
    ${c('traffic_type')} AS traffic_type,
    ${c('province')} AS province,
    CASE WHEN ${c('receiver_phone')} IS NOT NULL
      THEN sha256($salt || 'douyin:' || ${c('receiver_phone')})
    END AS buyer_hash`,
  rejects: [
    ...orderIdRejects('主订单编号', 'id_scientific'),
    {
      field: 'line_id',
      when: 'line_id IS NULL',
      value: 'line_id_raw',
      reason: { zh: '子订单编号为空', en: 'sub-order number is empty' },
    },
    timeReject('created_at', '订单提交时间', true),
    timeReject('paid_at', '支付完成时间', false),
    amountReject('payable_amount', '订单应付金额'),
  ],
  targets: [
    {
      table: 'orders',
      key: ['platform', 'order_id'],
      groupBy: ['order_id'],
      columns: {
        platform: `'douyin'`,
        order_id: 'order_id',
        status: `CASE
          WHEN any_value(status_raw) = '待支付' THEN 'created'
          WHEN any_value(status_raw) IN ('待发货', '备货中', '已支付') THEN 'paid'
          WHEN any_value(status_raw) = '已发货' THEN 'shipped'
          WHEN any_value(status_raw) = '已完成' THEN 'completed'
          WHEN any_value(status_raw) = '已关闭' AND max(paid_at) IS NOT NULL THEN 'refunded'
          WHEN any_value(status_raw) = '已关闭' THEN 'closed'
          WHEN max(paid_at) IS NOT NULL THEN 'paid'
          ELSE 'created' END`,
        status_raw: 'any_value(status_raw)',
        created_at: 'min(created_at)',
        paid_at: 'max(paid_at)',
        shipped_at: 'min(shipped_at)',
        completed_at: 'max(completed_at)',
        goods_amount: 'sum(payable_amount) - sum(postage)',
        postage: 'sum(postage)',
        payable_amount: 'sum(payable_amount)',
        // 退款成功 refunds the sub-order; 售后完成 amounts are not in this export (counted as 0).
        refund_amount: `sum(CASE WHEN after_sale = '退款成功' THEN payable_amount ELSE 0 END)`,
        item_qty: 'sum(quantity)',
        buyer_hash: 'any_value(buyer_hash)',
        source: 'any_value(channel)',
        source_group: 'source_group_of(any_value(channel), any_value(traffic_type))',
        province: 'any_value(province)',
        is_mobile: 'true',
        ...LINEAGE_GROUPED,
      },
    },
    {
      table: 'order_items',
      key: ['platform', 'order_id', 'line_id'],
      columns: {
        platform: `'douyin'`,
        order_id: 'order_id',
        line_id: 'line_id',
        product_id: 'product_id',
        title: 'title',
        sku_text: 'sku_text',
        merchant_sku: 'merchant_sku',
        unit_price: 'unit_price',
        quantity: 'quantity',
        line_amount: 'payable_amount',
        line_refund: `CASE WHEN after_sale = '退款成功' THEN payable_amount ELSE 0 END`,
        status_raw: 'status_raw',
        ...LINEAGE,
      },
    },
  ],
};
