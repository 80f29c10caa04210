import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { isUnauthenticated } from '../api/api-error.ts';
import { useMe } from '../api/session.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { LoadingState } from '../components/loading-state.tsx';
import { SessionContext } from './session-context.ts';
import { hadSession } from './session-marker.ts';
import { signinUrl } from './signin-redirect.ts';

export const CHANGE_PASSWORD_PATH = '/app/password';

/** Shows its child routes only to a signed-in user; everyone else goes to sign in and comes back. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  const { t } = useTranslation('clinician');
  if (me.isPending) return <LoadingState label={t('session.checking')} />;
  if (me.isError) {
    if (isUnauthenticated(me.error)) {
      const reason = hadSession() ? 'session-ended' : 'required';
      return <Navigate replace to={signinUrl(reason, location.pathname + location.search)} />;
    }
    return (
      <ErrorAlert
        title={t('session.checkFailed')}
        error={me.error}
        onRetry={() => void me.refetch()}
      />
    );
  }
  // After an administrator's reset the server opens nothing but the password change.
  if (me.data.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH)
    return <Navigate replace to={CHANGE_PASSWORD_PATH} />;
  return (
    <SessionContext value={me.data}>
      <Outlet />
    </SessionContext>
  );
}
