/** Every demo export of the shop, in the platforms' real formats, plus the manifest the app reads. */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { END_DAY, START_DAY, addDays, daysBetween } from './calendar.ts';
import type { Platform } from './calendar.ts';
import { douyinOrderFile } from './douyin-orders.ts';
import { qianchuanFile } from './douyin-qianchuan.ts';
import { jingzhuntongFile } from './jd-jingzhuntong.ts';
import { jdOrderFile, jdSkuFile, jdSkuRows } from './jd.ts';
import { DEFAULT_SEED, simulateOrders } from './orders.ts';
import { taobaoItemFile } from './taobao-items.ts';
import { taobaoOrderFile } from './taobao-orders.ts';
import { productFile, productRows } from './taobao-sycm-products.ts';
import { sourceDayFile, sourceRangeFile, taobaoTraffic } from './taobao-sycm-sources.ts';
import { wanxiangPlanFile } from './taobao-wanxiang.ts';

export type SampleEncoding = 'gbk' | 'gb18030' | 'utf-8' | 'utf-8-bom' | 'xlsx' | 'xls';

export interface SampleFile {
  name: string;
  platform: Platform;
  report: string;
  title: string;
  encoding: SampleEncoding;
  bytes: number;
}

export interface Manifest {
  generatedFrom: string;
  files: SampleFile[];
}

export interface Sample extends Omit<SampleFile, 'bytes'> {
  data: Buffer;
}

const lastDayOfMonth = (month: string): string => addDays(`${addDays(`${month}-28`, 4).slice(0, 7)}-01`, -1);

/** Builds every sample in memory (a few seconds; same bytes on every run). */
export function buildSamples(seed = DEFAULT_SEED): Sample[] {
  const days = daysBetween(START_DAY, END_DAY);
  const taobao = [...simulateOrders({ platform: 'taobao', seed })];
  const jd = [...simulateOrders({ platform: 'jd', seed })];
  const douyin = [...simulateOrders({ platform: 'douyin', seed })];
  const out: Sample[] = [];
  const add = (s: Sample): void => void out.push(s);

  add({
    name: 'ExportOrderList202611201830.csv',
    platform: 'taobao',
    report: 'taobao_orders',
    title: '千牛 订单报表（旧版 CSV 导出）',
    encoding: 'gbk',
    data: taobaoOrderFile(taobao),
  });
  add({
    name: 'ExportOrderDetailList202611201830.csv',
    platform: 'taobao',
    report: 'taobao_order_items',
    title: '千牛 宝贝报表（旧版 CSV 导出，同一批订单的商品明细）',
    encoding: 'gbk',
    data: taobaoItemFile(taobao),
  });

  for (const [month, rows] of productRows(taobao, days)) {
    const from = `${month}-01`;
    const to = lastDayOfMonth(month) < END_DAY ? lastDayOfMonth(month) : END_DAY;
    add({
      name: `【生意参谋平台】商品_全部_${from}_${to}.xls`,
      platform: 'taobao',
      report: 'sycm_products',
      title: `生意参谋 商品_全部 ${month}（按日，每天每个商品一行）`,
      encoding: 'xls',
      data: productFile(rows, from, to),
    });
  }

  const traffic = taobaoTraffic(taobao, days);
  for (const day of days.slice(-14)) {
    add({
      name: `【生意参谋平台】无线店铺流量来源-${day}_${day}.xls`,
      platform: 'taobao',
      report: 'sycm_shop_sources',
      title: `生意参谋 店铺来源 ${day}（单日文件，日期只在文件名里）`,
      encoding: 'xls',
      data: sourceDayFile(traffic, day),
    });
  }
  add({
    name: `【生意参谋平台】无线店铺流量来源-按日-${START_DAY}_${END_DAY}.xls`,
    platform: 'taobao',
    report: 'sycm_shop_sources',
    title: `生意参谋 店铺来源 ${START_DAY} 至 ${END_DAY}（演示用多日合并：比真实导出多一列「日期」，真实文件每天一个）`,
    encoding: 'xls',
    data: sourceRangeFile(traffic, START_DAY, END_DAY),
  });
  add({
    name: '计划报表_20261120_110330.csv',
    platform: 'taobao',
    report: 'wanxiang_plans',
    title: '万相台无界 计划报表（按日 × 计划）',
    encoding: 'gb18030',
    data: wanxiangPlanFile(traffic, days),
  });

  add({
    name: '京东订单导出_20261120183512.csv',
    platform: 'jd',
    report: 'jd_orders',
    title: '京东商家后台 订单导出（每个订单 × 商品一行）',
    encoding: 'gbk',
    data: jdOrderFile(jd),
  });
  add({
    name: `701455_商品明细_离线_不包括对比时间_分天下载_${START_DAY}_${END_DAY}.xlsx`,
    platform: 'jd',
    report: 'jd_sku_daily',
    title: '京东商智 商品明细 SKU 分天（第 2 行为合计）',
    encoding: 'xlsx',
    data: jdSkuFile(jdSkuRows(jd, days), START_DAY, END_DAY),
  });
  add({
    name: `栖木家居京东店_AI推广数据自动下载_${START_DAY.replaceAll('-', '')}_${END_DAY.replaceAll('-', '')}.csv`,
    platform: 'jd',
    report: 'jd_jingzhuntong',
    title: '京准通 自定义报表（按日 × 产品线 × SKU）',
    encoding: 'utf-8',
    data: jingzhuntongFile(jd, days),
  });

  add({
    name: '抖店订单导出_20261120183512.csv',
    platform: 'douyin',
    report: 'douyin_orders',
    title: '抖店 订单导出（每个子订单一行）',
    encoding: 'utf-8-bom',
    data: douyinOrderFile(douyin),
  });
  add({
    name: `千川全域推广_推商品_${START_DAY}_${END_DAY}.xlsx`,
    platform: 'douyin',
    report: 'qianchuan_products',
    title: '巨量千川 全域推广 推商品（按日 × 商品，第 2 行为「全部」合计）',
    encoding: 'xlsx',
    data: qianchuanFile(douyin, days),
  });
  return out;
}

/** Replaces the files in `dir` with the samples and a manifest.json; returns the manifest. */
export function writeSamples(dir: string, seed = DEFAULT_SEED): Manifest {
  const samples = buildSamples(seed);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
  const manifest: Manifest = { generatedFrom: 'scripts/generate-samples.ts', files: [] };
  for (const { data, ...meta } of samples) {
    writeFileSync(join(dir, meta.name), data);
    manifest.files.push({ ...meta, bytes: data.length });
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}
