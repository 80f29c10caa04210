/** A blank F cell and what filled it. */
export interface BlankFill {
  thetaIndex: number;
  rIndex: number;
  /** The radius the value was taken from. */
  fromRIndex: number;
  value: number;
}

/**
 * Fills blank cells (null) of an F(r, θ) table, F[thetaIndex][rIndex], from the nearest radius
 * with a value at the same angle (the larger radius on a tie, i.e. outward, away from the
 * source). Published consensus tables leave cells blank where the point lies inside the source;
 * the engine holds F at the nearest tabulated radius there in any case (TG-43U1S1 nearest
 * neighbour below r_min, physics.md §1.3), so this rule extends the same convention to blank
 * cells. Angles whose every cell is blank are listed in `empty` (and left as NaN).
 */
export function fillBlankCells(
  cells: readonly (readonly (number | null)[])[],
  rCm: readonly number[],
  thetaDeg: readonly number[],
): { F: number[][]; fills: BlankFill[]; empty: number[] } {
  const fills: BlankFill[] = [];
  const empty: number[] = [];
  const F = cells.map((row, j) => {
    if (row.every((cell) => cell === null)) {
      if (j < thetaDeg.length) empty.push(j);
      return row.map(() => NaN);
    }
    return row.map((cell, i) => {
      if (cell !== null) return cell;
      let from = -1;
      row.forEach((other, k) => {
        if (other === null) return;
        const distance = Math.abs((rCm[k] ?? 0) - (rCm[i] ?? 0));
        const best = from < 0 ? Infinity : Math.abs((rCm[from] ?? 0) - (rCm[i] ?? 0));
        if (distance < best || (distance === best && (rCm[k] ?? 0) > (rCm[from] ?? 0))) from = k;
      });
      const value = row[from] ?? NaN;
      fills.push({ thetaIndex: j, rIndex: i, fromRIndex: from, value });
      return value;
    });
  });
  return { F, fills, empty };
}
