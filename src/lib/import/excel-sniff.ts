/** Spreadsheet containers by their first bytes: zip (.xlsx) and OLE2 (.xls). */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export function excelKind(head: Uint8Array): 'xlsx' | 'xls' | null {
  if (ZIP.every((b, i) => head[i] === b)) return 'xlsx';
  if (OLE.every((b, i) => head[i] === b)) return 'xls';
  return null;
}
