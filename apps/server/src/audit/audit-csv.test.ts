import { describe, expect, it } from 'vitest';
import { csvCell } from './audit-csv.ts';

describe('csvCell', () => {
  it('neutralises cells a spreadsheet would run as formulas (OWASP CSV injection)', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe(`"'\rx"`);
  });

  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('plain@example.org')).toBe('plain@example.org');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });
});
