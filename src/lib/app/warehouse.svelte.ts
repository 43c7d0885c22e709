import { getContext, setContext } from 'svelte';
import type { Engine, Param, Persistence, QueryResult } from '../engine/types.ts';
import { ViewRegistry } from '../views/registry.ts';
import { openWarehouse } from '../warehouse/open.ts';
import { QueryCache } from './query-cache.ts';

export interface Coverage {
  orders: number;
  firstDay: string | null;
  lastDay: string | null;
}

/** The app's one warehouse: started once (single flight), shared through context. Panels wait
 * for `ready`; `dataVersion` moves after every committed import, so they re-query. */
export class Warehouse {
  status = $state<'starting' | 'ready' | 'failed'>('starting');
  failure = $state<string | null>(null);
  persistence = $state<Persistence | null>(null);
  dataVersion = $state(0);
  coverage = $state<Coverage>({ orders: 0, firstDay: null, lastDay: null });

  engine: Engine | null = null;
  private registry: ViewRegistry | null = null;
  private readonly cache = new QueryCache();
  readonly ready: Promise<void>;

  constructor(start: () => Promise<Engine>) {
    this.ready = this.start(start);
  }

  private async start(start: () => Promise<Engine>): Promise<void> {
    // A stable hook on <html> for tests and benchmarks: loading | ready | error.
    const mark = (state: string) => document.documentElement.setAttribute('data-engine', state);
    mark('loading');
    try {
      const engine = await start();
      this.engine = engine;
      this.persistence = engine.persistence;
      this.registry = await openWarehouse(engine);
      await this.refreshCoverage();
      this.status = 'ready';
      mark('ready');
    } catch (err) {
      mark('error');
      console.error(err);
      this.failure = err instanceof Error ? err.message : String(err);
      this.status = 'failed';
      throw err;
    }
  }

  get views(): ViewRegistry {
    if (!this.registry) throw new Error('the warehouse is not open yet');
    return this.registry;
  }

  /** Run a view through the cache; the key names the view's version and the data version. */
  async runView(name: string, params: Record<string, Param>): Promise<QueryResult> {
    await this.ready;
    const { header } = this.views.get(name);
    const key = `${name}@${header.version}|${this.dataVersion}|${JSON.stringify(params)}`;
    return this.cache.get(key, () => this.views.run(name, params));
  }

  async refreshCoverage(): Promise<void> {
    const { rows } = await this.engine!.query(
      `SELECT count(*)::DOUBLE AS orders, min(paid_at)::DATE AS first_day, max(paid_at)::DATE AS last_day FROM orders`,
    );
    const r = rows[0];
    this.coverage = {
      orders: Number(r.orders),
      firstDay: (r.first_day as string | null) ?? null,
      lastDay: (r.last_day as string | null) ?? null,
    };
  }

  /** Called after an import commits: new numbers everywhere. */
  async dataChanged(): Promise<void> {
    this.cache.clear();
    await this.refreshCoverage();
    this.dataVersion++;
  }
}

const KEY = Symbol('warehouse');

export function setWarehouse(w: Warehouse): Warehouse {
  return setContext(KEY, w);
}

export function getWarehouse(): Warehouse {
  const w = getContext<Warehouse | undefined>(KEY);
  if (!w) throw new Error('getWarehouse() outside <App>: call setWarehouse first');
  return w;
}
