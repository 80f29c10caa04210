/** The one place where units convert. */
export const SECONDS_PER_HOUR = 3600;
export const CGY_PER_GY = 100;
export const MM_PER_CM = 10;

/** TG-43 reference point: r0 = 1 cm, θ0 = 90° (TG-43U1 §III.A). */
export const REFERENCE_DISTANCE_CM = 1;

/** Closer than this to a dwell's active segment, TG-43 data do not apply: no dose is given. */
export const MIN_DISTANCE_CM = 0.1;

/** cGy h⁻¹ times seconds → Gy. */
export function gyFromCGyPerHTimesS(rateCGyPerH: number, timeS: number): number {
  return (rateCGyPerH * timeS) / SECONDS_PER_HOUR / CGY_PER_GY;
}
