/** Seconds to one decimal ("12.3 s"); a dwell missing on one side shows a dash. */
export const secondsText = (s: number | null) => (s === null ? '—' : `${s.toFixed(1)} s`);

/** A difference with its sign; one that rounds to 0.0 s shows no sign. */
export const signedSecondsText = (s: number | null) => {
  if (s === null) return '—';
  const tenths = Math.round(s * 10);
  return `${tenths > 0 ? '+' : tenths < 0 ? '−' : ''}${(Math.abs(tenths) / 10).toFixed(1)} s`;
};
