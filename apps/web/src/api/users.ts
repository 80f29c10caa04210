import type {
  LocalSignInSetting,
  PasswordResetResult,
  Role,
  User,
  UserCreate,
} from '@openiort/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from './api-client.ts';
import { queryKeys } from './query-keys.ts';

export function useUsers() {
  return useQuery({
    queryKey: queryKeys.users,
    queryFn: () => apiRequest<User[]>('/api/users'),
  });
}

/** A mutation on the user list that reloads the list when it succeeds. */
function useUserMutation<I, O>(request: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.users });
    },
  });
}

export function useCreateUser() {
  return useUserMutation((input: UserCreate) =>
    apiRequest<User>('/api/users', { method: 'POST', body: input }),
  );
}

const accountUrl = (id: string, what: string) => `/api/users/${encodeURIComponent(id)}/${what}`;

export function useSetUserActive() {
  return useUserMutation((input: { id: string; active: boolean }) =>
    apiRequest<User>(accountUrl(input.id, 'status'), {
      method: 'PUT',
      body: { active: input.active },
    }),
  );
}

export function useChangeUserRole() {
  return useUserMutation((input: { id: string; role: Role }) =>
    apiRequest<User>(accountUrl(input.id, 'role'), { method: 'PUT', body: { role: input.role } }),
  );
}

export function useResetUserPassword() {
  return useUserMutation((id: string) =>
    apiRequest<PasswordResetResult>(accountUrl(id, 'password-reset'), { method: 'POST' }),
  );
}

export function useUnlockUser() {
  return useUserMutation((id: string) =>
    apiRequest<User>(accountUrl(id, 'unlock'), { method: 'POST' }),
  );
}

export function useSetBreakGlass() {
  return useUserMutation((input: { id: string; breakGlass: boolean }) =>
    apiRequest<User>(accountUrl(input.id, 'break-glass'), {
      method: 'PUT',
      body: { breakGlass: input.breakGlass },
    }),
  );
}

/** Switches password sign-in for everyone, or for break-glass administrators only. */
export function useSetLocalSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (localSignIn: LocalSignInSetting) =>
      apiRequest<{ localSignIn: LocalSignInSetting }>('/api/sign-in-policy', {
        method: 'PUT',
        body: { localSignIn },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: queryKeys.signInOptions });
    },
  });
}
