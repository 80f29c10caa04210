import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Action } from '@openiort/contract';
import { ensureStaffStrings } from './i18n/clinician-strings.ts';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { publicRoutes } from './public-routes.tsx';

type ClinicianPages = typeof import('./clinician-pages.ts');
type ClinicianPage = {
  [K in keyof ClinicianPages]: ClinicianPages[K] extends () => ReactNode ? K : never;
}[keyof ClinicianPages];

/** The clinician chunk, with the app's English strings in place before any of it renders. */
async function clinicianPages(): Promise<ClinicianPages> {
  const [pages] = await Promise.all([import('./clinician-pages.ts'), ensureStaffStrings()]);
  return pages;
}

/** A route whose component comes from the clinician chunk, loaded on the first visit to /app. */
function clinician(name: ClinicianPage): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => ({ Component: (await clinicianPages())[name] }),
  };
}

/** RequirePermission for `action`, from the clinician chunk. */
function permitted(action: Action): Pick<RouteObject, 'lazy'> {
  return {
    lazy: async () => {
      const { RequirePermission } = await clinicianPages();
      return { element: <RequirePermission action={action} /> };
    },
  };
}

export const routes: RouteObject[] = [
  ...publicRoutes,
  {
    path: '/app',
    ...clinician('RequireAuth'),
    children: [
      {
        ...clinician('AppLayout'),
        children: [
          // Clinical roles start on the worklist; the administrator on the patient list.
          { index: true, ...clinician('HomePage') },
          { path: 'worklist', ...clinician('WorklistPage') },
          { path: 'cases/:caseId', ...clinician('CasePage') },
          { path: 'password', ...clinician('ChangePasswordPage') },
          { path: 'patients', ...clinician('PatientListPage') },
          { path: 'patients/:id', ...clinician('PatientDetailPage') },
          { path: 'patients/:id/candidacy', ...clinician('CandidacyPage') },
          { path: 'program-criteria', ...clinician('ProgramCriteriaPage') },
          { path: 'program-limits', ...clinician('ProgramLimitsPage') },
          {
            ...permitted('patient:write'),
            children: [
              { path: 'patients/new', ...clinician('PatientNewPage') },
              { path: 'patients/:id/edit', ...clinician('PatientEditPage') },
            ],
          },
          {
            ...permitted('plan:read'),
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
            ...permitted('checklist:read'),
            children: [{ path: 'checklists', ...clinician('ChecklistsPage') }],
          },
          {
            ...permitted('delivery:read'),
            children: [
              {
                path: 'or-sessions/:sessionId',
                // Its own chunk, like planning: the console is opened in the room only.
                lazy: async () => {
                  const { OrSessionPage } = await import('./pages/or-session/or-session-page.tsx');
                  return { Component: OrSessionPage };
                },
              },
            ],
          },
          {
            ...permitted('audit:read'),
            children: [{ path: 'audit', ...clinician('AuditPage') }],
          },
          {
            ...permitted('user:manage'),
            children: [{ path: 'users', ...clinician('UsersPage') }],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
