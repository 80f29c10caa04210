/** The people who sign in to OpenIORT. Ids are stored and exported; never rename one. */
export const ROLES = [
  'admin',
  'radiation-oncologist',
  'medical-physicist',
  'surgeon',
  'nurse',
  'research-coordinator',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Administrator',
  'radiation-oncologist': 'Radiation oncologist',
  'medical-physicist': 'Medical physicist',
  surgeon: 'Breast surgeon',
  nurse: 'Nurse navigator',
  'research-coordinator': 'Research coordinator',
};
