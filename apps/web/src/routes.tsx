import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';
import { RequireAuth } from './auth/require-auth.tsx';
import { RequirePermission } from './auth/require-permission.tsx';
import { AppLayout } from './components/app-layout.tsx';
import { PublicLayout } from './components/public-layout.tsx';
import { ChangePasswordPage } from './pages/account/change-password-page.tsx';
import { AuditPage } from './pages/audit/audit-page.tsx';
import { CandidacyPage } from './pages/candidacy/candidacy-page.tsx';
import { LandingPage } from './pages/landing/landing-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PatientDetailPage } from './pages/patients/patient-detail-page.tsx';
import { PatientEditPage } from './pages/patients/patient-edit-page.tsx';
import { PatientListPage } from './pages/patients/patient-list-page.tsx';
import { PatientNewPage } from './pages/patients/patient-new-page.tsx';
import { ProgramCriteriaPage } from './pages/program-criteria/program-criteria-page.tsx';
import { ProgramLimitsPage } from './pages/program-limits/program-limits-page.tsx';
import { SelfCheckPage } from './pages/self-check/self-check-page.tsx';
import { SetupPage } from './pages/setup-page.tsx';
import { SigninPage } from './pages/signin-page.tsx';
import { UsersPage } from './pages/users/users-page.tsx';

export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    children: [
      { path: '/', element: <LandingPage /> },
      { path: '/signin', element: <SigninPage /> },
      { path: '/setup', element: <SetupPage /> },
      { path: '/self-check', element: <SelfCheckPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    path: '/app',
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate replace to="/app/patients" /> },
          { path: 'password', element: <ChangePasswordPage /> },
          { path: 'patients', element: <PatientListPage /> },
          { path: 'patients/:id', element: <PatientDetailPage /> },
          { path: 'patients/:id/candidacy', element: <CandidacyPage /> },
          { path: 'program-criteria', element: <ProgramCriteriaPage /> },
          { path: 'program-limits', element: <ProgramLimitsPage /> },
          {
            element: <RequirePermission action="patient:write" />,
            children: [
              { path: 'patients/new', element: <PatientNewPage /> },
              { path: 'patients/:id/edit', element: <PatientEditPage /> },
            ],
          },
          {
            element: <RequirePermission action="plan:read" />,
            children: [
              {
                path: 'patients/:id/plans',
                // Its own chunk: the dose engine and the plotting library load only for planning.
                lazy: async () => {
                  const { PlanningPage } = await import('./pages/planning/planning-page.tsx');
                  return { Component: PlanningPage };
                },
              },
            ],
          },
          {
            element: <RequirePermission action="delivery:read" />,
            children: [
              {
                path: 'or-sessions/:sessionId',
                lazy: async () => {
                  const { OrSessionPage } = await import('./pages/or-session/or-session-page.tsx');
                  return { Component: OrSessionPage };
                },
              },
            ],
          },
          {
            element: <RequirePermission action="audit:read" />,
            children: [{ path: 'audit', element: <AuditPage /> }],
          },
          {
            element: <RequirePermission action="user:manage" />,
            children: [{ path: 'users', element: <UsersPage /> }],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
