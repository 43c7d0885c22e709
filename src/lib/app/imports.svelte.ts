import { getContext, setContext } from 'svelte';
import { ImportError } from '../import/errors.ts';
import { importFile, type ImportProgress, type ImportResult } from '../import/load.ts';
import type { Warehouse } from './warehouse.svelte.ts';

export interface ImportJob {
  id: number;
  fileName: string;
  size: number;
  status: 'queued' | 'running' | 'imported' | 'duplicate' | 'failed' | 'cancelled';
  progress: ImportProgress | null;
  result: ImportResult | null;
  error: ImportError | null;
}

/** Files dropped or picked, imported one after another (the warehouse has one writer); each job
 * shows its progress and can be cancelled, which leaves the warehouse as it was. */
export class ImportQueue {
  jobs = $state<ImportJob[]>([]);
  private nextId = 1;
  /** An import committed since the panels last re-queried. */
  private changed = false;
  private chain: Promise<void> = Promise.resolve();
  // Not reactive on purpose: controllers are never rendered.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private readonly controllers = new Map<number, AbortController>();

  constructor(private readonly warehouse: Warehouse) {}

  get busy(): boolean {
    return this.jobs.some((j) => j.status === 'running' || j.status === 'queued');
  }

  add(files: File[]): Promise<void> {
    for (const file of files) {
      const id = this.nextId++;
      this.jobs.unshift({
        id,
        fileName: file.name,
        size: file.size,
        status: 'queued',
        progress: null,
        result: null,
        error: null,
      });
      const controller = new AbortController();
      this.controllers.set(id, controller);
      this.chain = this.chain.then(() => this.run(id, file, controller.signal));
    }
    return this.chain;
  }

  cancel(id: number): void {
    this.controllers.get(id)?.abort();
    this.update(id, (j) => (j.status === 'queued' ? { ...j, status: 'cancelled' } : j));
  }

  clearFinished(): void {
    this.jobs = this.jobs.filter((j) => j.status === 'running' || j.status === 'queued');
  }

  private update(id: number, change: (job: ImportJob) => ImportJob): void {
    this.jobs = this.jobs.map((j) => (j.id === id ? change(j) : j));
  }

  private async run(id: number, file: File, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return;
    this.update(id, (j) => ({ ...j, status: 'running' }));
    try {
      await this.warehouse.ready;
      const result = await importFile(this.warehouse.engine!, file, {
        signal,
        onProgress: (progress) => this.update(id, (j) => ({ ...j, progress })),
      });
      this.update(id, (j) => ({ ...j, status: result.status, result }));
      if (result.status === 'imported') this.changed = true;
    } catch (err) {
      const error = err instanceof ImportError ? err : new ImportError('failed', { message: String(err) });
      this.update(id, (j) => ({ ...j, status: error.code === 'cancelled' ? 'cancelled' : 'failed', error }));
    } finally {
      this.controllers.delete(id);
    }
    // Panels re-query once a batch is in, not after each of its twenty files.
    if (this.changed && !this.jobs.some((j) => j.status === 'queued')) {
      this.changed = false;
      await this.warehouse.dataChanged();
    }
  }
}

const KEY = Symbol('imports');
export const setImports = (q: ImportQueue) => setContext(KEY, q);
export function getImports(): ImportQueue {
  const q = getContext<ImportQueue | undefined>(KEY);
  if (!q) throw new Error('getImports() outside <App>: call setImports first');
  return q;
}
