import { describe, expect, it } from 'vitest';
import { claimAt, decideRole, emailOf, groupsOf } from './oidc-identity.ts';

const MAP = new Map([
  ['IORT-Physicists', 'medical-physicist'],
  ['IORT-Physics-Leads', 'medical-physicist'],
  ['IORT-ROs', 'radiation-oncologist'],
] as const);

describe('the role from the groups', () => {
  it('is the mapped role of the one matching group, ignoring the others', () => {
    expect(decideRole(['All-Staff', 'IORT-ROs'], MAP)).toEqual({
      kind: 'role',
      role: 'radiation-oncologist',
      group: 'IORT-ROs',
    });
  });
  it('is that role when several groups map to the same one', () => {
    expect(decideRole(['IORT-Physicists', 'IORT-Physics-Leads'], MAP)).toMatchObject({
      kind: 'role',
      role: 'medical-physicist',
    });
  });
  it('is none without a mapped group, or without a groups claim; group names are exact', () => {
    expect(decideRole(['All-Staff'], MAP)).toEqual({ kind: 'none' });
    expect(decideRole(null, MAP)).toEqual({ kind: 'none' });
    expect(decideRole(['iort-ros'], MAP)).toEqual({ kind: 'none' });
  });
  it('is refused as ambiguous when groups map to different roles', () => {
    expect(decideRole(['IORT-ROs', 'IORT-Physicists'], MAP)).toEqual({
      kind: 'ambiguous',
      roles: ['medical-physicist', 'radiation-oncologist'],
    });
  });
});

describe('claims', () => {
  it('are read by dot path (Keycloak realm roles) and groups must be strings', () => {
    const claims = { realm_access: { roles: ['IORT-ROs'] }, groups: ['a', 1] };
    expect(groupsOf(claimAt(claims, 'realm_access.roles'))).toEqual(['IORT-ROs']);
    expect(groupsOf(claimAt(claims, 'groups'))).toBeNull();
    expect(groupsOf(claimAt(claims, 'missing.path'))).toBeNull();
    expect(groupsOf('single-group')).toEqual(['single-group']);
  });
  it('give the email from `email`, else an email-shaped `preferred_username`', () => {
    expect(emailOf({ email: 'Pia@Hospital.Example' })).toBe('pia@hospital.example');
    expect(emailOf({ preferred_username: 'pia@hospital.example' })).toBe('pia@hospital.example');
    expect(emailOf({ preferred_username: 'pia' })).toBeNull();
  });
});
