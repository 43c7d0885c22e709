import { LINEAGE } from './common.ts';
import type { ColumnRef, ReportAdapter, TableLoad } from '../report.ts';

const COUNTS = ['impressions', 'clicks', 'orders', 'cart_adds'];
const MONEY = ['spend', 'gmv', 'net_gmv'];

function stage(c: ColumnRef): string {
  return [
    `timestamp_of(${c('date')})::DATE AS date`,
    `${c('date')} AS date_raw`,
    `coalesce(${c('shop')}, '') AS shop`,
    `${c('scene')} AS scene`,
    `coalesce(${c('plan_id')}, ${c('plan_name')}, '') AS plan_id`,
    `${c('plan_name')} AS plan_name`,
    `coalesce(${c('entity_id')}, '') AS entity_id`,
    `${c('entity_name')} AS entity_name`,
    ...COUNTS.map((f) => `int_of(${c(f)}) AS ${f}`),
    ...MONEY.map((f) => `amount_of(${c(f)}) AS ${f}`),
    `${c('spend')} AS spend_raw`,
    `ratio_of(${c('reported_roi')}) AS reported_roi`,
  ].join(',\n    ');
}

function target(platform: string, channel: string): TableLoad {
  const columns: Record<string, string> = { platform: `'${platform}'`, channel: `'${channel}'` };
  for (const f of [
    'shop',
    'date',
    'scene',
    'plan_id',
    'plan_name',
    'entity_id',
    'entity_name',
    ...COUNTS,
    ...MONEY,
  ])
    columns[f] = f;
  columns.spend = 'coalesce(spend, 0)'; // 京准通 writes `-` for no spend
  columns.reported_roi = 'reported_roi';
  return {
    table: 'ad_spend_daily',
    key: ['platform', 'shop', 'date', 'channel', 'plan_id', 'entity_id'],
    columns: { ...columns, ...LINEAGE },
  };
}

const REJECTS: ReportAdapter['rejects'] = [
  {
    field: 'date',
    when: 'date IS NULL',
    value: 'date_raw',
    reason: { zh: '日期不是有效日期', en: 'the date is not a valid date' },
  },
  {
    field: 'spend',
    when: 'spend IS NULL AND spend_raw IS NOT NULL',
    value: 'spend_raw',
    reason: { zh: '花费不是有效金额', en: 'spend is not a valid amount' },
  },
];

const TOTAL_ROW = `date_raw IN ('合计', '总计', '汇总', '全部') OR entity_id IN ('合计', '全部') OR entity_name = '全部'`;

/** 万相台无界 计划报表 (CSV, GB18030), reference §2.8: one row per day × plan. */
export const wanxiangPlans: ReportAdapter = {
  id: 'wanxiang_plans',
  platform: 'taobao',
  title: { zh: '万相台 计划报表', en: 'Taobao 万相台 plan report' },
  fields: {
    date: ['日期', '数据日期', '统计日期'],
    scene: ['场景名字'],
    plan_id: ['计划ID'],
    plan_name: ['计划名字'],
    entity_id: ['主体ID', '商品ID', '宝贝ID'],
    entity_name: ['主体名称', '商品名称', '宝贝名称'],
    impressions: ['展现量'],
    clicks: ['点击量'],
    spend: ['花费'],
    gmv: ['总成交金额'],
    orders: ['总成交笔数'],
    net_gmv: ['净成交金额'],
    cart_adds: ['总购物车数'],
    reported_roi: ['投入产出比', '实际投产比'],
  },
  required: ['date', 'plan_id', 'spend', 'gmv'],
  personal: [],
  stage,
  skip: TOTAL_ROW,
  rejects: REJECTS,
  targets: [target('taobao', 'wanxiangtai')],
};

/** 京准通 custom report (CSV, UTF-8, dates as YYYYMMDD, `-` for 0), reference §3.5. */
export const jdJingzhuntong: ReportAdapter = {
  id: 'jd_jingzhuntong',
  platform: 'jd',
  title: { zh: '京准通 推广报表', en: 'JD 京准通 ad report' },
  fields: {
    date: ['日期'],
    shop: ['账户昵称'],
    scene: ['产品线'],
    plan_name: ['计划名称'],
    entity_id: ['跟单SKU ID', '跟单SKUID'],
    entity_name: ['商品名称'],
    impressions: ['展现数'],
    clicks: ['点击数'],
    spend: ['花费'],
    gmv: ['总订单金额'],
    orders: ['总订单行'],
    cart_adds: ['总加购数'],
    reported_roi: ['总投产比', 'ROI'],
  },
  required: ['date', 'entity_id', 'spend', 'gmv'],
  personal: [],
  stage,
  skip: TOTAL_ROW,
  rejects: REJECTS,
  targets: [target('jd', 'jingzhuntong')],
};

/** 巨量千川 全域推广 推商品 (.xlsx, a 全部 total row, `¥` and `,` in money), reference §4.2. */
export const qianchuanProducts: ReportAdapter = {
  id: 'qianchuan_products',
  platform: 'douyin',
  title: { zh: '巨量千川 全域推广 推商品', en: 'Douyin 千川 site promotion by product' },
  fields: {
    date: ['日期'],
    entity_id: ['商品ID'],
    entity_name: ['商品名称'],
    impressions: ['整体展示次数', '整体展现次数'],
    clicks: ['整体点击次数'],
    spend: ['整体消耗'],
    gmv: ['整体成交金额'],
    orders: ['整体成交订单数'],
    net_gmv: ['净成交金额'],
    reported_roi: ['整体支付ROI'],
  },
  required: ['date', 'entity_id', 'spend', 'gmv'],
  personal: [],
  stage,
  skip: TOTAL_ROW,
  rejects: REJECTS,
  targets: [target('douyin', 'qianchuan')],
};
