import { Anchor, List, NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../auth/session-context.ts';
import { localDateTime } from '../../components/format.ts';
import type { CasePageData } from './case-context.ts';
import { LinkForm } from './link-form.tsx';
import { RecordedBy } from './recorded-by.tsx';

const KINDS = { 'pre-plan': 'Pre-plan (expected balloon)', final: 'Final plan (operating room)' };

/** Step 7: the case's pre-plan and final plan, chosen among the patient's plans. */
export function PlansStep({ data }: { data: CasePageData }) {
  const [kind, setKind] = useState<'pre-plan' | 'final'>('pre-plan');
  const canLink = useCan('case:plan') && data.view.status === 'open';
  const linked = new Set(data.view.plans.map((p) => p.planId));
  const planLabel = (id: string) => {
    const plan = data.plans.find((p) => p.id === id);
    return plan === undefined
      ? id
      : `${String(plan.input.prescription.doseGy)} Gy, ${String(plan.input.applicator.fillVolumeCc)} cc balloon, version ${String(plan.version)} · ${localDateTime(plan.createdAt)}`;
  };
  return (
    <>
      {data.view.plans.length > 0 && (
        <List size="sm" spacing={4}>
          {data.view.plans.map((p) => (
            <List.Item key={p.planId}>
              <Text size="sm" fw={500}>
                {KINDS[p.kind]}: {planLabel(p.planId)}
              </Text>
              <RecordedBy by={p.linkedBy} at={p.linkedAt} verb="Linked" />
            </List.Item>
          ))}
        </List>
      )}
      {canLink && (
        <>
          <NativeSelect
            label="Link as"
            data={Object.entries(KINDS).map(([value, label]) => ({ value, label }))}
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
            label="Plan"
            choices={data.plans
              .filter((p) => !linked.has(p.id))
              .map((p) => ({ value: p.id, label: planLabel(p.id) }))}
            empty="No plan to link yet: make one on the dose plan page."
            buttonLabel="Link plan"
            toBody={(planId) => ({ planId, kind })}
          />
        </>
      )}
      <Anchor component={Link} to={`/app/patients/${data.view.patientId}/plans`} size="sm">
        Open the dose plan page
      </Anchor>
    </>
  );
}
