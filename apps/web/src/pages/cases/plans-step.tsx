import { Anchor, List, NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../auth/session-context.ts';
import { localDateTime } from '../../components/format.ts';
import type { CasePageData } from './case-context.ts';
import { LinkForm } from './link-form.tsx';
import { RecordedBy } from './recorded-by.tsx';

/** The clinician strings' key for each kind of linked plan. */
const KINDS = { 'pre-plan': 'cases.plans.prePlan', final: 'cases.plans.final' };

/** Step 7: the case's pre-plan and final plan, chosen among the patient's plans. */
export function PlansStep({ data }: { data: CasePageData }) {
  const { t } = useTranslation('clinician');
  const [kind, setKind] = useState<'pre-plan' | 'final'>('pre-plan');
  const canLink = useCan('case:plan') && data.view.status === 'open';
  const linked = new Set(data.view.plans.map((p) => p.planId));
  const planLabel = (id: string) => {
    const plan = data.plans.find((p) => p.id === id);
    return plan === undefined
      ? id
      : t('cases.plans.planLabel', {
          dose: String(plan.input.prescription.doseGy),
          volume: String(plan.input.applicator.fillVolumeCc),
          version: String(plan.version),
          createdAt: localDateTime(plan.createdAt),
        });
  };
  return (
    <>
      {data.view.plans.length > 0 && (
        <List size="sm" spacing={4}>
          {data.view.plans.map((p) => (
            <List.Item key={p.planId}>
              <Text size="sm" fw={500}>
                {t('cases.plans.linked', { kind: t(KINDS[p.kind]), plan: planLabel(p.planId) })}
              </Text>
              <RecordedBy by={p.linkedBy} at={p.linkedAt} verb={t('cases.verb.linked')} />
              <Anchor
                size="sm"
                href={`/api/plans/${encodeURIComponent(p.planId)}/report.pdf`}
                target="_blank"
                rel="noopener"
              >
                {t('cases.plans.report')}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      {canLink && (
        <>
          <NativeSelect
            label={t('cases.plans.linkAs')}
            data={Object.entries(KINDS).map(([value, label]) => ({ value, label: t(label) }))}
            value={kind}
            onChange={(e) => {
              setKind(e.currentTarget.value as 'pre-plan' | 'final');
            }}
            style={{ maxWidth: '100%' }}
          />
          <LinkForm
            caseId={data.view.id}
            patientId={data.view.patientId}
            path="plans"
            label={t('cases.plans.plan')}
            choices={data.plans
              .filter((p) => !linked.has(p.id))
              .map((p) => ({ value: p.id, label: planLabel(p.id) }))}
            empty={t('cases.plans.none')}
            buttonLabel={t('cases.plans.link')}
            toBody={(planId) => ({ planId, kind })}
          />
        </>
      )}
      <Anchor component={Link} to={`/app/patients/${data.view.patientId}/plans`} size="sm">
        {t('cases.plans.open')}
      </Anchor>
    </>
  );
}
