import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareColumns, describeView } from '../../src/lib/views/describe.ts';
import { BUILTIN_VIEWS } from '../../src/lib/views/builtin.ts';
import { defineView } from '../../src/lib/views/registry.ts';
import { LOCK_PATH, lockEntry, readViewFiles, type ViewLock } from '../../scripts/view-lock.ts';
import { createTestWarehouse, type TestWarehouse } from '../helpers/warehouse.ts';

const lock: ViewLock = JSON.parse(readFileSync(LOCK_PATH, 'utf8'));
let wh: TestWarehouse;
beforeAll(async () => {
  wh = await createTestWarehouse();
});

describe('sql/views.lock.json', () => {
  it('lists exactly the built-in views', () => {
    expect(Object.keys(lock).sort()).toEqual(BUILTIN_VIEWS.map((v) => v.header.name).sort());
  });

  for (const view of readViewFiles()) {
    const name = view.header.name;
    it(`${name}: returns its declared columns`, async () => {
      expect(compareColumns(view.header.columns, await describeView(wh.engine, view.header))).toEqual([]);
    });
    it(`${name}: output unchanged, or version bumped and locked (npm run lock-views)`, () => {
      const entry = lockEntry(view);
      const locked = lock[name];
      expect(locked, `${name} is not in the lock file`).toBeDefined();
      if (locked.version === entry.version && locked.sha256 !== entry.sha256) {
        throw new Error(`${name}: its SQL changed but its version is still ${entry.version}: bump the version`);
      }
      expect(entry).toEqual(locked);
    });
  }

  it('catches an edit made without a version bump', () => {
    const original = readViewFiles().find((v) => v.header.name === 'kpi_daily')!;
    const edited = defineView(original.sql.replace('sum(payable_amount)', 'sum(payable_amount - refund_amount)'));
    expect(edited.header.version).toBe(lock.kpi_daily.version);
    expect(lockEntry(edited).sha256).not.toBe(lock.kpi_daily.sha256);
  });

  it('catches a declared column that the view does not return', async () => {
    const original = readViewFiles().find((v) => v.header.name === 'kpi_daily')!;
    const declared = [...original.header.columns, { name: 'visitors', type: 'BIGINT' }];
    const actual = await describeView(wh.engine, original.header);
    expect(compareColumns(declared, actual)).toEqual(['column visitors is declared but not returned']);
  });
});
