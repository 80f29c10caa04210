/**
 * A brachytherapy source described by its TG-43 data (TG-43U1, Rivard 2004). Models are data:
 * shipped as JSON or imported from vendor tables, and checked by validateSourceModel.
 */
export interface SourceModel {
  id: string;
  name: string;
  kind: 'electronic-brachytherapy' | 'radionuclide';
  geometry: 'line' | 'point';
  /** Active length L of a line source, cm. */
  activeLengthCm?: number;
  /**
   * Outer radius of the source's encapsulation (and catheter) about its active segment, cm:
   * closer than this the TG-43 water data do not describe the medium (validity.ts).
   */
  encapsulationRadiusCm?: number;
  /** Λ, cGy h⁻¹ U⁻¹. */
  doseRateConstantCGyPerHPerU: number;
  /** S_K the model's data assume, U (1 U = 1 cGy cm² h⁻¹); today's measured value replaces it. */
  nominalAirKermaStrengthU?: number;
  /** g(r) with g(1 cm) = 1; radii strictly increasing. */
  radialDoseFunction: { rCm: number[]; g: number[] };
  /** F(r, θ) for line sources: F[thetaIndex][rIndex], θ in degrees from the source axis. */
  anisotropyFunction?: { rCm: number[]; thetaDeg: number[]; F: number[][] };
  /** φan(r) for point sources; 1 everywhere when absent. */
  anisotropyFactor?: { rCm: number[]; phiAn: number[] };
  provenance: {
    source: string;
    /** False for demonstration data: plans made with it are labelled and never clinical. */
    clinicalUse: boolean;
    notes?: string;
  };
}

/** One stop of the source: its centre, its axis (unit vector toward the tip) and how long. */
export interface Dwell {
  positionCm: readonly [number, number, number];
  axis: readonly [number, number, number];
  timeS: number;
}

export type Point3 = readonly [number, number, number];
