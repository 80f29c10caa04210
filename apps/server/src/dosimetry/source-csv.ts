/**
 * Vendor TG-43 tables as CSV: one table per file, comma-separated (semicolons and tabs work
 * too), blank lines and lines starting with # ignored, an optional header row. Every problem
 * names the file, the row (the line number in the file) and the column.
 *
 * Consensus tables are accepted as published: an r = 0 row (g) or column (F) is skipped with a
 * note, since TG-43 holds g and F at their first tabulated radius below it (TG-43U1S1,
 * physics.md §1.3); blank F cells (inside the source) are filled from the nearest radius at the
 * same angle, each one reported (blank-cells.ts).
 */

import { fillBlankCells } from './blank-cells.ts';

export class CsvProblems extends Error {
  readonly lines: string[];
  constructor(lines: string[]) {
    super(lines.join('\n'));
    this.name = 'CsvProblems';
    this.lines = lines;
  }
}

interface CsvRow {
  /** Line number in the file, from 1. */
  line: number;
  cells: string[];
}

export interface TwoColumnTable {
  file: string;
  xs: number[];
  ys: number[];
  /** Line of each data row. */
  lines: number[];
  /** What was done to the table as published (an r = 0 row skipped), one line each. */
  notes: string[];
}

export interface AnisotropyTable {
  file: string;
  rCm: number[];
  thetaDeg: number[];
  /** F[thetaIndex][rIndex] */
  F: number[][];
  headerLine: number;
  /** Line of each θ row. */
  lines: number[];
  /** What was done to the table as published (r = 0 column, blank cells), one line each. */
  notes: string[];
}

export const where = (file: string, line: number, column?: number) =>
  `${file} row ${String(line)}${column === undefined ? '' : `, column ${String(column)}`}`;

/** The note for a skipped r = 0 row or column. */
const rZeroNote = (place: string, what: string) =>
  `${place}: r = 0 ${what} skipped (TG-43 holds g and F at the first tabulated radius below it; TG-43U1S1)`;

export function rowsOf(text: string): CsvRow[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ line: i + 1, raw: raw.trim() }))
    .filter(({ raw }) => raw !== '' && !raw.startsWith('#'))
    .map(({ line, raw }) => ({ line, cells: raw.split(/[,;\t]/).map((c) => c.trim()) }));
}

export const isNumber = (cell: string) => cell !== '' && Number.isFinite(Number(cell));
const isZero = (cell: string | undefined) =>
  cell !== undefined && isNumber(cell) && Number(cell) === 0;

class Collector {
  readonly problems: string[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }

  number(cell: string | undefined, line: number, column: number, what: string): number {
    if (cell !== undefined && isNumber(cell)) {
      const value = Number(cell);
      if (value > 0 || (what === 'θ (degrees)' && value === 0)) return value;
      this.problems.push(
        `${where(this.file, line, column)}: ${what} must be positive (got ${cell})`,
      );
      return NaN;
    }
    this.problems.push(
      `${where(this.file, line, column)}: ${what} must be a number (got "${cell ?? ''}")`,
    );
    return NaN;
  }

  increasing(values: number[], lines: number[], columns: number[], what: string): void {
    values.forEach((value, i) => {
      const previous = values[i - 1];
      if (i > 0 && previous !== undefined && !(value > previous)) {
        this.problems.push(
          `${where(this.file, lines[i] ?? 0, columns[i])}: ${what} must increase (${String(value)} after ${String(previous)})`,
        );
      }
    });
  }

  finish(): void {
    if (this.problems.length > 0) throw new CsvProblems(this.problems);
  }
}

/** r and a value per row (g(r) or φan(r)), after an optional header. */
export function parseTwoColumnTable(file: string, text: string, valueName: string): TwoColumnTable {
  const c = new Collector(file);
  const all = rowsOf(text);
  const published = all[0] !== undefined && !isNumber(all[0].cells[0] ?? '') ? all.slice(1) : all;
  const notes: string[] = [];
  const rows = published.filter((row) => {
    if (!isZero(row.cells[0])) return true;
    notes.push(rZeroNote(where(file, row.line), 'row'));
    return false;
  });
  if (rows.length === 0) c.problems.push(`${file}: no data rows (expected r_cm,${valueName})`);
  const xs: number[] = [];
  const ys: number[] = [];
  for (const row of rows) {
    if (row.cells.length !== 2) {
      c.problems.push(
        `${where(file, row.line)}: expected 2 columns (r_cm,${valueName}), found ${String(row.cells.length)}`,
      );
      continue;
    }
    xs.push(c.number(row.cells[0], row.line, 1, 'r (cm)'));
    ys.push(c.number(row.cells[1], row.line, 2, valueName));
  }
  const lines = rows.map((r) => r.line);
  if (c.problems.length === 0)
    c.increasing(
      xs,
      lines,
      lines.map(() => 1),
      'r (cm)',
    );
  c.finish();
  return { file, xs, ys, lines, notes };
}

/** First row: a corner label, then the radii (cm); each next row: θ (degrees), then F per radius. */
export function parseAnisotropyTable(file: string, text: string): AnisotropyTable {
  const c = new Collector(file);
  const [header, ...rows] = rowsOf(text);
  if (header === undefined || rows.length === 0) {
    c.problems.push(`${file}: expected a row of radii (cm) and then one row per angle θ (degrees)`);
    c.finish();
  }
  const headerLine = header?.line ?? 0;
  const notes: string[] = [];
  const allRCells = header?.cells.slice(1) ?? [];
  // Columns (0-based within the F cells) that are kept: all but an r = 0 column.
  const kept = allRCells.flatMap((cell, i) => {
    if (!isZero(cell)) return [i];
    notes.push(rZeroNote(where(file, headerLine, i + 2), 'column'));
    return [];
  });
  const rCm = kept.map((i) => c.number(allRCells[i], headerLine, i + 2, 'r (cm)'));
  const thetaDeg: number[] = [];
  const cells: (number | null)[][] = [];
  for (const row of rows) {
    if (row.cells.length !== allRCells.length + 1) {
      c.problems.push(
        `${where(file, row.line)}: expected ${String(allRCells.length + 1)} columns (θ and one F per radius), found ${String(row.cells.length)}`,
      );
      continue;
    }
    thetaDeg.push(c.number(row.cells[0], row.line, 1, 'θ (degrees)'));
    // Blank cells are inside the source in published tables; they are filled below.
    cells.push(
      kept.map((i) => {
        const cell = row.cells[i + 1] ?? '';
        return cell === '' ? null : c.number(cell, row.line, i + 2, 'F');
      }),
    );
  }
  const lines = rows.map((r) => r.line);
  if (c.problems.length === 0) {
    c.increasing(
      rCm,
      rCm.map(() => headerLine),
      rCm.map((_, i) => i + 2),
      'r (cm)',
    );
    c.increasing(
      thetaDeg,
      lines,
      lines.map(() => 1),
      'θ (degrees)',
    );
    const over = thetaDeg.findIndex((t) => t > 180);
    if (over >= 0) c.problems.push(`${where(file, lines[over] ?? 0, 1)}: θ must be at most 180°`);
  }
  const filled = fillBlankCells(cells, rCm, thetaDeg);
  filled.empty.forEach((j) => {
    c.problems.push(`${where(file, lines[j] ?? 0)}: every F cell of this angle is blank`);
  });
  for (const fill of filled.fills) {
    const line = lines[fill.thetaIndex] ?? 0;
    const column = (kept[fill.rIndex] ?? 0) + 2;
    notes.push(
      `${where(file, line, column)} (θ = ${String(thetaDeg[fill.thetaIndex])}°, r = ${String(rCm[fill.rIndex])} cm): blank (inside the source); filled with F(${String(rCm[fill.fromRIndex])} cm, ${String(thetaDeg[fill.thetaIndex])}°) = ${String(fill.value)}, the nearest radius at the same angle`,
    );
  }
  c.finish();
  return { file, rCm, thetaDeg, F: filled.F, headerLine, lines, notes };
}
