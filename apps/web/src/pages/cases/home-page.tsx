import { Navigate } from 'react-router';
import { useSession } from '../../auth/session-context.ts';
import { WorklistPage } from './worklist-page.tsx';

/** /app: the worklist for clinical roles, the patient list for the administrator. */
export function HomePage() {
  const { user } = useSession();
  return user.role === 'admin' ? <Navigate replace to="/app/patients" /> : <WorklistPage />;
}
