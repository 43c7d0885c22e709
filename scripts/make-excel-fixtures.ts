/** Writes the small spreadsheet fixtures in test/fixtures/excel/ (committed; rerun only to change
 * them), shaped as the real exports are: a 生意参谋 商品_全部 .xls with its preamble and text
 * numbers, a 店铺来源 .xls for one day, a 京东商智 SKU .xlsx with a 合计 row and a 千川 .xlsx with a
 * 全部 row. Headers come from the demo generator, which copies them from the reference. */
import { writeFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { QIANCHUAN_HEADER } from './samples/douyin-qianchuan.ts';
import { JD_SKU_HEADER } from './samples/jd.ts';
import { PRODUCT_HEADER } from './samples/taobao-sycm-products.ts';
import { SOURCE_HEADER } from './samples/taobao-sycm-sources.ts';

const SYCM_HEADER = [...PRODUCT_HEADER];

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

const JD_HEADER = [...JD_SKU_HEADER];
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

const QC_HEADER = [...QIANCHUAN_HEADER];
const qc = [
  QC_HEADER,
  [
    '全部',
    '-',
    '全部',
    '-',
    '20,493',
    '437',
    '2.13%',
    '0.92%',
    '¥328.69',
    '¥1,002.17',
    '3.05',
    '¥82.17',
    '¥960.00',
    '¥42.17',
    '2.90',
    '¥950.00',
    '¥82.17',
    '94.79%',
    '1.00%',
  ],
  [
    '2026-11-10',
    '3654081400236486295',
    '栖木迷你空气炸锅',
    'QM1002',
    '18,867',
    '423',
    '2.24%',
    '0.47%',
    '¥310.77',
    '¥854.33',
    '2.75',
    '¥155.39',
    '¥816.47',
    '¥37.86',
    '2.60',
    '¥807.49',
    '¥155.39',
    '96.66%',
    '1.28%',
  ],
  [
    '2026-11-10',
    '3625415029050224801',
    '栖木电热水壶',
    'QM1001',
    '1,626',
    '14',
    '0.86%',
    '0.00%',
    '¥17.92',
    '¥147.84',
    '8.25',
    '-',
    '¥143.53',
    '¥4.31',
    '0.00',
    '¥142.51',
    '-',
    '-',
    '-',
  ],
];
const wb3 = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb3, XLSX.utils.aoa_to_sheet(qc), 'Sheet1');
writeFileSync(
  'test/fixtures/excel/千川全域推广_推商品_2026-11-10_2026-11-10.xlsx',
  XLSX.write(wb3, { type: 'buffer', bookType: 'xlsx' }),
);

// 生意参谋 店铺来源 for one day: a 5-row preamble naming the day, header on row 6, no date column.
const SRC_HEADER = [...SOURCE_HEADER];
const srcRow = (
  l1: string,
  l2: string,
  l3: string,
  visitors: string,
  paidAmount: string,
  paidBuyers: string,
) => {
  const r = Object.fromEntries(SRC_HEADER.map((h) => [h, '-']));
  Object.assign(r, {
    一级来源: l1,
    二级来源: l2,
    三级来源: l3,
    访客数: visitors,
    访客数变化: '132.21%',
    支付金额: paidAmount,
    支付买家数: paidBuyers,
    支付转化率: '6.67%',
    加购人数: '30',
    新访客: '900',
  });
  return SRC_HEADER.map((h) => r[h]);
};
const src = [
  ['【生意参谋平台】店铺来源'],
  ['统计日期：2026-11-11 ~ 2026-11-11'],
  ['终端：无线端'],
  ['访客来源：每一次访问来源'],
  [],
  SRC_HEADER,
  srcRow('淘内免费', '手淘搜索', '手淘搜索-商品及其他', '1,860', '24,825.70', '124'),
  srcRow('淘内免费', '手淘推荐', '猜你喜欢', '2,153', '7,374.40', '48'),
  srcRow('付费流量', '万相台无界', '关键词推广', '1,161', '13,121.80', '74'),
  srcRow('自主访问', '购物车', '-', '313', '15,312.80', '73'),
  srcRow('淘外流量', '淘外APP', '微信', '241', '1,280.00', '7'),
];
const wb4 = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb4, XLSX.utils.aoa_to_sheet(src), '无线流量来源');
writeFileSync(
  'test/fixtures/excel/【生意参谋平台】无线店铺流量来源-2026-11-11_2026-11-11.xls',
  XLSX.write(wb4, { type: 'buffer', bookType: 'biff8' }),
);
