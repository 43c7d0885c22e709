import { describe, expect, it } from 'vitest';
import { parseViewHeader, ViewHeaderError } from '../../src/lib/views/header.ts';
import { callSql, defineView, orderByDependencies } from '../../src/lib/views/registry.ts';

const view = (name: string, reads: string, extra = '') => `-- view: ${name}
-- version: 3
-- title: 流量结构 | Traffic structure
-- params: start_date DATE, end_date DATE, platforms VARCHAR
-- columns: source VARCHAR, gmv DECIMAL(18,2), share DOUBLE
-- reads: ${reads}
${extra}CREATE OR REPLACE MACRO ${name}(start_date, end_date, platforms) AS TABLE SELECT 1`;

describe('view header', () => {
  it('parses every field, keeping DECIMAL(18,2) whole', () => {
    const h = parseViewHeader(view('traffic_structure', 'traffic_daily, orders'));
    expect(h).toEqual({
      name: 'traffic_structure',
      version: 3,
      title: { zh: '流量结构', en: 'Traffic structure' },
      params: [
        { name: 'start_date', type: 'DATE' },
        { name: 'end_date', type: 'DATE' },
        { name: 'platforms', type: 'VARCHAR' },
      ],
      columns: [
        { name: 'source', type: 'VARCHAR' },
        { name: 'gmv', type: 'DECIMAL(18,2)' },
        { name: 'share', type: 'DOUBLE' },
      ],
      reads: ['traffic_daily', 'orders'],
    });
  });

  it('builds the call with one bound, typed placeholder per parameter', () => {
    expect(callSql(parseViewHeader(view('v', 'orders')))).toBe(
      'SELECT * FROM v(?::DATE, ?::DATE, ?::VARCHAR)',
    );
  });

  it('refuses names and types that could smuggle SQL', () => {
    expect(() => parseViewHeader(view('v; DROP TABLE orders', 'orders'))).toThrow(ViewHeaderError);
    const badType = view('v', 'orders').replace('platforms VARCHAR', "platforms VARCHAR); SELECT ('x");
    expect(() => parseViewHeader(badType)).toThrow(/not a DuckDB type|snake_case/);
  });

  it('refuses a file whose macro does not match its header', () => {
    const other = view('v', 'orders').replace('MACRO v(', 'MACRO w(');
    expect(() => parseViewHeader(other)).toThrow(/CREATE OR REPLACE MACRO v/);
    const params = view('v', 'orders').replace(
      'MACRO v(start_date, end_date, platforms)',
      'MACRO v(a, b, c)',
    );
    expect(() => parseViewHeader(params)).toThrow(/differ from params/);
  });

  it('reports a missing header line by name', () => {
    expect(() => parseViewHeader(view('v', 'orders').replace(/-- reads:.*\n/, ''))).toThrow(/reads/);
  });

  it('orders views so that each comes after the views it reads', () => {
    const a = defineView(view('a_view', 'b_view'));
    const b = defineView(view('b_view', 'c_view, orders'));
    const c = defineView(view('c_view', 'orders'));
    expect(orderByDependencies([a, b, c]).map((v) => v.header.name)).toEqual(['c_view', 'b_view', 'a_view']);
    const loop = defineView(view('c_view', 'a_view'));
    expect(() => orderByDependencies([a, b, loop])).toThrow(/cycle/);
  });
});
