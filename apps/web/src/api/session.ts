import type {
  LoginInput,
  MeResponse,
  PasswordChange,
  SetupInput,
  SetupStatus,
  SignInOptions,
} from '@openiort/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { queryKeys } from './query-keys.ts';
import { markSessionStarted } from '../auth/session-marker.ts';

export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: () => apiRequest<MeResponse>('/api/auth/me'),
    retry: false,
    staleTime: Infinity,
  });
}

export function useSetupStatus() {
  return useQuery({
    queryKey: queryKeys.setupStatus,
    queryFn: () => apiRequest<SetupStatus>('/api/setup'),
    staleTime: 0,
  });
}

/** Whether hospital sign-in is set up (and its name), and whether passwords are switched off. */
export function useSignInOptions() {
  return useQuery({
    queryKey: queryKeys.signInOptions,
    queryFn: () => apiRequest<SignInOptions>('/api/auth/options'),
    staleTime: 60_000,
  });
}

/** Where the browser goes to sign in at the identity provider, and back to `next`. */
export function ssoSignInUrl(next: string): string {
  return `/api/auth/oidc/login?${new URLSearchParams({ returnTo: next }).toString()}`;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) =>
      apiRequest<MeResponse>('/api/auth/login', { method: 'POST', body: input }),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, me);
      markSessionStarted();
    },
  });
}

export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupInput) =>
      apiRequest<MeResponse>('/api/setup', { method: 'POST', body: input }),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(queryKeys.me, me);
      queryClient.setQueryData<SetupStatus>(queryKeys.setupStatus, { needsSetup: false });
      markSessionStarted();
    },
  });
}

/** Ends the session on the server; callers clear the cache and navigate. */
export function logout(): Promise<void> {
  return apiRequest<undefined>('/api/auth/logout', { method: 'POST' });
}

/** Any signed-in request keeps the server session alive; this is the cheapest one. */
export function keepAlive(): Promise<MeResponse> {
  return apiRequest<MeResponse>('/api/auth/me');
}

/** Changes one's own password; the server ends the account's other sessions. */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PasswordChange) =>
      apiRequest<undefined>('/api/auth/password', { method: 'PUT', body: input }),
    onSuccess: () => {
      queryClient.setQueryData<MeResponse>(queryKeys.me, (me) =>
        me === undefined ? me : { ...me, mustChangePassword: false },
      );
    },
  });
}
