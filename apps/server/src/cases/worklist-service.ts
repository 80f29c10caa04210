import {
  ROLES,
  type CaseStep,
  type NextStep,
  type Role,
  type SessionUser,
  type Worklist,
  type WorklistItem,
  type WorklistQuery,
} from '@openiort/contract';
import type { Actor } from '../audit/audit-event.ts';
import { recordAudit } from '../audit/audit-service.ts';
import type { ServiceContext } from '../context.ts';
import { loadCaseParts } from './case-load.ts';
import { todayOf } from './case-mutation.ts';
import { addDays } from './case-pathway.ts';
import { toCaseSummary } from './case-view.ts';

/** A program's open cases fit in one answer; past this the list says so by its count. */
const MAX_OPEN_CASES = 2000;

/** Whether a waiting step is for `role`, and, when people were assigned, for this person. */
function waitsFor(step: NextStep, role: Role, userId: string | null): boolean {
  if (!step.roles.includes(role)) return false;
  if (userId === null) return true;
  const assigned = step.people;
  return assigned.length === 0 || assigned.some((p) => p.id === userId);
}

/** The steps of an item that the filter keeps; all of them without a filter. */
function keptSteps(item: WorklistItem, role: Role | null, userId: string | null): NextStep[] {
  if (role === null) return item.waiting;
  return item.waiting.filter((w) => waitsFor(w, role, userId));
}

const dueKey = (item: WorklistItem) =>
  `${item.next?.overdue === true ? '0' : '1'}${item.next?.dueDate ?? '9999-99-99'}${item.createdAt}`;

/**
 * The clinical home page: open cases with the step each waits for and who must act, the cases
 * operated from today to `days` ahead, and counts by step. "What needs me" keeps the steps
 * waiting for the signed-in person's role (and for them by name where scheduling named people).
 */
export async function loadWorklist(
  ctx: ServiceContext,
  query: WorklistQuery,
  user: SessionUser,
  actor: Actor,
): Promise<Worklist> {
  const today = todayOf(ctx);
  const rows = await ctx.db
    .selectFrom('cases')
    .selectAll()
    .where('status', '=', 'open')
    .orderBy('created_at')
    .limit(MAX_OPEN_CASES)
    .execute();
  const parts = await loadCaseParts(ctx.db, rows);
  const patientIds = [...new Set(rows.map((r) => r.patient_id))];
  const patients =
    patientIds.length === 0
      ? []
      : await ctx.db
          .selectFrom('patients')
          .select(['id', 'mrn', 'family_name', 'given_name', 'is_demo'])
          .where('id', 'in', patientIds)
          .execute();
  const byId = new Map(patients.map((p) => [p.id, p]));
  const all: WorklistItem[] = parts.map((p) => {
    const patient = byId.get(p.row.patient_id);
    return {
      ...toCaseSummary(p, today),
      patient: {
        id: p.row.patient_id,
        mrn: patient?.mrn ?? '',
        familyName: patient?.family_name ?? '',
        givenName: patient?.given_name ?? '',
        isDemo: patient?.is_demo === 1,
      },
    };
  });
  const mine = query.mine === 'true';
  const role = mine ? user.role : (query.role ?? null);
  const filtered = all.flatMap((item) => {
    const steps = keptSteps(item, role, mine ? user.id : null);
    return role !== null && steps.length === 0
      ? []
      : [{ ...item, waiting: steps, next: role === null ? item.next : (steps[0] ?? null) }];
  });
  const countsByStep: Partial<Record<CaseStep, number>> = {};
  for (const item of all) {
    if (item.next !== null) countsByStep[item.next.step] = (countsByStep[item.next.step] ?? 0) + 1;
  }
  const last = addDays(today, query.days);
  const upcoming = filtered
    .filter((i) => i.operationDate !== null && i.operationDate >= today && i.operationDate <= last)
    .sort((a, b) => (a.operationDate ?? '').localeCompare(b.operationDate ?? ''));
  await recordAudit(ctx, {
    actor,
    action: 'worklist.read',
    outcome: 'success',
    detail: { role, mine, returnedCaseIds: filtered.map((i) => i.id) },
  });
  return {
    today,
    upcoming,
    open: [...filtered].sort((a, b) => dueKey(a).localeCompare(dueKey(b))),
    countsByStep,
    overdueCount: all.filter((i) => i.waiting.some((w) => w.overdue)).length,
  };
}

/** Active clinical accounts that scheduling can name, with their roles. */
export async function listStaff(ctx: ServiceContext) {
  const rows = await ctx.db
    .selectFrom('users')
    .select(['id', 'email', 'display_name', 'role'])
    .where('active', '=', 1)
    .where('role', '!=', 'admin')
    .orderBy('display_name')
    .execute();
  return {
    items: rows
      .filter((r): r is typeof r & { role: Role } => (ROLES as readonly string[]).includes(r.role))
      .map((r) => ({ id: r.id, email: r.email, displayName: r.display_name, role: r.role })),
  };
}
