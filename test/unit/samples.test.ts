// The demo exports (scripts/samples): real headers, encodings and quirks, consistent numbers, and
// the same bytes on every run.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSamples, writeSamples } from '../../scripts/samples/index.ts';
import type { Manifest } from '../../scripts/samples/index.ts';
import { writeTaobaoOrderCsv, writeTaobaoOrderCsvFile } from '../../scripts/samples/taobao-orders.ts';

// Reference §2.1, verbatim (trailing spaces included), plus the later 发货时间.
// prettier-ignore
const TAOBAO_HEADER = ['订单编号','买家会员名','买家支付宝账号','支付单号','支付详情','买家应付货款','买家应付邮费','买家支付积分','总金额','返点积分','买家实际支付金额','买家实际支付积分','订单状态','买家留言','收货人姓名','收货地址 ','运送方式','联系电话 ','联系手机','订单创建时间','订单付款时间 ','宝贝标题 ','宝贝种类 ','物流单号 ','物流公司','订单备注','宝贝总数量','店铺Id','店铺名称','订单关闭原因','卖家服务费','买家服务费','发票抬头','是否手机订单','分阶段订单信息','特权订金订单id','是否上传合同照片','是否上传小票','是否代付','定金排名','修改后的sku','修改后的收货地址','异常信息','天猫卡券抵扣','集分宝抵扣','是否是O2O交易','新零售交易类型','新零售导购门店名称','新零售导购门店id','新零售发货门店名称','新零售发货门店id','退款金额','预约门店','确认收货时间','打款商家金额','含应开票给个人的个人红包','是否信用购','体验期结束时间','前N有礼','配送类型','主订单编号','发货时间'];

/** RFC 4180 records (quoted cells may hold commas and quotes); the `="…"` cells stay as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, '').split('\r\n')) {
    if (line === '') continue;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') cell += line[i++];
        else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"' && cell === '') quoted = true;
      else if (ch === ',') {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

const toFen = (s: string): number => Math.round(Number(s.replace(/[,¥元\t]/g, '')) * 100);

let dir = '';
let manifest: Manifest;
const file = (name: string): Buffer => readFileSync(join(dir, name));
const named = (report: string): string[] =>
  manifest.files.filter((f) => f.report === report).map((f) => f.name);
let taobaoRows: string[][] | null = null;
const taobao = (): string[][] =>
  (taobaoRows ??= parseCsv(iconv.decode(file('ExportOrderList202611201830.csv'), 'gbk')));
const sheetRows = (name: string, limit?: number): string[][] => {
  const wb = XLSX.read(file(name), { WTF: true, sheetRows: limit });
  return XLSX.utils.sheet_to_json<string[]>(wb.Sheets[wb.SheetNames[0]], {
    header: 1,
    blankrows: true,
    defval: '',
    raw: false,
  });
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zhanggui-samples-'));
  manifest = writeSamples(dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('demo samples', () => {
  it('writes every report of every platform, as listed in the manifest', () => {
    const reports = new Set(manifest.files.map((f) => `${f.platform}/${f.report}`));
    expect([...reports].sort()).toEqual(
      [
        'douyin/douyin_orders',
        'douyin/qianchuan_products',
        'jd/jd_jingzhuntong',
        'jd/jd_orders',
        'jd/jd_sku_daily',
      ]
        .concat([
          'taobao/sycm_products',
          'taobao/sycm_shop_sources',
          'taobao/taobao_order_items',
          'taobao/taobao_orders',
        ])
        .concat(['taobao/wanxiang_plans'])
        .sort(),
    );
    const onDisk = JSON.parse(file('manifest.json').toString('utf8')) as Manifest;
    expect(onDisk).toEqual(manifest);
    expect(manifest.generatedFrom).toBe('scripts/generate-samples.ts');
    for (const f of manifest.files) expect(file(f.name).length).toBe(f.bytes);
    expect(manifest.files.reduce((s, f) => s + f.bytes, 0)).toBeLessThan(60e6);
  });

  it('is deterministic: a second run gives the same bytes for every file', () => {
    const hash = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
    const again = new Map(buildSamples().map((s) => [s.name, hash(s.data)]));
    for (const f of manifest.files) expect(again.get(f.name), f.name).toBe(hash(file(f.name)));
  }, 60_000);

  describe('Taobao 订单报表', () => {
    const name = 'ExportOrderList202611201830.csv';
    let rows: string[][] = [];
    let col: (row: string[], h: string) => string = () => '';
    beforeAll(() => {
      const bytes = file(name);
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // really GBK
      const text = iconv.decode(bytes, 'gbk');
      expect(iconv.encode(text, 'gbk').equals(bytes)).toBe(true);
      expect(text.split('\r\n').length).toBe(text.split('\n').length); // CRLF only
      rows = taobao();
      const idx = new Map(rows[0].map((h, i) => [h, i]));
      col = (row, h) => row[idx.get(h) as number];
    });

    it('has the reference header (61 columns with their trailing spaces, plus 发货时间)', () => {
      expect(rows[0]).toEqual(TAOBAO_HEADER);
      expect(rows.length - 1).toBeGreaterThan(25_000);
      expect(rows.filter((r) => r.length !== 62)).toEqual([]);
    });

    it('keeps the quirks: ="…" ids, \'-prefixed phones, 元 amounts, both status comma variants', () => {
      const statuses = new Set(rows.slice(1).map((r) => col(r, '订单状态')));
      expect([...statuses].sort()).toEqual(
        [
          '交易关闭',
          '交易成功',
          '卖家已发货，等待买家确认',
          '买家已付款,等待卖家发货',
          '买家已付款，等待卖家发货',
          '等待买家付款',
        ].sort(),
      );
      const bad = rows
        .slice(1)
        .filter(
          (r) =>
            !/^="\d{18,19}"$/.test(col(r, '订单编号')) ||
            !/^'1[3-9]\d{9}$/.test(col(r, '联系手机')) ||
            !/^\d+\.\d{2}元$/.test(col(r, '打款商家金额')) ||
            !/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(col(r, '订单创建时间')) ||
            col(r, '收货地址 ').split(' ').length < 4 ||
            col(r, '收货人姓名') === '',
        );
      expect(bad).toEqual([]);
      expect(new Set(rows.slice(1).map((r) => col(r, '订单编号'))).size).toBe(rows.length - 1);
    });

    it('has the amount semantics of the old export', () => {
      let paid = 0;
      let refunded = 0;
      const bad: string[][] = [];
      for (const r of rows.slice(1)) {
        const total = toFen(col(r, '总金额'));
        const actual = toFen(col(r, '买家实际支付金额'));
        const refund = toFen(col(r, '退款金额'));
        if (total !== toFen(col(r, '买家应付货款')) + toFen(col(r, '买家应付邮费'))) bad.push(r);
        if (col(r, '订单付款时间 ') === '') {
          if (actual !== 0) bad.push(r);
        } else {
          paid++;
          if (refund > 0) refunded++;
          if (actual !== total - refund) bad.push(r);
        }
      }
      expect(bad).toEqual([]);
      expect(refunded / paid).toBeGreaterThan(0.03);
      expect(refunded / paid).toBeLessThan(0.12);
    });

    it('has the 双11 2026 peak at several times a normal day', () => {
      const byDay = new Map<string, number>();
      for (const r of rows.slice(1)) {
        const d = col(r, '订单付款时间 ').slice(0, 10);
        if (d) byDay.set(d, (byDay.get(d) ?? 0) + 1);
      }
      const normal = ['01', '02', '05', '06', '07', '08', '09', '12', '13', '14'].map(
        (d) => byDay.get(`2026-10-${d}`) ?? 0,
      );
      const base = normal.reduce((a, b) => a + b, 0) / normal.length;
      expect(base).toBeGreaterThan(40);
      expect((byDay.get('2026-11-11') ?? 0) / base).toBeGreaterThan(5);
      expect((byDay.get('2026-10-25') ?? 0) / base).toBeLessThan(1); // preheat: buyers wait
    });

    it('has a 宝贝报表 for the same orders', () => {
      const items = parseCsv(iconv.decode(file('ExportOrderDetailList202611201830.csv'), 'gbk'));
      expect(items[0]).toEqual([
        '订单编号',
        '标题',
        '价格',
        '购买数量',
        '外部系统编号',
        '商品属性',
        '套餐信息',
        '备注',
        '订单状态',
        '商家编码',
      ]);
      const kinds = new Map(rows.slice(1).map((r) => [col(r, '订单编号'), Number(col(r, '宝贝种类 '))]));
      const seen = new Map<string, number>();
      for (const r of items.slice(1)) seen.set(r[0], (seen.get(r[0]) ?? 0) + 1);
      expect(seen).toEqual(kinds);
    });
  });

  it('JD orders: GBK, one row per order × product, order amounts repeated, values ending in \\t', () => {
    const rows = parseCsv(iconv.decode(file(named('jd_orders')[0]), 'gbk'));
    expect(rows[0].slice(0, 4)).toEqual(['订单号', '商品ID', '商品名称', '订购数量']);
    expect(rows[0][rows[0].length - 1]).toBe('订单渠道');
    const h = new Map(rows[0].map((c, i) => [c, i]));
    const orders = new Map<string, string[][]>();
    expect(rows.slice(1).filter((r) => r.some((v) => v !== '' && !v.endsWith('\t')))).toEqual([]);
    for (const r of rows.slice(1)) orders.set(r[0], [...(orders.get(r[0]) ?? []), r]);
    const multi = [...orders.values()].filter((lines) => lines.length > 1);
    expect(multi.length).toBeGreaterThan(100);
    const keys = ['订单金额', '结算金额', '应付金额', '运费金额', '订单状态', '下单时间'].map(
      (k) => h.get(k) as number,
    );
    expect(multi.filter((lines) => keys.some((k) => new Set(lines.map((l) => l[k])).size !== 1))).toEqual([]);
  });

  it('Douyin orders: UTF-8 with BOM, 65 columns, ids and times ending in \\t', () => {
    const bytes = file(named('douyin_orders')[0]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows[0].length).toBe(65);
    expect(rows[0].slice(0, 2)).toEqual(['主订单编号', '子订单编号']);
    const bad = rows
      .slice(1)
      .filter((r) => !/^\d{19}\t$/.test(r[0]) || !/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\t$/.test(r[28]));
    expect(bad).toEqual([]);
    const genres = new Set(rows.slice(1).map((r) => r[rows[0].indexOf('流量体裁')]));
    expect(genres).toContain('数据将于第二天更新');
  });

  it('生意参谋 商品: header on row 5 of sheet 【生意参谋平台】1; 支付金额 equals the orders of the day', () => {
    const rows = sheetRows('【生意参谋平台】商品_全部_2026-11-01_2026-11-20.xls');
    expect(rows[4].slice(0, 3)).toEqual(['统计日期', '商品ID', '商品名称']);
    expect(rows[4].length).toBe(38);
    const day = rows.slice(5).filter((r) => r[0] === '2026-11-11');
    expect(day.length).toBeGreaterThan(30);
    const paid = day.reduce((s, r) => s + toFen(r[21]), 0);
    expect(day.some((r) => /^\d{1,3}(,\d{3})+\.\d\d$/.test(r[21]))).toBe(true);
    expect(day.every((r) => /^(\d+\.\d\d%|-)$/.test(r[22]))).toBe(true);
    const goods = taobao()
      .slice(1)
      .filter((r) => r[20].startsWith('2026-11-11'))
      .reduce((s, r) => s + toFen(r[5]), 0);
    expect(paid).toBe(goods);
  });

  it('生意参谋 店铺来源: header on row 6, a plausible conversion, and a multi-day file with 日期', () => {
    const day = sheetRows('【生意参谋平台】无线店铺流量来源-2026-11-20_2026-11-20.xls');
    expect(day[5].slice(0, 5)).toEqual(['一级来源', '二级来源', '三级来源', '访客数', '访客数变化']);
    expect(day[5].slice(-4)).toEqual([
      '直接支付买家数',
      '收藏商品-支付买家数',
      '粉丝支付买家数',
      '加购商品-支付买家数',
    ]);
    const range = sheetRows(named('sycm_shop_sources').find((n) => n.includes('按日')) as string);
    expect(range[5].slice(0, 2)).toEqual(['日期', '一级来源']);
    const h = range[5];
    const body = range.slice(6);
    const sum = (k: string): number => body.reduce((s, r) => s + toFen(r[h.indexOf(k)]), 0);
    const cvr = sum('支付买家数') / sum('访客数');
    expect(cvr).toBeGreaterThan(0.01);
    expect(cvr).toBeLessThan(0.08);
    expect(new Set(body.map((r) => r[0])).size).toBeGreaterThan(400);
  });

  it('万相台 计划报表: GB18030, 75 columns, ROI between 2 and 5', () => {
    const rows = parseCsv(iconv.decode(file('计划报表_20261120_110330.csv'), 'gb18030'));
    expect(rows[0].length).toBe(75);
    const h = rows[0];
    const spend = rows.slice(1).reduce((s, r) => s + toFen(r[h.indexOf('花费')]), 0);
    const gmv = rows.slice(1).reduce((s, r) => s + toFen(r[h.indexOf('总成交金额')]), 0);
    expect(gmv / spend).toBeGreaterThan(2);
    expect(gmv / spend).toBeLessThan(5);
  });

  it('JD 商智 (合计 on row 2), 京准通 (UTF-8, YYYYMMDD, - for 0) and 千川 (全部 row, ¥, %)', () => {
    const sku = sheetRows(named('jd_sku_daily')[0], 5);
    expect(sku[0].slice(0, 3)).toEqual(['时间', 'SKU', 'SKU名称']);
    expect(sku[1][1]).toBe('合计');
    const jzt = parseCsv(file(named('jd_jingzhuntong')[0]).toString('utf8'));
    for (const k of [
      '日期',
      '跟单SKU ID',
      '产品线',
      '账户昵称',
      '展现数',
      '点击数',
      '花费',
      '总订单行',
      '总订单金额',
    ]) {
      expect(jzt[0]).toContain(k);
    }
    expect(jzt.slice(1).every((r) => /^\d{8}$/.test(r[0]))).toBe(true);
    expect(jzt.slice(1).some((r) => r.includes('-'))).toBe(true);
    const qc = sheetRows(named('qianchuan_products')[0], 5);
    expect(qc[0].length).toBe(19);
    expect(qc[1][0]).toBe('全部');
    expect(qc[2][8]).toMatch(/^¥[\d,]+\.\d\d$/);
  });

  it('writeTaobaoOrderCsv / writeTaobaoOrderCsvFile make any number of orders, the same bytes each time', () => {
    const a = writeTaobaoOrderCsv({ rows: 3000, encoding: 'utf-8', seed: 7 });
    expect(writeTaobaoOrderCsv({ rows: 3000, encoding: 'utf-8', seed: 7 }).equals(a)).toBe(true);
    const rows = parseCsv(a.toString('utf8'));
    expect(rows.length).toBe(3001);
    expect(rows[0]).toEqual(TAOBAO_HEADER);
    const path = join(dir, 'bench.csv');
    const bytes = writeTaobaoOrderCsvFile(path, { rows: 3000, encoding: 'gbk', seed: 7 });
    expect(bytes).toBe(readFileSync(path).length);
    expect(iconv.decode(readFileSync(path), 'gbk')).toBe(a.toString('utf8'));
  });
});
