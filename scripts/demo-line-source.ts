/**
 * Writes the demonstration line-source model (packages/dosimetry/src/sources/
 * demo-50kv-ebx-line.json) from the rules below, so that anyone can see how its numbers were
 * made. Run: node scripts/demo-line-source.ts > packages/dosimetry/src/sources/demo-50kv-ebx-line.json
 * (then npx prettier --write on that file).
 *
 * The numbers are invented to have the shape of a miniature 50 kV x-ray source; they are not any
 * vendor's or any publication's table (physics.md §2: the vendor tables were not available).
 */

/** Active length L, cm: a round value; the S700's effective length is UNCONFIRMED (physics.md §2.3). */
const LENGTH_CM = 0.3;

/** Hiatt 2015 g values (physics.md §2.2; the 10 cm radius is UNCONFIRMED), read as g_P. */
const HIATT_R_CM = [0.5, 1, 2, 5, 10];
const HIATT_G = [1.434, 1, 0.636, 0.283, 0.0975];

/** G_L(r, 90°) = 2·atan(L/2r)/(L·r) (physics.md §1.2). */
const lineG90 = (rCm: number) => (2 * Math.atan(LENGTH_CM / (2 * rCm))) / (LENGTH_CM * rCm);

/**
 * g_L from g_P by the conversion of physics.md §1.2 solved for g_L:
 * g_L(r) = g_P(r) · [G_P(r)/G_P(r0)] · [G_L(r0)/G_L(r)], r0 = 1 cm.
 */
const gLine = HIATT_R_CM.map(
  (r, i) => ((HIATT_G[i] ?? 1) * (1 / (r * r)) * lineG90(1)) / lineG90(r),
);

const F_R_CM = [0.5, 1, 1.5, 2, 3, 4, 5, 7, 10];
const F_THETA_DEG = [
  0, 1, 2, 3, 5, 7, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 145, 150,
  155, 160, 165, 170, 173, 175, 177, 178, 179, 180,
];

/** How much scatter fills in the anisotropy with distance: 0 at 0.5 cm, → 1 far away. */
const fill = (rCm: number) => 1 - Math.exp(-(rCm - 0.5) / 3);

/**
 * Invented F(r, θ), θ from the distal tip (+axis). Forward (tip) cone: a dip of 25 % at 0.5 cm
 * easing to ~15 % far away, over θ < 30°. Backward (cathode and cable side) cone: a dip of 65 %
 * at 0.5 cm easing to ~40 %, over θ > 130°. F = 1 from 30° to 130°, so F(r, 90°) = 1 exactly.
 * The squared ramps make F change fastest right at the axis, as in published kV sources.
 */
function anisotropy(rCm: number, thetaDeg: number): number {
  const forward = thetaDeg < 30 ? (1 - thetaDeg / 30) ** 2 : 0;
  const back = 180 - thetaDeg < 50 ? (1 - (180 - thetaDeg) / 50) ** 2 : 0;
  const forwardDip = 0.25 - 0.1 * fill(rCm);
  const backDip = 0.65 - 0.25 * fill(rCm);
  return 1 - forwardDip * forward - backDip * back;
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

const model = {
  id: 'demo-50kv-ebx-line',
  name: 'Demonstration line source, anisotropic (50 kV electronic brachytherapy)',
  kind: 'electronic-brachytherapy',
  geometry: 'line',
  activeLengthCm: LENGTH_CM,
  encapsulationRadiusCm: 0.15,
  doseRateConstantCGyPerHPerU: 8.52,
  nominalAirKermaStrengthU: 10000,
  radialDoseFunction: { rCm: HIATT_R_CM, g: gLine.map((g) => round(g, 4)) },
  anisotropyFunction: {
    rCm: F_R_CM,
    thetaDeg: F_THETA_DEG,
    F: F_THETA_DEG.map((t) => F_R_CM.map((r) => round(anisotropy(r, t), 4))),
  },
  provenance: {
    source:
      'Invented for demonstration by the OpenIORT developers (scripts/demo-line-source.ts). g_L(r): the Hiatt, Davis, Rivard 2015 S700 g values (physics.md §2.2; 10 cm radius UNCONFIRMED) read as point-source g_P and converted to g_L for L = 0.3 cm with the physics.md §1.2 conversion. F(r, θ): not measured or published data; an invented shape with a 25 % dip along the distal axis and a 65 % dip toward the cable end, easing with distance, flat from 30° to 130°. Λ and nominal S_K as in demo-50kv-ebx (physics.md §2.3, units UNCONFIRMED). L = 0.3 cm and the 0.15 cm encapsulation radius are round values chosen here (the S700 values are UNCONFIRMED).',
    clinicalUse: false,
    notes:
      'DEMONSTRATION — not any real source, not vendor data, not for treating patients. It exists so that plans show the multi-dwell, non-uniform behaviour of an anisotropic 50 kV source; commission with your vendor data.',
  },
};

process.stdout.write(`${JSON.stringify(model, null, 2)}\n`);
