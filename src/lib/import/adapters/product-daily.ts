import { LINEAGE } from './common.ts';
import type { ColumnRef, ReportAdapter, TableLoad } from '../report.ts';

/** product_daily columns both product reports fill, as SQL over the staged row. */
const PRODUCT_COLUMNS = [
  'date',
  'product_id',
  'product_name',
  'merchant_code',
  'visitors',
  'page_views',
  'avg_stay_seconds',
  'favorite_buyers',
  'add_cart_buyers',
  'add_cart_items',
  'order_buyers',
  'order_items',
  'order_amount',
  'paid_buyers',
  'paid_items',
  'paid_orders',
  'paid_amount',
  'new_paid_buyers',
  'refund_amount',
  'search_impressions',
  'search_clicks',
  'search_visitors',
  'reported_conversion',
  'reported_bounce',
];

const COUNTS = new Set([
  'visitors',
  'page_views',
  'favorite_buyers',
  'add_cart_buyers',
  'add_cart_items',
  'order_buyers',
  'order_items',
  'paid_buyers',
  'paid_items',
  'paid_orders',
  'new_paid_buyers',
  'search_impressions',
  'search_clicks',
  'search_visitors',
]);
const MONEY = new Set(['order_amount', 'paid_amount', 'refund_amount']);
const RATIOS = new Set(['reported_conversion', 'reported_bounce']);

/** The staged row of a product report: every field parsed by its kind. */
function stage(c: ColumnRef): string {
  return PRODUCT_COLUMNS.map((f) => {
    if (f === 'date') return `timestamp_of(${c('date')})::DATE AS date, ${c('date')} AS date_raw`;
    if (COUNTS.has(f)) return `int_of(${c(f)}) AS ${f}`;
    if (MONEY.has(f)) return `amount_of(${c(f)}) AS ${f}`;
    if (RATIOS.has(f)) return `ratio_of(${c(f)}) AS ${f}`;
    if (f === 'avg_stay_seconds') return `TRY_CAST(number_text(${c(f)}) AS DOUBLE) AS ${f}`;
    return `${c(f)} AS ${f}`;
  }).join(',\n    ');
}

function target(platform: string, grain: string): TableLoad {
  const columns: Record<string, string> = { platform: `'${platform}'`, shop: `''`, grain: `'${grain}'` };
  for (const f of PRODUCT_COLUMNS) columns[f] = f;
  return {
    table: 'product_daily',
    key: ['platform', 'shop', 'date', 'product_id'],
    columns: { ...columns, ...LINEAGE },
  };
}

const rejects = (dateName: string): ReportAdapter['rejects'] => [
  {
    field: 'date',
    when: 'date IS NULL',
    value: 'date_raw',
    reason: { zh: `${dateName}不是有效日期`, en: 'the date is not a valid date' },
  },
  {
    field: 'product_id',
    when: 'product_id IS NULL',
    value: 'product_id',
    reason: { zh: '商品ID为空', en: 'product id is empty' },
  },
  {
    field: 'product_id',
    when: 'id_is_scientific_of(product_id)',
    value: 'product_id',
    reason: {
      zh: '商品ID被表格软件改成了科学计数法，已丢失位数：请重新导出原始文件',
      en: 'product id was turned into scientific notation and lost digits: export the file again',
    },
  },
];

// Total rows: 合计/总计/汇总/全部 in the id or the date column.
const TOTAL_ROW = `product_id IN ('合计', '总计', '汇总', '全部') OR date_raw IN ('合计', '总计', '汇总', '全部')
  OR starts_with(date_raw, '合计') OR contains(coalesce(date_raw, ''), ' 至 ')`;

/** 生意参谋 → 品类 → 商品_全部 (.xls, header under a preamble), reference §2.5. One row per product
 * per day when exported per day. */
export const sycmProducts: ReportAdapter = {
  id: 'sycm_products',
  platform: 'taobao',
  title: { zh: '生意参谋 商品_全部', en: 'Taobao 生意参谋 products' },
  fields: {
    date: ['统计日期'],
    product_id: ['商品ID'],
    product_name: ['商品名称'],
    merchant_code: ['货号'],
    visitors: ['商品访客数'],
    page_views: ['商品浏览量'],
    avg_stay_seconds: ['平均停留时长'],
    reported_bounce: ['商品详情页跳出率'],
    favorite_buyers: ['商品收藏人数'],
    add_cart_items: ['商品加购件数'],
    add_cart_buyers: ['商品加购人数'],
    order_buyers: ['下单买家数'],
    order_items: ['下单件数'],
    order_amount: ['下单金额'],
    paid_buyers: ['支付买家数'],
    paid_items: ['支付件数'],
    paid_amount: ['支付金额'],
    reported_conversion: ['商品支付转化率'],
    new_paid_buyers: ['支付新买家数'],
    refund_amount: ['成功退款金额'],
    search_visitors: ['搜索引导访客数'],
  },
  required: ['date', 'product_id', 'visitors', 'paid_amount'],
  personal: [],
  stage,
  skip: TOTAL_ROW,
  rejects: rejects('统计日期'),
  targets: [target('taobao', 'item')],
};

/** 京东商智 → 商品明细 SKU 分天下载 (.xlsx, row 2 a 合计 row), reference §3.3. JD says 成交/客户
 * where Tmall says 支付/买家. */
export const jdSkuDaily: ReportAdapter = {
  id: 'jd_sku_daily',
  platform: 'jd',
  title: { zh: '京东商智 商品明细（SKU 分天）', en: 'JD 商智 SKU detail by day' },
  fields: {
    date: ['时间'],
    product_id: ['SKU', 'SPU'],
    product_name: ['SKU名称', 'SPU名称'],
    page_views: ['商品浏览量'],
    visitors: ['商品访客数'],
    search_impressions: ['搜索曝光次数'],
    search_clicks: ['搜索点击次数'],
    add_cart_buyers: ['加购客户数'],
    add_cart_items: ['加购商品件数'],
    order_buyers: ['下单客户数'],
    order_items: ['下单商品件数'],
    order_amount: ['下单金额'],
    paid_orders: ['成交单量'],
    paid_amount: ['成交金额'],
    paid_items: ['成交商品件数'],
    paid_buyers: ['成交客户数'],
  },
  required: ['date', 'product_id', 'visitors', 'paid_amount'],
  personal: [],
  stage,
  skip: TOTAL_ROW,
  rejects: rejects('时间'),
  targets: [target('jd', 'sku')],
};
