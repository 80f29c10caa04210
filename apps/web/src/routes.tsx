import type { RouteObject } from 'react-router';
import { Navigate } from 'react-router';
import { RequireAuth } from './auth/require-auth.tsx';
import { RequirePermission } from './auth/require-permission.tsx';
import { AppLayout } from './components/app-layout.tsx';
import { ChangePasswordPage } from './pages/account/change-password-page.tsx';
import { ChecklistsPage } from './pages/checklists/checklists-page.tsx';
import { AuditPage } from './pages/audit/audit-page.tsx';
import { CandidacyPage } from './pages/candidacy/candidacy-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PatientDetailPage } from './pages/patients/patient-detail-page.tsx';
import { PatientEditPage } from './pages/patients/patient-edit-page.tsx';
import { PatientListPage } from './pages/patients/patient-list-page.tsx';
import { PatientNewPage } from './pages/patients/patient-new-page.tsx';
import { ProgramCriteriaPage } from './pages/program-criteria/program-criteria-page.tsx';
import { ProgramLimitsPage } from './pages/program-limits/program-limits-page.tsx';
import { UsersPage } from './pages/users/users-page.tsx';
import { publicRoutes } from './public-routes.tsx';

export const routes: RouteObject[] = [
  ...publicRoutes,
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
            element: <RequirePermission action="checklist:read" />,
            children: [{ path: 'checklists', element: <ChecklistsPage /> }],
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
