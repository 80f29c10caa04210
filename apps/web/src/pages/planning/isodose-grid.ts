// The isodose plane is computed by the engine package, so the screen and the printed plan report
// draw the same lines from the same numbers.
export {
  buildIsodoseGrid,
  circlePoints,
  ISODOSE_PERCENTS,
  plotHalfWidthCm,
  type IsodoseGrid,
} from '@openiort/dosimetry';
