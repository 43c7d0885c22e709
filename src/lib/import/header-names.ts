/** Header cells as the exports write them → one comparable form (reference §6.3 rule 3):
 * full-width → half-width (NFKC), BOM, blanks and tabs gone, `(元)`/`(%)` suffixes gone,
 * `-` and `_` ignored, latin lower-cased. `订单付款时间 ` and `订单付款时间` are one column. */
export function normalizeHeader(cell: string): string {
  return cell
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .replace(/\((元|%|个|次)\)$/, '')
    .replace(/[-_]/g, '')
    .toLowerCase();
}
