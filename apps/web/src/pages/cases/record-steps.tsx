import { ROLE_LABELS } from '@openiort/contract';
import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('clinician');
  const r = data.view.referral;
  return (
    <EditableRecord
      {...ids(data)}
      spec={referralSpec(t, data.view)}
      canEdit={useCan('case:refer') && open(data)}
      recordLabel={t('cases.referral.record')}
      record={
        r === null ? null : (
          <>
            <Facts
              items={[
                [t('cases.referral.referredBy'), r.data.referredBy],
                [t('cases.fact.date'), r.data.referralDate],
                [t('cases.fact.reason'), r.data.reason],
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
  const { t } = useTranslation('clinician');
  const d = data.view.decision;
  const label = (id: string) =>
    evaluationLabel(
      t,
      data.evaluations.find((e) => e.id === id),
      id,
    );
  return (
    <EditableRecord
      {...ids(data)}
      spec={decisionSpec(t, data.view, label)}
      canEdit={useCan('case:decide') && open(data)}
      recordLabel={t('cases.decision.record')}
      editLabel={t('cases.decision.revisit')}
      record={
        d === null ? null : (
          <>
            <Facts
              items={[
                [t('cases.fact.decision'), t(DECISION_LABELS[d.data.outcome])],
                [t('cases.decision.meeting'), d.data.meetingDate],
                [
                  t('cases.fields.attendees'),
                  d.data.attendees.map((a) => `${a.name} (${ROLE_LABELS[a.role]})`).join(', '),
                ],
                [t('cases.decision.reliedOn'), label(d.data.evaluationId)],
                [t('cases.decision.rationale'), d.data.rationale],
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
  const { t } = useTranslation('clinician');
  const s = data.view.scheduling;
  const unit = data.view.treatmentUnit;
  const b = data.view.expectedBalloon;
  const [surgeon, oncologist, physicist] = data.view.scheduledPeople;
  const canSchedule = useCan('case:schedule') && open(data);
  const canUnit = useCan('case:treatment-unit') && open(data);
  const canBalloon = useCan('case:surgical') && open(data);
  return (
    <>
      <EditableRecord
        {...ids(data)}
        spec={schedulingSpec(t, data.view, data.staff)}
        canEdit={canSchedule}
        recordLabel={t('cases.scheduling.record')}
        record={
          s === null ? null : (
            <>
              <Facts
                items={[
                  [t('cases.scheduling.operationDate'), s.data.operationDate],
                  [t('cases.scheduling.room'), s.data.room],
                  [t('cases.scheduling.surgeon'), surgeon?.displayName ?? ''],
                  [t('cases.scheduling.radiationOncologist'), oncologist?.displayName ?? ''],
                  [t('cases.scheduling.physicist'), physicist?.displayName ?? ''],
                ]}
              />
              <RecordedBy by={s.recordedBy} at={s.recordedAt} version={s.version} />
            </>
          )
        }
      />
      <Title order={3} size="h5">
        {t('cases.scheduling.treatmentUnit')}
      </Title>
      <EditableRecord
        {...ids(data)}
        spec={treatmentUnitSpec(t, data.view)}
        canEdit={canUnit}
        recorded={unit !== null}
        recordLabel={t('cases.scheduling.nameUnit')}
        record={
          unit === null ? (
            <Text size="sm" c="gray.7">
              {t('cases.scheduling.unitNotNamed')}
            </Text>
          ) : (
            <>
              <Facts
                items={[
                  [t('cases.scheduling.controllerSerial'), unit.data.controllerSerial],
                  [t('cases.scheduling.sourceSerial'), unit.data.sourceSerial],
                ]}
              />
              <RecordedBy by={unit.recordedBy} at={unit.recordedAt} version={unit.version} />
            </>
          )
        }
      />
      <Title order={3} size="h5">
        {t('cases.scheduling.expectedBalloon')}
      </Title>
      <EditableRecord
        {...ids(data)}
        spec={balloonSpec(t, data.view)}
        canEdit={canBalloon}
        recorded={b !== null}
        recordLabel={t('cases.scheduling.recordBalloon')}
        record={
          b === null ? (
            <Text size="sm" c="gray.7">
              {t('cases.scheduling.balloonNotRecorded')}
            </Text>
          ) : (
            <>
              <Facts
                items={[
                  [
                    t('cases.scheduling.fillVolume'),
                    t('cases.scheduling.fillVolumeCc', { volume: String(b.data.fillVolumeCc) }),
                  ],
                  [t('cases.scheduling.note'), b.data.note ?? '—'],
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
  const { t } = useTranslation('clinician');
  const p = data.view.postPathologyDecision;
  return (
    <EditableRecord
      {...ids(data)}
      spec={postPathologySpec(t, data.view)}
      canEdit={useCan('case:decide') && open(data)}
      recordLabel={t('cases.postPathology.record')}
      record={
        p === null ? null : (
          <>
            <Facts
              items={[
                [t('cases.fact.decision'), t(POST_PATHOLOGY_LABELS[p.data.decision])],
                [t('cases.fact.reason'), p.data.reason],
              ]}
            />
            <RecordedBy by={p.recordedBy} at={p.recordedAt} version={p.version} />
          </>
        )
      }
    />
  );
}
