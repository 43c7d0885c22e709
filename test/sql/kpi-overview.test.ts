import { beforeAll, describe, expect, it } from 'vitest';
import { createTestWarehouse, insertOrders, type TestWarehouse } from '../helpers/warehouse.ts';

// Window 2026-11-01..2026-11-10 (10 days); the previous window is 2026-10-22..2026-10-31.
const FIXTURE = [
  // current window
  { platform: 'taobao', order_id: 'T1', paid_at: '2026-11-01 10:00:00', shipped_at: '2026-11-01 20:00:00', payable_amount: 100, buyer_hash: 'A' },
  { platform: 'taobao', order_id: 'T8', paid_at: '2026-11-01 18:00:00', payable_amount: 20, buyer_hash: 'A' },
  { platform: 'taobao', order_id: 'T2', paid_at: '2026-11-03 09:00:00', shipped_at: '2026-11-05 09:00:00', payable_amount: 250.5, refund_amount: 50.5, buyer_hash: 'B' },
  { platform: 'taobao', order_id: 'T4', paid_at: '2026-11-05 12:00:00', shipped_at: '2026-11-06 11:59:59', payable_amount: 49.5, buyer_hash: 'C' },
  { platform: 'jd', order_id: 'J1', status: 'refunded', paid_at: '2026-11-10 23:59:59', payable_amount: 80, refund_amount: 80, buyer_hash: 'A' },
  // never paid: never counts
  { platform: 'taobao', order_id: 'T3', status: 'closed', paid_at: null, payable_amount: 999, buyer_hash: 'E' },
  // after the window
  { platform: 'douyin', order_id: 'D1', paid_at: '2026-11-11 00:00:00', payable_amount: 70, buyer_hash: 'F' },
  // previous window
  { platform: 'taobao', order_id: 'T5', paid_at: '2026-10-22 00:00:00', shipped_at: '2026-10-22 08:00:00', payable_amount: 200, buyer_hash: 'C' },
  { platform: 'taobao', order_id: 'T7', paid_at: '2026-10-31 15:00:00', payable_amount: 60, refund_amount: 10, buyer_hash: 'A' },
  // before both windows
  { platform: 'taobao', order_id: 'T6', paid_at: '2026-10-21 23:59:59', payable_amount: 500, buyer_hash: 'D' },
];

let wh: TestWarehouse;

async function overview(platforms: string, from = '2026-11-01', to = '2026-11-10') {
  const { rows } = await wh.views.run('kpi_overview', { start_date: from, end_date: to, platforms });
  return Object.fromEntries(rows.map((r) => [r.metric as string, [r.current_value, r.previous_value]]));
}

beforeAll(async () => {
  wh = await createTestWarehouse();
  await insertOrders(wh.engine, FIXTURE);
});

describe('kpi_overview', () => {
  it('computes every order metric for the window and the previous one, all platforms', async () => {
    const m = await overview('');
    // current: T1 100 + T8 20 + T2 250.50 + T4 49.50 + J1 80 = 500.00
    expect(m.gmv).toEqual([500, 260]); // previous: T5 200 + T7 60
    expect(m.paid_orders).toEqual([5, 2]);
    // buyers are per platform: taobao A, B, C and jd A = 4; previous taobao C, A = 2
    expect(m.buyers).toEqual([4, 2]);
    expect(m.aov).toEqual([125, 130]);
    expect(m.refund_amount).toEqual([130.5, 10]); // 50.50 + 80 (full refund still counts in gmv)
    expect(m.refund_rate[0]).toBeCloseTo(130.5 / 500, 12);
    expect(m.refund_rate[1]).toBeCloseTo(10 / 260, 12);
    expect(m.net_sales).toEqual([369.5, 250]);
    // shipped: T1 10h, T2 48h (late), T4 23:59:59 (in time) → 2 of 3; previous T5 only → 1 of 1
    expect(m.ship_24h_rate[0]).toBeCloseTo(2 / 3, 12);
    expect(m.ship_24h_rate[1]).toBe(1);
    // new: taobao B (first 11-03) and jd A (first jd order) → 2 of 4; taobao A first paid 10-31, C 10-22.
    // previous: C (first 10-22) and A (first 10-31) are both new → 2 of 2
    expect(m.new_buyer_share).toEqual([0.5, 1]);
  });

  it('returns the metrics in catalog order, one row each', async () => {
    const { rows, columns } = await wh.views.run('kpi_overview', {
      start_date: '2026-11-01',
      end_date: '2026-11-10',
      platforms: '',
    });
    expect(columns.map((c) => c.name)).toEqual(['metric', 'current_value', 'previous_value']);
    expect(rows.map((r) => r.metric)).toEqual([
      'gmv',
      'paid_orders',
      'buyers',
      'aov',
      'refund_amount',
      'refund_rate',
      'net_sales',
      'ship_24h_rate',
      'new_buyer_share',
      'visitors',
      'conversion_rate',
      'ad_spend',
      'roi',
    ]);
  });

  it('filters by platform list', async () => {
    const jd = await overview('jd');
    expect(jd.gmv).toEqual([80, 0]);
    expect(jd.paid_orders).toEqual([1, 0]);
    expect(jd.aov).toEqual([80, null]); // no buyers before: a ratio with no base is null, not 0
    expect(jd.refund_rate).toEqual([1, null]);
    const some = await overview('taobao,douyin', '2026-11-01', '2026-11-11');
    // an 11-day window: T1 T8 T2 T4 + D1 70 = 490; previous 2026-10-21..10-31: T6 500 + T5 200 + T7 60
    expect(some.gmv).toEqual([490, 760]);
    expect(some.paid_orders).toEqual([5, 3]);
  });

  it('gives zeros and nulls, not an error, when nothing was paid', async () => {
    const m = await overview('', '2020-01-01', '2020-01-31');
    expect(m.gmv).toEqual([0, 0]);
    expect(m.paid_orders).toEqual([0, 0]);
    expect(m.aov).toEqual([null, null]);
  });
});

describe('kpi_overview: traffic and ad metrics', () => {
  it('are null without traffic or ad reports, not zero', async () => {
    const m = await overview('');
    expect(m.visitors).toEqual([null, null]);
    expect(m.roi).toEqual([null, null]);
  });

  it('sum visitors and spend and recompute conversion and ROI from their parts', async () => {
    const wh2 = await createTestWarehouse();
    await wh2.engine.exec(`INSERT INTO traffic_daily (platform, date, source, source_group, visitors, paid_buyers) VALUES
      ('taobao', DATE '2026-11-01', '手淘搜索', '搜索', 1000, 30),
      ('taobao', DATE '2026-11-10', '猜你喜欢', '推荐', 3000, 30),
      ('jd', DATE '2026-11-05', '搜索', '搜索', 1000, 40),
      ('taobao', DATE '2026-10-31', '手淘搜索', '搜索', 500, 10),
      ('taobao', DATE '2026-11-11', '手淘搜索', '搜索', 99999, 999)`);
    await wh2.engine.exec(`INSERT INTO ad_spend_daily (platform, date, channel, spend, gmv) VALUES
      ('taobao', DATE '2026-11-02', 'wanxiangtai', 100.00, 450.00),
      ('douyin', DATE '2026-11-03', 'qianchuan', 300.00, 450.00),
      ('taobao', DATE '2026-10-25', 'wanxiangtai', 50.00, 100.00)`);
    const { rows } = await wh2.views.run('kpi_overview', { start_date: '2026-11-01', end_date: '2026-11-10', platforms: '' });
    const m = Object.fromEntries(rows.map((r) => [r.metric as string, [r.current_value, r.previous_value]]));
    expect(m.visitors).toEqual([5000, 500]); // 11-11 is outside the window
    expect(m.conversion_rate).toEqual([100 / 5000, 10 / 500]); // not the mean of 3%, 1% and 4%
    expect(m.ad_spend).toEqual([400, 50]);
    expect(m.roi).toEqual([900 / 400, 2]); // 2.25, not the mean of 4.5 and 1.5
    const { rows: tb } = await wh2.views.run('kpi_overview', { start_date: '2026-11-01', end_date: '2026-11-10', platforms: 'taobao' });
    expect(tb.find((r) => r.metric === 'visitors')?.current_value).toBe(4000);
  });
});

describe('kpi_daily', () => {
  it('sums per payment day and platform, counting distinct buyers', async () => {
    const { rows } = await wh.views.run('kpi_daily', {
      start_date: '2026-11-01',
      end_date: '2026-11-10',
      platforms: '',
    });
    expect(rows).toEqual([
      { date: '2026-11-01', platform: 'taobao', gmv: 120, paid_orders: 2, buyers: 1 },
      { date: '2026-11-03', platform: 'taobao', gmv: 250.5, paid_orders: 1, buyers: 1 },
      { date: '2026-11-05', platform: 'taobao', gmv: 49.5, paid_orders: 1, buyers: 1 },
      { date: '2026-11-10', platform: 'jd', gmv: 80, paid_orders: 1, buyers: 1 },
    ]);
  });

  it('honours the inclusive end date and the platform filter', async () => {
    const { rows } = await wh.views.run('kpi_daily', {
      start_date: '2026-11-10',
      end_date: '2026-11-11',
      platforms: 'douyin',
    });
    expect(rows).toEqual([{ date: '2026-11-11', platform: 'douyin', gmv: 70, paid_orders: 1, buyers: 1 }]);
  });
});
