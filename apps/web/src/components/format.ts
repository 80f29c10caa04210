import { LANGUAGE_NAMES, type Language, type Sex } from '@openiort/contract';
import type { TFunction } from 'i18next';

/** The clinician strings' key for each recorded sex. */
const SEX_LABELS: Record<Sex, string> = {
  female: 'patients.sex.female',
  male: 'patients.sex.male',
  other: 'patients.sex.other',
  unknown: 'patients.sex.unknown',
};

/** The recorded sex in words; `t` of the clinician namespace. */
export function sexLabel(t: TFunction, sex: Sex): string {
  return t(SEX_LABELS[sex]);
}

export function languageLabel(language: Language): string {
  return LANGUAGE_NAMES[language];
}

/** "FAMILY, Given", the way wristbands and lists show a patient. */
export function patientName(patient: { familyName: string; givenName: string }): string {
  return `${patient.familyName.toLocaleUpperCase()}, ${patient.givenName}`;
}

/** Whole years between a YYYY-MM-DD birth date and `today` (also YYYY-MM-DD); null if invalid. */
export function ageInYears(birthDate: string, today: string): number | null {
  const birth = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  const now = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (birth === null || now === null) return null;
  const [, by = '', bm = '', bd = ''] = birth;
  const [, ny = '', nm = '', nd = ''] = now;
  let age = Number(ny) - Number(by);
  if (Number(nm) < Number(bm) || (nm === bm && Number(nd) < Number(bd))) age -= 1;
  return age >= 0 ? age : null;
}

/** Today's date in the browser's time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const y = String(now.getFullYear());
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** An ISO instant in the reader's local time; the raw text if it is not a valid time. */
export function localDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** The same instant as "YYYY-MM-DD HH:MM:SS UTC", for titles and audit readers. */
export function utcDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

/** A `datetime-local` input value (local time, no zone) as ISO 8601 UTC; undefined if empty. */
export function localInputToIso(value: string): string | undefined {
  if (value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
