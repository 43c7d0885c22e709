import { describe, expect, it } from 'vitest';
import { createTestWarehouse, insertOrders } from '../helpers/warehouse.ts';

describe('data_coverage', () => {
  it('counts rows, days and the gaps between, per table and platform', async () => {
    const wh = await createTestWarehouse();
    expect((await wh.views.run('data_coverage', {})).rows).toEqual([]);
    await insertOrders(wh.engine, [
      { platform: 'jd', order_id: 'J1', paid_at: '2026-11-01 10:00:00', payable_amount: 1 },
      { platform: 'taobao', order_id: 'T1', paid_at: '2026-11-01 10:00:00', payable_amount: 1 },
      { platform: 'taobao', order_id: 'T2', paid_at: '2026-11-01 11:00:00', payable_amount: 1 },
      { platform: 'taobao', order_id: 'T3', paid_at: '2026-11-05 10:00:00', payable_amount: 1 },
    ]);
    await wh.engine.exec(`INSERT INTO traffic_daily (platform, date, source, source_group, visitors) VALUES
      ('taobao', DATE '2026-11-01', 'a', '搜索', 1), ('taobao', DATE '2026-11-02', 'a', '搜索', 1)`);
    const { rows } = await wh.views.run('data_coverage', {});
    expect(rows).toEqual([
      // taobao orders on 11-01 (2) and 11-05 (1): 5 calendar days, 2 with orders, 3 missing
      { table_name: 'orders', platform: 'taobao', row_count: 3, first_day: '2026-11-01', last_day: '2026-11-05', days: 2, missing_days: 3 },
      { table_name: 'orders', platform: 'jd', row_count: 1, first_day: '2026-11-01', last_day: '2026-11-01', days: 1, missing_days: 0 },
      { table_name: 'traffic_daily', platform: 'taobao', row_count: 2, first_day: '2026-11-01', last_day: '2026-11-02', days: 2, missing_days: 0 },
    ]);
  });
});
