import type { CaseStep } from '@openiort/contract';
import { Timeline } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CasePageData } from './case-context.ts';
import { ClosureStep } from './closure-step.tsx';
import { ConsentStep } from './consent-step.tsx';
import { DeliveryStep } from './delivery-step.tsx';
import { DirectiveStep } from './directive-step.tsx';
import { CandidacyStep, FinalPathologyStep } from './evaluation-steps.tsx';
import { PlansStep } from './plans-step.tsx';
import { DecisionStep, PostPathologyStep, ReferralStep, SchedulingStep } from './record-steps.tsx';
import { StepBody, StepHeading } from './step-item.tsx';

const CONTENT: Record<CaseStep, (data: CasePageData) => ReactNode> = {
  referral: (d) => <ReferralStep data={d} />,
  candidacy: (d) => <CandidacyStep data={d} />,
  decision: (d) => <DecisionStep data={d} />,
  consent: (d) => <ConsentStep data={d} />,
  scheduling: (d) => <SchedulingStep data={d} />,
  directive: (d) => <DirectiveStep data={d} />,
  plans: (d) => <PlansStep data={d} />,
  delivery: (d) => <DeliveryStep data={d} />,
  'final-pathology': (d) => <FinalPathologyStep data={d} />,
  'post-pathology-decision': (d) => <PostPathologyStep data={d} />,
  closed: (d) => <ClosureStep data={d} />,
};

const BULLET_COLOR = { done: 'green', waiting: 'blue' } as const;

/** The case's steps in their natural order, each with its record and what can be done now. */
export function CaseTimeline({ data }: { data: CasePageData }) {
  const { t } = useTranslation('clinician');
  const steps = data.view.pathway.steps;
  const waiting = new Set(data.view.pathway.waiting.map((w) => w.step));
  const lastDone = steps.reduce((last, s, i) => (s.state === 'done' ? i : last), -1);
  return (
    <Timeline active={lastDone} bulletSize={18} lineWidth={2} aria-label={t('cases.caseSteps')}>
      {steps.map((step) => (
        <Timeline.Item
          key={step.step}
          title={<StepHeading view={step} pending={waiting.has(step.step)} />}
          color={
            step.state in BULLET_COLOR
              ? BULLET_COLOR[step.state as keyof typeof BULLET_COLOR]
              : 'gray'
          }
          data-step={step.step}
          data-state={step.state}
        >
          <StepBody>{CONTENT[step.step](data)}</StepBody>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
