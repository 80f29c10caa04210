import type { CaseView, PlanList, StaffList } from '@openiort/contract';
import type { StoredEvaluation } from '../../api/evaluations.ts';

/** What every step of the case page reads. */
export interface CasePageData {
  view: CaseView;
  evaluations: StoredEvaluation[];
  plans: PlanList['items'];
  staff: StaffList | undefined;
}
