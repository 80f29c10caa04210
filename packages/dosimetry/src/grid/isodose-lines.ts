import type { IsodoseGrid } from './isodose-plane.ts';

/** A straight piece of an isodose line in the plot plane, cm: from (x1, z1) to (x2, z2). */
export interface IsodoseSegment {
  x1: number;
  z1: number;
  x2: number;
  z2: number;
}

/**
 * The pieces of the line where the dose equals `levelGy`, by marching squares over the grid
 * cells: in each cell the line crosses the edges whose two corners lie on either side of the
 * level, at the linearly interpolated point. Saddle cells (two opposite corners above) are split
 * by the cell's mean dose so the line never crosses itself. Used for drawing (the PDF report),
 * where straight pieces on a 1 mm grid are finer than the printed line.
 */
export function isodoseSegments(grid: IsodoseGrid, levelGy: number): IsodoseSegment[] {
  const { size, halfWidthCm, spacingCm, values } = grid;
  const coord = (index: number) => -halfWidthCm + index * spacingCm;
  const dose = (row: number, column: number) => values[row * size + column] ?? 0;
  const segments: IsodoseSegment[] = [];
  for (let row = 0; row + 1 < size; row += 1) {
    for (let column = 0; column + 1 < size; column += 1) {
      // Corners counter-clockwise from the lower left: (c, r), (c+1, r), (c+1, r+1), (c, r+1).
      const corners = [
        { x: coord(column), z: coord(row), d: dose(row, column) },
        { x: coord(column + 1), z: coord(row), d: dose(row, column + 1) },
        { x: coord(column + 1), z: coord(row + 1), d: dose(row + 1, column + 1) },
        { x: coord(column), z: coord(row + 1), d: dose(row + 1, column) },
      ] as const;
      const crossings: { x: number; z: number; edge: number }[] = [];
      for (let edge = 0; edge < 4; edge += 1) {
        const a = corners[edge];
        const b = corners[(edge + 1) % 4];
        if (a === undefined || b === undefined) continue;
        if (a.d >= levelGy === b.d >= levelGy) continue;
        const t = (levelGy - a.d) / (b.d - a.d);
        crossings.push({ x: a.x + t * (b.x - a.x), z: a.z + t * (b.z - a.z), edge });
      }
      pairCrossings(crossings, corners, levelGy, segments);
    }
  }
  return segments;
}

function pairCrossings(
  crossings: readonly { x: number; z: number; edge: number }[],
  corners: readonly { d: number }[],
  levelGy: number,
  out: IsodoseSegment[],
): void {
  const segment = (i: number, j: number) => {
    const a = crossings[i];
    const b = crossings[j];
    if (a !== undefined && b !== undefined) out.push({ x1: a.x, z1: a.z, x2: b.x, z2: b.z });
  };
  if (crossings.length === 2) {
    segment(0, 1);
    return;
  }
  if (crossings.length !== 4) return;
  // Saddle: crossings lie on edges 0, 1, 2, 3 in order. If the centre is on the same side as
  // corner 0, the line cuts off corners 1 and 3 (pairs 0–1 and 2–3); otherwise corners 0 and 2.
  const centre = corners.reduce((sum, c) => sum + c.d, 0) / 4;
  const first = corners[0];
  if (first !== undefined && centre >= levelGy === first.d >= levelGy) {
    segment(0, 1);
    segment(2, 3);
  } else {
    segment(3, 0);
    segment(1, 2);
  }
}
