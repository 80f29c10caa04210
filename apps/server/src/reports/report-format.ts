/** One way to print times, numbers and people in every report (UTC: identical from every instance). */

/** "2026-11-26 08:00 UTC" from an ISO time. */
export function utcMinute(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function fixed(value: number | null | undefined, digits: number): string {
  return value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : value.toFixed(digits);
}

/** "642.3 s (10 min 42 s)". */
export function seconds(timeS: number): string {
  const whole = Math.round(timeS);
  const minutes = Math.floor(whole / 60);
  return `${timeS.toFixed(1)} s (${String(minutes)} min ${String(whole - minutes * 60)} s)`;
}

/** How a signer proved they were at the keyboard, as every report prints it. */
export function signatureMethodText(method: 'password' | 'oidc'): string {
  return method === 'oidc' ? 'signed in again at the identity provider' : 'password re-entered';
}
