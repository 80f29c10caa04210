/** Every TanStack Query key in one place, so invalidation cannot miss one. */
export const queryKeys = {
  me: ['me'] as const,
  setupStatus: ['setup-status'] as const,
  signInOptions: ['sign-in-options'] as const,
  patients: ['patients'] as const,
  patientLists: ['patients', 'list'] as const,
  patientList: (q: string, limit: number, offset: number) =>
    ['patients', 'list', { q, limit, offset }] as const,
  patient: (id: string) => ['patients', 'one', id] as const,
  audit: ['audit'] as const,
  auditPage: (filters: Record<string, string | number | undefined>) =>
    ['audit', 'page', filters] as const,
  users: ['users'] as const,
  evaluations: (patientId: string) => ['patients', 'evaluations', patientId] as const,
  programCriteria: ['program-criteria'] as const,
  programLimits: ['program-limits'] as const,
  checklists: ['checklists'] as const,
  selfCheckCriteria: ['self-check', 'criteria'] as const,
  sourceModels: ['source-models'] as const,
  plans: (patientId: string) => ['patients', 'plans', patientId] as const,
  patientCases: (patientId: string) => ['patients', 'cases', patientId] as const,
  caseOne: (caseId: string) => ['cases', 'one', caseId] as const,
  worklist: (filter: Record<string, string>) => ['cases', 'worklist', filter] as const,
  cases: ['cases'] as const,
  staff: ['staff'] as const,
  planVersions: (patientId: string, planId: string) =>
    ['patients', 'plans', patientId, 'versions', planId] as const,
  planOrSessions: (planId: string) => ['plans', planId, 'or-sessions'] as const,
  orReconciliation: (sessionId: string) => ['or-sessions', sessionId, 'reconciliation'] as const,
  orMeasurements: (sessionId: string) => ['or-sessions', sessionId, 'measurements'] as const,
  orRecord: (sessionId: string) => ['or-sessions', sessionId, 'record'] as const,
};
