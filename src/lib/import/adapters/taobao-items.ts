import { LINEAGE } from './common.ts';
import type { ReportAdapter } from '../report.ts';

/** An order keeps either its real lines or one summary line (`line_id = 'order'`, from the order
 * report, which has none), never both: run after either Taobao import. */
export const DROP_SUMMARY_LINES = `DELETE FROM order_items s
  WHERE s.platform = 'taobao' AND s.line_id = 'order'
    AND EXISTS (SELECT 1 FROM order_items l
                WHERE l.platform = 'taobao' AND l.order_id = s.order_id AND l.line_id <> 'order')`;

/** 千牛 宝贝报表 (old item CSV, `ExportOrderDetailList….csv`, GBK), reference §2.2: one row per
 * order line, no sub-order id, so a line is known by its SKU code, outer code and attributes. */
export const taobaoItems: ReportAdapter = {
  id: 'taobao_order_items',
  platform: 'taobao',
  title: { zh: '淘宝/天猫 宝贝报表', en: 'Taobao/Tmall item report' },
  fields: {
    order_id: ['订单编号'],
    title: ['标题'],
    unit_price: ['价格'],
    quantity: ['购买数量'],
    outer_code: ['外部系统编号'],
    sku_text: ['商品属性'],
    status: ['订单状态'],
    merchant_sku: ['商家编码'],
  },
  required: ['order_id', 'title', 'unit_price', 'quantity'],
  personal: [],
  stage: (c) => `
    ${c('order_id')} AS order_id,
    id_is_scientific_of(${c('order_id')}) AS order_id_scientific,
    ${c('title')} AS title,
    amount_of(${c('unit_price')}) AS unit_price,
    ${c('unit_price')} AS unit_price_raw,
    int_of(${c('quantity')}) AS quantity,
    ${c('outer_code')} AS outer_code,
    ${c('sku_text')} AS sku_text,
    ${c('merchant_sku')} AS merchant_sku,
    replace(${c('status')}, '，', ',') AS status_raw`,
  rejects: [
    {
      field: 'order_id',
      when: 'order_id IS NULL OR order_id_scientific',
      value: 'order_id',
      reason: { zh: '订单编号为空或被改成了科学计数法', en: 'order number empty or in scientific notation' },
    },
    {
      field: 'unit_price',
      when: 'unit_price IS NULL',
      value: 'unit_price_raw',
      reason: { zh: '价格不是有效金额', en: 'price is not a valid amount' },
    },
  ],
  targets: [
    {
      table: 'order_items',
      key: ['platform', 'order_id', 'line_id'],
      columns: {
        platform: `'taobao'`,
        order_id: 'order_id',
        line_id: `concat_ws('|', coalesce(merchant_sku, ''), coalesce(outer_code, ''), coalesce(sku_text, ''))`,
        title: 'title',
        sku_text: 'sku_text',
        merchant_sku: 'merchant_sku',
        unit_price: 'unit_price',
        quantity: 'quantity',
        line_amount: 'unit_price * quantity',
        status_raw: 'status_raw',
        ...LINEAGE,
      },
    },
  ],
  afterLoad: [DROP_SUMMARY_LINES],
};
