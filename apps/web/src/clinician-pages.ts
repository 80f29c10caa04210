// Everything the clinician app shows under /app, in one chunk that public pages never load
// (routes.tsx imports it lazily; docs/adr/0015). Planning is a chunk of its own beyond this one.
export { RequireAuth } from './auth/require-auth.tsx';
export { RequirePermission } from './auth/require-permission.tsx';
export { AppLayout } from './components/app-layout.tsx';
export { ChangePasswordPage } from './pages/account/change-password-page.tsx';
export { AuditPage } from './pages/audit/audit-page.tsx';
export { CandidacyPage } from './pages/candidacy/candidacy-page.tsx';
export { CasePage } from './pages/cases/case-page.tsx';
export { HomePage } from './pages/cases/home-page.tsx';
export { WorklistPage } from './pages/cases/worklist-page.tsx';
export { ChecklistsPage } from './pages/checklists/checklists-page.tsx';
export { PatientDetailPage } from './pages/patients/patient-detail-page.tsx';
export { PatientEditPage } from './pages/patients/patient-edit-page.tsx';
export { PatientListPage } from './pages/patients/patient-list-page.tsx';
export { PatientNewPage } from './pages/patients/patient-new-page.tsx';
export { ProgramCriteriaPage } from './pages/program-criteria/program-criteria-page.tsx';
export { ProgramLimitsPage } from './pages/program-limits/program-limits-page.tsx';
export { UsersPage } from './pages/users/users-page.tsx';
