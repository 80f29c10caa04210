/** Index i with xs[i] ≤ x < xs[i+1] for x inside the table (binary search); xs strictly increasing. */
export function bracket(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) <= x) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Radial dose function g(r) by the TG-43U1S1 rules (Rivard 2007, §III.C): log-linear
 * interpolation between nodes (Eq. 3); below the first node, its value (zeroth order); beyond
 * the last node, the exponential through the last two nodes (Eq. 4).
 */
export function radialDose(rCm: readonly number[], g: readonly number[], r: number): number {
  const n = rCm.length;
  const r0 = rCm[0] ?? 0;
  if (r <= r0 || n === 1) return g[0] ?? 1;
  const i = r >= (rCm[n - 1] ?? 0) ? n - 2 : bracket(rCm, r);
  const ra = rCm[i] ?? 0;
  const rb = rCm[i + 1] ?? 0;
  const ga = g[i] ?? 0;
  const gb = g[i + 1] ?? 0;
  return ga * Math.exp(((r - ra) / (rb - ra)) * Math.log(gb / ga));
}

/** Linear interpolation, clamped to the end values outside the table (φan(r), TG-43U1S1). */
export function linearClamped(xs: readonly number[], ys: readonly number[], x: number): number {
  const n = xs.length;
  if (n === 1 || x <= (xs[0] ?? 0)) return ys[0] ?? 1;
  if (x >= (xs[n - 1] ?? 0)) return ys[n - 1] ?? 1;
  const i = bracket(xs, x);
  const xa = xs[i] ?? 0;
  const xb = xs[i + 1] ?? 0;
  return (ys[i] ?? 0) + ((x - xa) / (xb - xa)) * ((ys[i + 1] ?? 0) - (ys[i] ?? 0));
}

/**
 * F(r, θ) bilinear in r and θ (TG-43U1S1), with r clamped to the table (nearest neighbour
 * below r_min and beyond r_max) and θ clamped to [θ_min, θ_max].
 */
export function anisotropy(
  table: { rCm: readonly number[]; thetaDeg: readonly number[]; F: readonly (readonly number[])[] },
  r: number,
  thetaDeg: number,
): number {
  const { rCm, thetaDeg: thetas, F } = table;
  const rc = Math.min(Math.max(r, rCm[0] ?? r), rCm[rCm.length - 1] ?? r);
  const tc = Math.min(
    Math.max(thetaDeg, thetas[0] ?? thetaDeg),
    thetas[thetas.length - 1] ?? thetaDeg,
  );
  const i = rCm.length === 1 ? 0 : Math.min(bracket(rCm, rc), rCm.length - 2);
  const j = thetas.length === 1 ? 0 : Math.min(bracket(thetas, tc), thetas.length - 2);
  const fr = rCm.length === 1 ? 0 : (rc - (rCm[i] ?? 0)) / ((rCm[i + 1] ?? 1) - (rCm[i] ?? 0));
  const ft =
    thetas.length === 1 ? 0 : (tc - (thetas[j] ?? 0)) / ((thetas[j + 1] ?? 1) - (thetas[j] ?? 0));
  const at = (tj: number, ri: number) =>
    F[Math.min(tj, thetas.length - 1)]?.[Math.min(ri, rCm.length - 1)] ?? 1;
  const low = at(j, i) + fr * (at(j, i + 1) - at(j, i));
  const high = at(j + 1, i) + fr * (at(j + 1, i + 1) - at(j + 1, i));
  return low + ft * (high - low);
}
