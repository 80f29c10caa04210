import type { Action, MeResponse } from '@openiort/contract';
import { isAllowed } from '@openiort/contract';
import { createContext, useContext } from 'react';

/** The signed-in user; provided by RequireAuth to everything under /app. */
export const SessionContext = createContext<MeResponse | null>(null);

export function useSession(): MeResponse {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession is used outside RequireAuth');
  return session;
}

/** True when the signed-in user's role may take `action` (PERMISSION_MATRIX). */
export function useCan(action: Action): boolean {
  return isAllowed(useSession().user.role, action);
}
