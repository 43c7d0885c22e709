/** Writes the small spreadsheet fixtures in test/fixtures/excel/ (committed; rerun only to change
 * them): a 生意参谋 商品_全部 .xls with its preamble and text numbers, and a 京东商智 SKU .xlsx with
 * a 合计 row, as the real exports have. */
import { writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';

const SYCM_HEADER = [
  '统计日期',
  '商品ID',
  '商品名称',
  '主商品ID',
  '商品类型',
  '货号',
  '商品状态',
  '商品标签',
  '商品访客数',
  '商品浏览量',
  '平均停留时长',
  '商品详情页跳出率',
  '商品收藏人数',
  '商品加购件数',
  '商品加购人数',
  '下单买家数',
  '下单件数',
  '下单金额',
  '下单转化率',
  '支付买家数',
  '支付件数',
  '支付金额',
  '商品支付转化率',
  '支付新买家数',
  '支付老买家数',
  '老买家支付金额',
  '聚划算支付金额',
  '访客平均价值',
  '成功退款金额',
  '竞争力评分',
  '年累计支付金额',
  '月累计支付金额',
  '月累计支付件数',
  '搜索引导支付转化率',
  '搜索引导访客数',
  '搜索引导支付买家数',
  '结构化详情引导转化率',
  '结构化详情引导成交占比',
];

function sycmRow(
  date: string,
  id: string,
  name: string,
  visitors: string,
  paidBuyers: string,
  paidAmount: string,
  refund: string,
): string[] {
  const r = Object.fromEntries(SYCM_HEADER.map((h) => [h, '-']));
  Object.assign(r, {
    统计日期: date,
    商品ID: id,
    商品名称: name,
    商品类型: '普通商品',
    货号: 'QM1001',
    商品状态: '当前在线',
    商品访客数: visitors,
    商品浏览量: '1,520',
    平均停留时长: '30.5',
    商品详情页跳出率: '64.03%',
    商品加购人数: '26',
    下单买家数: '11',
    下单金额: '7,093.51',
    支付买家数: paidBuyers,
    支付件数: paidBuyers,
    支付金额: paidAmount,
    商品支付转化率: '3.15%',
    成功退款金额: refund,
    搜索引导访客数: '127',
  });
  return SYCM_HEADER.map((h) => r[h]);
}

const sycm = [
  ['【生意参谋平台】商品_全部'],
  ['统计时间：2026-11-10 ~ 2026-11-11'],
  [],
  [],
  SYCM_HEADER,
  sycmRow('2026-11-10', '781062681539', '栖木无线吸尘器', '1,317', '10', '6,563.59', '0.00'),
  sycmRow('2026-11-10', '799336503637', '栖木全棉四件套', '189', '8', '2,730.13', '-'),
  sycmRow('2026-11-11', '781062681539', '栖木无线吸尘器', '12,400', '96', '63,011.00', '1,299.00'),
  sycmRow('2026-11-11', '1.23457E+11', '坏掉的ID', '5', '0', '0.00', '0.00'),
];
const wb1 = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb1, XLSX.utils.aoa_to_sheet(sycm), '【生意参谋平台】1');
writeFileSync(
  'test/fixtures/excel/【生意参谋平台】商品_全部_2026-11-10_2026-11-11.xls',
  XLSX.write(wb1, { type: 'buffer', bookType: 'biff8' }),
);

const JD_HEADER = [
  '时间',
  'SKU',
  'SKU名称',
  '商品浏览量',
  '商品访客数',
  '搜索曝光次数',
  '搜索点击次数',
  '加购客户数',
  '加购商品件数',
  '下单客户数',
  '下单商品件数',
  '下单金额',
  '成交单量',
  '成交金额',
  '成交商品件数',
  '成交客户数',
];
const jd = [
  JD_HEADER,
  ['2026-11-10 至 2026-11-11', '合计', '-', 700, 400, 5000, 160, 30, 33, 12, 13, 1699.5, 11, 1569.5, 12, 11],
  [
    '2026-11-10',
    '100083745722',
    '栖木（QIMU）电热水壶 奶白色',
    300,
    170,
    2000,
    60,
    12,
    13,
    5,
    5,
    645,
    5,
    645,
    5,
    5,
  ],
  [
    '2026-11-11',
    '100083745722',
    '栖木（QIMU）电热水壶 奶白色',
    400,
    230,
    3000,
    100,
    18,
    20,
    7,
    8,
    1054.5,
    6,
    924.5,
    7,
    6,
  ],
];
const ws = XLSX.utils.aoa_to_sheet(jd);
const wb2 = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb2, ws, 'data');
writeFileSync(
  'test/fixtures/excel/701455_商品明细_离线_不包括对比时间_分天下载_2026-11-10_2026-11-11.xlsx',
  XLSX.write(wb2, { type: 'buffer', bookType: 'xlsx' }),
);
console.log('wrote test/fixtures/excel/*');
