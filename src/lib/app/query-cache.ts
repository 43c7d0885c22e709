import type { QueryResult } from '../engine/types.ts';

/** View results by view, version, parameters and data version; an identical request already in
 * flight is shared. Bounded: the oldest entry goes first. A failed query is not kept. */
export class QueryCache {
  private readonly entries = new Map<string, Promise<QueryResult>>();

  constructor(private readonly limit = 64) {}

  get(key: string, run: () => Promise<QueryResult>): Promise<QueryResult> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const p = run();
    this.entries.set(key, p);
    p.catch(() => this.entries.delete(key));
    while (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return p;
  }

  clear(): void {
    this.entries.clear();
  }
}
