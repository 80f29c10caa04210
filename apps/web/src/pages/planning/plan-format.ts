import { balloonRadiusCm } from '@openiort/dosimetry';
import type { TFunction } from 'i18next';

/** A duration in seconds as m:ss (minutes may pass 59), rounded to the whole second. */
export function formatMmSs(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  return `${String(minutes)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A number with a fixed count of decimals, or a dash when there is none. */
export function fixed(value: number | null | undefined, decimals: number): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : value.toFixed(decimals);
}

/** Gy to two decimals, "—" for no value. */
export function gy(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${fixed(value, 2)} Gy`;
}

/**
 * The sphere a balloon fill makes (the engine's r = (3V/4π)^⅓), said as "radius 2.21 cm ·
 * diameter 4.41 cm"; null when the fill is not a positive number. `t` of the clinician namespace.
 */
export function balloonSizeText(t: TFunction, fillVolumeCc: number | undefined): string | null {
  if (fillVolumeCc === undefined || !Number.isFinite(fillVolumeCc) || fillVolumeCc <= 0) {
    return null;
  }
  const radius = balloonRadiusCm(fillVolumeCc);
  return t('planning.form.balloonSize', {
    radius: radius.toFixed(2),
    diameter: (2 * radius).toFixed(2),
  });
}

/** A deviation in percent, or the reason there is none. */
export function deviationText(percent: number | null): string {
  return percent === null || !Number.isFinite(percent) ? 'not a number' : `${percent.toFixed(2)} %`;
}

/**
 * The strength a plan was computed for, saying when no output check was entered; `t` of the
 * clinician namespace.
 */
export function strengthText(
  t: TFunction,
  output: { airKermaStrengthU: number; strengthSource?: 'measured' | 'nominal' },
): string {
  const value = output.airKermaStrengthU.toLocaleString('en');
  if (output.strengthSource === 'nominal') return t('planning.strength.nominal', { value });
  if (output.strengthSource === 'measured') return t('planning.strength.measured', { value });
  return t('planning.strength.unrecorded', { value });
}
