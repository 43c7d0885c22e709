import type { ReportAdapter } from '../report.ts';
import { amountReject, LINEAGE, LINEAGE_GROUPED, orderIdRejects, timeReject } from './common.ts';

/** 京东商家后台 订单导出 (CSV, GBK), reference §3.1: one row per order × product, every value
 * ending in a tab, order-level amounts (应付金额, 运费金额) repeated on every product row — so an
 * order takes them once, from any of its rows. The export has no refund or ship-time column. */
export const jdOrders: ReportAdapter = {
  id: 'jd_orders',
  platform: 'jd',
  title: { zh: '京东 订单导出', en: 'JD order export' },
  fields: {
    order_id: ['订单号', '订单编号'],
    product_id: ['商品ID', '商品编号'],
    title: ['商品名称'],
    quantity: ['订购数量', '订单数量'],
    created_at: ['下单时间'],
    unit_price: ['京东价'],
    order_amount: ['订单金额'],
    settled_amount: ['结算金额', '实付金额'],
    payable_amount: ['应付金额'],
    status: ['订单状态'],
    order_type: ['订单类型'],
    buyer: ['下单帐号', '下单账号'],
    postage: ['运费金额'],
    paid_at: ['付款确认时间'],
    merchant_sku: ['货号', '商家SKUID'],
    completed_at: ['订单完成时间'],
    order_source: ['订单来源'],
    channel: ['订单渠道'],
    customer_name: ['客户姓名'],
    address: ['客户地址', '收货地址'],
    phone: ['联系电话', '手机号'],
  },
  required: ['order_id', 'product_id', 'payable_amount', 'status', 'created_at'],
  personal: ['customer_name', 'address', 'phone'],
  stage: (c) => `
    ${c('order_id')} AS order_id,
    ${c('order_id')} AS order_id_raw,
    id_is_scientific_of(${c('order_id')}) AS order_id_scientific,
    ${c('product_id')} AS product_id,
    ${c('product_id')} AS product_id_raw,
    ${c('title')} AS title,
    int_of(${c('quantity')}) AS quantity,
    amount_of(${c('unit_price')}) AS unit_price,
    amount_of(${c('payable_amount')}) AS payable_amount,
    ${c('payable_amount')} AS payable_amount_raw,
    coalesce(amount_of(${c('postage')}), 0) AS postage,
    ${c('status')} AS status_raw,
    CASE WHEN starts_with(${c('status')}, '(') THEN substr(${c('status')}, strpos(${c('status')}, ')') + 1) ELSE ${c('status')} END AS status_base,
    timestamp_of(${c('created_at')}) AS created_at,
    ${c('created_at')} AS created_at_raw,
    timestamp_of(${c('paid_at')}) AS paid_at,
    ${c('paid_at')} AS paid_at_raw,
    timestamp_of(${c('completed_at')}) AS completed_at,
    ${c('merchant_sku')} AS merchant_sku,
    ${c('channel')} AS channel,
    ${c('order_source')} = '移动端订单' AS is_mobile,
    CASE WHEN ${c('buyer')} IS NOT NULL
      THEN sha256($salt || 'jd:' || ${c('buyer')})
    END AS buyer_hash`,
  rejects: [
    ...orderIdRejects('订单号'),
    {
      field: 'product_id',
      when: 'product_id IS NULL',
      value: 'product_id_raw',
      reason: { zh: '商品ID为空', en: 'product id is empty' },
    },
    timeReject('created_at', '下单时间', true),
    timeReject('paid_at', '付款确认时间', false),
    amountReject('payable_amount', '应付金额'),
  ],
  targets: [
    {
      table: 'orders',
      key: ['platform', 'order_id'],
      groupBy: ['order_id'],
      columns: {
        platform: `'jd'`,
        order_id: 'order_id',
        status: `CASE
          WHEN any_value(status_base) = '等待付款' THEN 'created'
          WHEN any_value(status_base) = '等待出库' THEN 'paid'
          WHEN any_value(status_base) = '等待确认收货' THEN 'shipped'
          WHEN any_value(status_base) = '完成' THEN 'completed'
          WHEN any_value(status_base) = '已取消' AND max(paid_at) IS NOT NULL THEN 'refunded'
          WHEN any_value(status_base) = '已取消' THEN 'closed'
          WHEN max(paid_at) IS NOT NULL THEN 'paid'
          ELSE 'created' END`,
        status_raw: 'any_value(status_raw)',
        created_at: 'min(created_at)',
        paid_at: 'max(paid_at)',
        completed_at: 'max(completed_at)',
        goods_amount: 'max(payable_amount) - max(postage)',
        postage: 'max(postage)',
        payable_amount: 'max(payable_amount)',
        // A cancelled order that was paid was refunded in full; the export has no refund column.
        refund_amount: `CASE WHEN any_value(status_base) = '已取消' AND max(paid_at) IS NOT NULL
          THEN max(payable_amount) ELSE 0 END`,
        item_qty: 'sum(quantity)',
        buyer_hash: 'any_value(buyer_hash)',
        source: 'any_value(channel)',
        source_group: 'source_group_of(any_value(channel), NULL)',
        is_mobile: 'bool_or(is_mobile)',
        ...LINEAGE_GROUPED,
      },
    },
    {
      table: 'order_items',
      key: ['platform', 'order_id', 'line_id'],
      columns: {
        platform: `'jd'`,
        order_id: 'order_id',
        line_id: 'product_id',
        product_id: 'product_id',
        sku_id: 'product_id',
        title: 'title',
        merchant_sku: 'merchant_sku',
        unit_price: 'unit_price',
        quantity: 'quantity',
        line_amount: 'unit_price * quantity',
        line_refund: `CASE WHEN status_base = '已取消' AND paid_at IS NOT NULL THEN unit_price * quantity ELSE 0 END`,
        status_raw: 'status_raw',
        ...LINEAGE,
      },
    },
  ],
};
