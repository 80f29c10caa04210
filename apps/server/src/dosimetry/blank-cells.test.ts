import { describe, expect, it } from 'vitest';
import { fillBlankCells } from './blank-cells.ts';

describe('fillBlankCells', () => {
  it('fills each blank from the nearest radius at the same angle, outward on a tie', () => {
    const r = [0.25, 0.5, 1, 2];
    const { F, fills, empty } = fillBlankCells(
      [
        [null, null, 0.65, 0.7],
        [0.88, null, 0.92, 0.95],
        [1, 1, 1, 1],
      ],
      r,
      [0, 45, 90],
    );
    expect(F).toEqual([
      [0.65, 0.65, 0.65, 0.7],
      // 0.5 cm is 0.25 cm from 0.25 cm and 0.5 cm from 1 cm: the nearer wins.
      [0.88, 0.88, 0.92, 0.95],
      [1, 1, 1, 1],
    ]);
    expect(fills).toEqual([
      { thetaIndex: 0, rIndex: 0, fromRIndex: 2, value: 0.65 },
      { thetaIndex: 0, rIndex: 1, fromRIndex: 2, value: 0.65 },
      { thetaIndex: 1, rIndex: 1, fromRIndex: 0, value: 0.88 },
    ]);
    expect(empty).toEqual([]);
  });

  it('takes the larger radius when two are equally near', () => {
    const { F } = fillBlankCells([[0.5, null, 0.7]], [1, 2, 3], [0]);
    expect(F[0]).toEqual([0.5, 0.7, 0.7]);
  });

  it('lists angles with no value at all', () => {
    const { empty, F } = fillBlankCells(
      [
        [null, null],
        [1, 1],
      ],
      [1, 2],
      [0, 90],
    );
    expect(empty).toEqual([0]);
    expect(F[0]?.every(Number.isNaN)).toBe(true);
  });
});
