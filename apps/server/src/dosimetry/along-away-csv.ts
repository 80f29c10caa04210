import { CsvProblems, isNumber, rowsOf, where } from './source-csv.ts';

/** One tabulated dose rate of an along-away table. */
export interface AlongAwayCell {
  /** Away from the source axis, cm (≥ 0). */
  yCm: number;
  /** Along the axis from the source centre, toward the tip, cm. */
  zCm: number;
  /** Dose rate per unit air-kerma strength, cGy h⁻¹ U⁻¹. */
  doseRateCGyPerHPerU: number;
  line: number;
  column: number;
}

export interface AlongAwayTable {
  file: string;
  cells: AlongAwayCell[];
  /** Blank cells (inside the source in published tables), skipped. */
  blankCount: number;
}

/**
 * The along-away QA table of a consensus dataset, as published: first row a corner label, then
 * the away distances y (cm, ≥ 0); each next row the along distance z (cm, any sign), then the
 * dose rate per U (cGy h⁻¹ U⁻¹) at each y. Blank cells (inside the source) are skipped and
 * counted. Problems name the file, row and column.
 */
export function parseAlongAwayTable(file: string, text: string): AlongAwayTable {
  const problems: string[] = [];
  const [header, ...rows] = rowsOf(text);
  if (header === undefined || rows.length === 0)
    throw new CsvProblems([
      `${file}: expected a row of away distances y (cm) and then one row per along distance z (cm)`,
    ]);
  const yCm = header.cells.slice(1).map((cell, i) => {
    const y = Number(cell);
    if (!isNumber(cell) || y < 0)
      problems.push(
        `${where(file, header.line, i + 2)}: y (cm) must be a number ≥ 0 (got "${cell}")`,
      );
    return y;
  });
  const cells: AlongAwayCell[] = [];
  let blankCount = 0;
  for (const row of rows) {
    if (row.cells.length !== yCm.length + 1) {
      problems.push(
        `${where(file, row.line)}: expected ${String(yCm.length + 1)} columns (z and one dose rate per y), found ${String(row.cells.length)}`,
      );
      continue;
    }
    const zCell = row.cells[0] ?? '';
    if (!isNumber(zCell)) {
      problems.push(`${where(file, row.line, 1)}: z (cm) must be a number (got "${zCell}")`);
      continue;
    }
    row.cells.slice(1).forEach((cell, i) => {
      if (cell === '') {
        blankCount++;
        return;
      }
      const rate = Number(cell);
      if (!isNumber(cell) || !(rate > 0)) {
        problems.push(
          `${where(file, row.line, i + 2)}: dose rate must be a positive number (got "${cell}")`,
        );
        return;
      }
      cells.push({
        yCm: yCm[i] ?? NaN,
        zCm: Number(zCell),
        doseRateCGyPerHPerU: rate,
        line: row.line,
        column: i + 2,
      });
    });
  }
  if (problems.length > 0) throw new CsvProblems(problems);
  return { file, cells, blankCount };
}
