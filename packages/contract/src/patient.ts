import { z } from 'zod';
import { LANGUAGES } from './languages.ts';
import type { Page } from './page.ts';

/** FHIR administrative gender values, so exports map one to one. */
export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

const trimmed = (label: string, max: number) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} must be at most ${String(max)} characters`);

/** True when `value` is YYYY-MM-DD and names a real calendar day. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const optionalText = (schema: z.ZodType<string>) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullable());

export const patientInputSchema = z.strictObject({
  mrn: trimmed('MRN', 32).regex(
    /^[A-Za-z0-9][A-Za-z0-9./-]*$/,
    'MRN may hold letters, digits, ".", "/" and "-", starting with a letter or digit',
  ),
  familyName: trimmed('Family name', 100),
  givenName: trimmed('Given name', 100),
  birthDate: z
    .string({ error: 'Date of birth is required (YYYY-MM-DD)' })
    .min(1, { error: 'Date of birth is required', abort: true })
    .refine(isCalendarDate, 'Date of birth must be a real date written YYYY-MM-DD')
    .refine((v) => v >= '1900-01-01', 'Date of birth must be on or after 1900-01-01'),
  sex: z.enum(SEXES, { error: `Sex must be one of ${SEXES.join(', ')}` }),
  preferredLanguage: z.enum(LANGUAGES, {
    error: `Preferred language must be one of ${LANGUAGES.join(', ')}`,
  }),
  phone: optionalText(
    z
      .string()
      .trim()
      .regex(
        /^\+?[0-9 ()./-]{5,30}$/,
        'Phone may hold digits, spaces and + ( ) . / -, 5 to 30 characters',
      ),
  ).default(null),
  email: optionalText(
    z.string().trim().max(254).pipe(z.email('Email must be a valid address')),
  ).default(null),
});

export type PatientInput = z.infer<typeof patientInputSchema>;

export const patientUpdateSchema = patientInputSchema.extend({
  version: z.number({ error: 'version is required (the version you edited)' }).int().positive(),
});

export type PatientUpdate = z.infer<typeof patientUpdateSchema>;

export const patientSchema = z.object({
  id: z.string(),
  mrn: z.string(),
  familyName: z.string(),
  givenName: z.string(),
  birthDate: z.string(),
  sex: z.enum(SEXES),
  preferredLanguage: z.enum(LANGUAGES),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export type Patient = z.infer<typeof patientSchema>;

export const patientSearchSchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).default(0),
});

export type PatientSearch = z.infer<typeof patientSearchSchema>;

export type PatientPage = Page<Patient>;
