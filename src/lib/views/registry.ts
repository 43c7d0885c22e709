import type { Engine, Param, QueryResult, Session } from '../engine/types.ts';
import { parseViewHeader, type ViewHeader } from './header.ts';

export interface ViewDefinition {
  header: ViewHeader;
  sql: string;
}

export function defineView(sql: string): ViewDefinition {
  return { header: parseViewHeader(sql), sql };
}

/** `SELECT * FROM name(?::T1, ?::T2, …)`: the only way panels call a view. Names and types come
 * from a parsed header (checked against strict patterns), values are always bound. */
export function callSql(header: ViewHeader): string {
  const args = header.params.map((p) => `?::${p.type}`).join(', ');
  return `SELECT * FROM ${header.name}(${args})`;
}

/** Views read each other: create them so that every view comes after the views it reads. */
export function orderByDependencies(views: ViewDefinition[]): ViewDefinition[] {
  const byName = new Map(views.map((v) => [v.header.name, v]));
  const done = new Set<string>();
  const out: ViewDefinition[] = [];
  const visit = (v: ViewDefinition, path: string[]) => {
    if (done.has(v.header.name)) return;
    if (path.includes(v.header.name))
      throw new Error(`views read each other in a cycle: ${path.join(' → ')}`);
    for (const dep of v.header.reads) {
      const d = byName.get(dep);
      if (d) visit(d, [...path, v.header.name]);
    }
    done.add(v.header.name);
    out.push(v);
  };
  for (const v of views) visit(v, []);
  return out;
}

export class ViewRegistry {
  private readonly views = new Map<string, ViewDefinition>();

  constructor(private readonly engine: Engine) {}

  /** Create (or re-create) the macros in dependency order. */
  async install(views: ViewDefinition[], session: Session = this.engine): Promise<void> {
    for (const v of orderByDependencies(views)) {
      await session.exec(v.sql);
      this.views.set(v.header.name, v);
    }
  }

  get(name: string): ViewDefinition {
    const v = this.views.get(name);
    if (!v) throw new Error(`no view named "${name}"`);
    return v;
  }

  list(): ViewDefinition[] {
    return [...this.views.values()];
  }

  /** Run a view with its parameters by name; unknown or missing parameters are an error. */
  run(name: string, params: Record<string, Param>): Promise<QueryResult> {
    const { header } = this.get(name);
    const values = header.params.map((p) => {
      if (!(p.name in params)) throw new Error(`view ${name}: parameter ${p.name} is missing`);
      return params[p.name];
    });
    return this.engine.query(callSql(header), values);
  }
}
