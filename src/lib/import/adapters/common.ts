import type { RejectRule } from '../report.ts';

/** Lineage columns every target carries (DESIGN §3), bound per import. */
export const LINEAGE = { source_file: '$source_file', import_id: '$import_id', imported_at: '$imported_at' };

/** The same, for a target whose rows are grouped (one value per group). */
export const LINEAGE_GROUPED = {
  source_file: 'any_value($source_file)',
  import_id: 'any_value($import_id)',
  imported_at: 'any_value($imported_at::TIMESTAMP)',
};

/** An order number that is empty, or that a spreadsheet turned into scientific notation. */
export function orderIdRejects(label: string, scientific = 'order_id_scientific'): RejectRule[] {
  return [
    {
      field: 'order_id',
      when: 'order_id IS NULL',
      value: 'order_id_raw',
      reason: { zh: `${label}为空`, en: 'order number is empty' },
    },
    {
      field: 'order_id',
      when: scientific,
      value: 'order_id_raw',
      reason: {
        zh: `${label}被表格软件改成了科学计数法，已丢失位数：请重新导出原始文件`,
        en: 'order number was turned into scientific notation and lost digits: export the file again',
      },
    },
  ];
}

/** A time cell that must parse (`required`) or may be empty but must parse when present. */
export function timeReject(field: string, label: string, required: boolean): RejectRule {
  return {
    field,
    when: required ? `${field} IS NULL` : `${field} IS NULL AND ${field}_raw IS NOT NULL`,
    value: `${field}_raw`,
    reason: { zh: `${label}不是有效时间`, en: `${label} is not a valid time` },
  };
}

export function amountReject(field: string, label: string): RejectRule {
  return {
    field,
    when: `${field} IS NULL`,
    value: `${field}_raw`,
    reason: { zh: `${label}不是有效金额`, en: `${label} is not a valid amount` },
  };
}
