import { z } from 'zod';

/** 'all': every local account signs in with its password; otherwise only break-glass administrators. */
export const LOCAL_SIGN_IN_SETTINGS = ['all', 'break-glass-only'] as const;
export type LocalSignInSetting = (typeof LOCAL_SIGN_IN_SETTINGS)[number];

/** How an account signs in: its own password, or the hospital's identity provider. */
export type AuthSource = 'local' | 'oidc';

/** How a signer proved to be at the keyboard when signing. */
export type SignatureAuthMethod = 'password' | 'oidc';

/** GET /api/auth/options: what the sign-in page offers. */
export interface SignInOptions {
  /** The identity provider's name on the button, or null when single sign-on is not set up. */
  singleSignOn: { name: string; reauthenticationSeconds: number } | null;
  localSignIn: LocalSignInSetting;
}

/** PUT /api/sign-in-policy (administrator). */
export const signInPolicySchema = z.strictObject({
  localSignIn: z.enum(LOCAL_SIGN_IN_SETTINGS, {
    error: `localSignIn must be one of ${LOCAL_SIGN_IN_SETTINGS.join(', ')}`,
  }),
});

/** PUT /api/users/:userId/break-glass (administrator). */
export const breakGlassSchema = z.strictObject({
  breakGlass: z.boolean({ error: 'breakGlass must be true or false' }),
});

/** What a re-authentication at the provider may be used to sign (`case-directive`: the case id; `treatment-record`: the OR session id). */
export const REAUTHENTICATION_TARGETS = [
  'plan',
  'limits-proposal',
  'case-directive',
  'treatment-record',
] as const;
export type ReauthenticationTarget = (typeof REAUTHENTICATION_TARGETS)[number];

/** Query of GET /api/auth/oidc/reauthenticate (a browser navigation, not a fetch). */
export const reauthenticationQuerySchema = z.strictObject({
  target: z.enum(REAUTHENTICATION_TARGETS, {
    error: `target must be one of ${REAUTHENTICATION_TARGETS.join(', ')}`,
  }),
  id: z.uuid('id must be the id (a UUID) of the plan, proposal or case to sign'),
  returnTo: z.string().max(500).optional(),
});

export const signInQuerySchema = z.strictObject({ returnTo: z.string().max(500).optional() });

/**
 * Why a sign-in at the identity provider opened no session (`/signin?sso-error=…`) or why a
 * re-authentication gave no signing permission (`…?reauthentication-failed=…`), in words.
 */
export const SSO_ERROR_MESSAGES: Record<string, string> = {
  'no-role':
    'Your hospital account has no OpenIORT role: none of your groups is given one. Ask the OpenIORT administrator or the IT service desk to add you to the right group, then sign in again.',
  'ambiguous-role':
    'Your hospital account is in groups that give different OpenIORT roles, so none is chosen for you. Ask the IT service desk to leave you in one of them.',
  'account-disabled': 'This OpenIORT account is deactivated. Ask an OpenIORT administrator.',
  'email-in-use':
    'An OpenIORT account with a password already has your email address. Ask an OpenIORT administrator: accounts are never joined by email alone.',
  'no-email':
    'The identity provider did not say your email address. Ask the IT service desk to release the email claim to OpenIORT.',
  unavailable:
    'The hospital sign-in service cannot be reached just now. Try again in a minute; if it stays down, ask the IT service desk.',
  'not-configured': 'Hospital sign-in is not set up on this OpenIORT server.',
  expired: 'The sign-in took too long or was started in another browser. Please start it again.',
  'provider-error': 'The identity provider did not sign you in. Please try again.',
  'invalid-response': 'The identity provider’s answer could not be verified. Please try again.',
  'other-person':
    'You re-authenticated as a different person than the one signed in to OpenIORT. Nothing can be signed with it.',
  stale:
    'The identity provider did not ask for your sign-in again (its sign-in time is too old). Please try again.',
  'role-changed':
    'Your groups at the identity provider no longer give the role you have in OpenIORT. Sign out and in again.',
  'session-ended': 'Your OpenIORT session ended meanwhile. Sign in again.',
};
