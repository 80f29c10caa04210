import { ROLE_LABELS } from '@openiort/contract';
import { Text, Title } from '@mantine/core';
import { useCan } from '../../auth/session-context.ts';
import type { CasePageData } from './case-context.ts';
import { EditableRecord } from './editable-record.tsx';
import { evaluationLabel } from './evaluation-steps.tsx';
import { Facts, RecordedBy } from './recorded-by.tsx';
import { DECISION_LABELS, POST_PATHOLOGY_LABELS } from './step-labels.ts';
import {
  balloonSpec,
  decisionSpec,
  postPathologySpec,
  referralSpec,
  schedulingSpec,
  treatmentUnitSpec,
} from './step-specs.ts';

const ids = (data: CasePageData) => ({ caseId: data.view.id, patientId: data.view.patientId });
const open = (data: CasePageData) => data.view.status === 'open';

export function ReferralStep({ data }: { data: CasePageData }) {
  const r = data.view.referral;
  return (
    <EditableRecord
      {...ids(data)}
      spec={referralSpec(data.view)}
      canEdit={useCan('case:refer') && open(data)}
      recordLabel="Record the referral"
      record={
        r === null ? null : (
          <>
            <Facts
              items={[
                ['Referred by', r.data.referredBy],
                ['Date', r.data.referralDate],
                ['Reason', r.data.reason],
              ]}
            />
            <RecordedBy by={r.recordedBy} at={r.recordedAt} version={r.version} />
          </>
        )
      }
    />
  );
}

export function DecisionStep({ data }: { data: CasePageData }) {
  const d = data.view.decision;
  const label = (id: string) =>
    evaluationLabel(
      data.evaluations.find((e) => e.id === id),
      id,
    );
  return (
    <EditableRecord
      {...ids(data)}
      spec={decisionSpec(data.view, label)}
      canEdit={useCan('case:decide') && open(data)}
      recordLabel="Record the team decision"
      editLabel="Revisit the decision"
      record={
        d === null ? null : (
          <>
            <Facts
              items={[
                ['Decision', DECISION_LABELS[d.data.outcome]],
                ['Meeting', d.data.meetingDate],
                [
                  'Attendees',
                  d.data.attendees.map((a) => `${a.name} (${ROLE_LABELS[a.role]})`).join(', '),
                ],
                ['Relied on', label(d.data.evaluationId)],
                ['Rationale', d.data.rationale],
              ]}
            />
            <RecordedBy by={d.recordedBy} at={d.recordedAt} version={d.version} />
          </>
        )
      }
    />
  );
}

export function SchedulingStep({ data }: { data: CasePageData }) {
  const s = data.view.scheduling;
  const t = data.view.treatmentUnit;
  const b = data.view.expectedBalloon;
  const [surgeon, oncologist, physicist] = data.view.scheduledPeople;
  const canSchedule = useCan('case:schedule') && open(data);
  const canUnit = useCan('case:treatment-unit') && open(data);
  const canBalloon = useCan('case:surgical') && open(data);
  return (
    <>
      <EditableRecord
        {...ids(data)}
        spec={schedulingSpec(data.view, data.staff)}
        canEdit={canSchedule}
        recordLabel="Schedule the operation"
        record={
          s === null ? null : (
            <>
              <Facts
                items={[
                  ['Operation date', s.data.operationDate],
                  ['Room', s.data.room],
                  ['Surgeon', surgeon?.displayName ?? ''],
                  ['Radiation oncologist', oncologist?.displayName ?? ''],
                  ['Medical physicist', physicist?.displayName ?? ''],
                ]}
              />
              <RecordedBy by={s.recordedBy} at={s.recordedAt} version={s.version} />
            </>
          )
        }
      />
      <Title order={3} size="h5">
        Treatment unit
      </Title>
      <EditableRecord
        {...ids(data)}
        spec={treatmentUnitSpec(data.view)}
        canEdit={canUnit}
        recorded={t !== null}
        recordLabel="Name the treatment unit"
        record={
          t === null ? (
            <Text size="sm" c="gray.7">
              Not named yet (the medical physicist names it).
            </Text>
          ) : (
            <>
              <Facts
                items={[
                  ['Controller serial', t.data.controllerSerial],
                  ['Source serial', t.data.sourceSerial],
                ]}
              />
              <RecordedBy by={t.recordedBy} at={t.recordedAt} version={t.version} />
            </>
          )
        }
      />
      <Title order={3} size="h5">
        Expected balloon
      </Title>
      <EditableRecord
        {...ids(data)}
        spec={balloonSpec(data.view)}
        canEdit={canBalloon}
        recorded={b !== null}
        recordLabel="Record the expected balloon"
        record={
          b === null ? (
            <Text size="sm" c="gray.7">
              Not recorded yet (the surgeon records it, for the pre-plan).
            </Text>
          ) : (
            <>
              <Facts
                items={[
                  ['Fill volume', `${String(b.data.fillVolumeCc)} cc`],
                  ['Note', b.data.note ?? '—'],
                ]}
              />
              <RecordedBy by={b.recordedBy} at={b.recordedAt} version={b.version} />
            </>
          )
        }
      />
    </>
  );
}

export function PostPathologyStep({ data }: { data: CasePageData }) {
  const p = data.view.postPathologyDecision;
  return (
    <EditableRecord
      {...ids(data)}
      spec={postPathologySpec(data.view)}
      canEdit={useCan('case:decide') && open(data)}
      recordLabel="Record the post-pathology decision"
      record={
        p === null ? null : (
          <>
            <Facts
              items={[
                ['Decision', POST_PATHOLOGY_LABELS[p.data.decision]],
                ['Reason', p.data.reason],
              ]}
            />
            <RecordedBy by={p.recordedBy} at={p.recordedAt} version={p.version} />
          </>
        )
      }
    />
  );
}
