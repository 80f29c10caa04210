/**
 * Non-negative least squares, min ‖A x − b‖² subject to x ≥ 0, by the Lawson–Hanson active-set
 * method (Lawson & Hanson, Solving Least Squares Problems, 1974, ch. 23) working on the normal
 * equations: G = AᵀA (n × n, row-major) and c = Aᵀb. Exact in a finite number of steps and
 * deterministic (no random start, no tuning); n is the number of dwells (a few tens at most).
 */
export function nnlsNormal(gram: Float64Array, atb: Float64Array, n: number): Float64Array {
  const x = new Float64Array(n);
  const passive = new Array<boolean>(n).fill(false);
  const scale = atb.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
  const tolerance = 1e-12 * scale;
  const gradient = (): Float64Array => {
    const w = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      let s = atb[i] ?? 0;
      for (let j = 0; j < n; j++) s -= (gram[i * n + j] ?? 0) * (x[j] ?? 0);
      w[i] = s;
    }
    return w;
  };

  // Lawson & Hanson bound the outer loop by 3n in practice; the cap guards against cycling.
  for (let outer = 0; outer < 3 * n + 3; outer++) {
    const w = gradient();
    let best = -1;
    for (let j = 0; j < n; j++) {
      if (!passive[j] && (w[j] ?? 0) > tolerance && (best < 0 || (w[j] ?? 0) > (w[best] ?? 0)))
        best = j;
    }
    if (best < 0) break;
    passive[best] = true;

    for (let inner = 0; inner < n + 1; inner++) {
      const z = solvePassive(gram, atb, n, passive);
      let alpha = Infinity;
      for (let j = 0; j < n; j++) {
        const zj = z[j] ?? 0;
        if (passive[j] && zj <= 0) {
          const xj = x[j] ?? 0;
          alpha = Math.min(alpha, xj / (xj - zj));
        }
      }
      if (alpha === Infinity) {
        x.set(z);
        break;
      }
      for (let j = 0; j < n; j++) {
        const xj = (x[j] ?? 0) + alpha * ((z[j] ?? 0) - (x[j] ?? 0));
        x[j] = xj;
        if (passive[j] && xj <= tolerance * 1e-3) {
          passive[j] = false;
          x[j] = 0;
        }
      }
    }
  }
  return x;
}

/** Solves G_PP z_P = c_P on the passive set P (Gaussian elimination, partial pivoting); z = 0 off P. */
function solvePassive(
  gram: Float64Array,
  atb: Float64Array,
  n: number,
  passive: readonly boolean[],
): Float64Array {
  const index: number[] = [];
  for (let j = 0; j < n; j++) if (passive[j]) index.push(j);
  const m = index.length;
  const a = index.map((r) => [...index.map((c) => gram[r * n + c] ?? 0), atb[r] ?? 0]);
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++)
      if (Math.abs(a[r]?.[col] ?? 0) > Math.abs(a[pivot]?.[col] ?? 0)) pivot = r;
    const rowP = a[pivot] ?? [];
    a[pivot] = a[col] ?? [];
    a[col] = rowP;
    const diag = rowP[col] ?? 0;
    if (diag === 0) continue;
    for (let r = col + 1; r < m; r++) {
      const row = a[r] ?? [];
      const f = (row[col] ?? 0) / diag;
      if (f !== 0) for (let c = col; c <= m; c++) row[c] = (row[c] ?? 0) - f * (rowP[c] ?? 0);
    }
  }
  const z = new Float64Array(n);
  const sol = new Array<number>(m).fill(0);
  for (let r = m - 1; r >= 0; r--) {
    const row = a[r] ?? [];
    let s = row[m] ?? 0;
    for (let c = r + 1; c < m; c++) s -= (row[c] ?? 0) * (sol[c] ?? 0);
    const diag = row[r] ?? 0;
    sol[r] = diag === 0 ? 0 : s / diag;
  }
  index.forEach((j, k) => (z[j] = sol[k] ?? 0));
  return z;
}
