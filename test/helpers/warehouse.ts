/** A fresh in-memory warehouse on the Node engine (same duckdb-wasm build as the browser), opened
 * exactly as the app opens one (schema, salt, built-in views), for SQL and import tests. */
import { createNodeEngine } from '../../src/lib/engine/node-engine.ts';
import type { Engine, Scalar } from '../../src/lib/engine/types.ts';
import type { ViewRegistry } from '../../src/lib/views/registry.ts';
import { openWarehouse } from '../../src/lib/warehouse/open.ts';

export interface TestWarehouse {
  engine: Engine;
  views: ViewRegistry;
}

export async function createTestWarehouse(): Promise<TestWarehouse> {
  const engine = await createNodeEngine();
  return { engine, views: await openWarehouse(engine) };
}

export type OrderFixture = {
  platform: string;
  order_id: string;
  status?: string;
  paid_at?: string | null;
  shipped_at?: string | null;
  payable_amount: number;
  refund_amount?: number;
  buyer_hash?: string | null;
};

/** Insert orders through bound parameters; unspecified columns take plain defaults. */
export async function insertOrders(engine: Engine, orders: OrderFixture[]): Promise<void> {
  for (const o of orders) {
    const values: Scalar[] = [
      o.platform,
      o.order_id,
      o.status ?? (o.paid_at ? 'paid' : 'closed'),
      o.paid_at ?? null,
      o.paid_at ?? null,
      o.shipped_at ?? null,
      o.payable_amount,
      o.refund_amount ?? 0,
      o.buyer_hash ?? null,
    ];
    await engine.query(
      `INSERT INTO orders (platform, order_id, status, created_at, paid_at, shipped_at, payable_amount,
         refund_amount, buyer_hash)
       VALUES (?, ?, ?, coalesce(?::TIMESTAMP, TIMESTAMP '2026-01-01 00:00:00'), ?::TIMESTAMP, ?::TIMESTAMP,
         ?::DECIMAL(18,2), ?::DECIMAL(18,2), ?)`,
      values,
    );
  }
}
