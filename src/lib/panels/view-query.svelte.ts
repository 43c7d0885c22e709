import type { Param, QueryResult } from '../engine/types.ts';
import type { Warehouse } from '../app/warehouse.svelte.ts';

export type PanelState = 'loading' | 'empty' | 'error' | 'ready';

/** One panel's view query: runs it, keeps the last result out of deep reactivity ($state.raw),
 * and drops a result that arrives after a newer request or after the panel is gone. */
export class ViewQuery {
  state = $state<PanelState>('loading');
  result = $state.raw<QueryResult | null>(null);
  error = $state<string | null>(null);
  private token = 0;

  constructor(
    private readonly warehouse: Warehouse,
    private readonly view: string,
    private readonly isEmpty: (r: QueryResult) => boolean = (r) => r.rows.length === 0,
  ) {}

  async run(params: Record<string, Param>): Promise<void> {
    const token = ++this.token;
    this.state = 'loading';
    try {
      const result = await this.warehouse.runView(this.view, params);
      if (token !== this.token) return;
      this.result = result;
      this.error = null;
      this.state = this.isEmpty(result) ? 'empty' : 'ready';
    } catch (err) {
      if (token !== this.token) return;
      this.error = err instanceof Error ? err.message : String(err);
      this.state = 'error';
    }
  }

  dispose(): void {
    this.token = -1;
  }
}
