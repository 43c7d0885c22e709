import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/share/csv.ts';

describe('CSV export', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+86 138')).toBe("'+86 138");
    expect(csvCell('-5 元')).toBe("'-5 元");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-5)).toBe('-5');
  });

  it('quotes commas, quotes and newlines, and writes a BOM', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        { a: '栖木, 台灯', b: null },
        { a: 'say "hi"\nthere', b: 3 },
      ],
    );
    expect(csv).toBe('\uFEFFa,b\r\n"栖木, 台灯",\r\n"say ""hi""\nthere",3\r\n');
  });
});
