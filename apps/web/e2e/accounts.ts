/** Fictional staff accounts the end-to-end tests sign in with. */
export const ADMIN = {
  email: 'avery.admin@example.org',
  name: 'Avery Admin',
  password: 'a long passphrase for the e2e admin',
  role: 'admin',
} as const;

export const NURSE = {
  email: 'nora.nurse@example.org',
  name: 'Nora Nurse',
  password: 'a long passphrase for the e2e nurse',
  role: 'nurse',
} as const;

// Mantine appends " *" to required fields' labels, and the password field's "Toggle password
// visibility" button also mentions "password", so these match the label's start exactly.
export const PASSWORD_LABEL = /^Password/;
export const SEX_LABEL = /^Sex/;
