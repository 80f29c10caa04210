import { DIRECTIVE_SIGN_MEANING } from '@openiort/contract';
import { Alert, Button, Checkbox, List, PasswordInput, Text } from '@mantine/core';
import { useState } from 'react';
import { useCan } from '../../auth/session-context.ts';
import type { CasePageData } from './case-context.ts';
import { Facts, RecordedBy } from './recorded-by.tsx';
import { StepForm } from './step-form.tsx';
import { directiveSpec } from './step-specs.ts';

const prescription = (d: { doseGy: number; prescribedTo: string; depthMm: number | null }) =>
  `${String(d.doseGy)} Gy ${d.prescribedTo === 'depth' ? `at ${String(d.depthMm)} mm depth` : 'at the balloon surface'}, 1 fraction`;

/** Step 6: the written directive, locked by the radiation oncologist's signature. */
export function DirectiveStep({ data }: { data: CasePageData }) {
  const [signing, setSigning] = useState(false);
  const canSign = useCan('case:direct') && data.view.status === 'open';
  const { current, history } = data.view.directive;
  const spec = directiveSpec(data.view);
  return (
    <>
      {current !== null && (
        <>
          <Alert color="green" title={`Locked: version ${String(current.version)}`}>
            <Facts
              items={[
                ['Site', `${current.directive.site} (${current.directive.laterality})`],
                ['Prescription', prescription(current.directive)],
                ...(current.reason === null
                  ? []
                  : ([['Reason for change', current.reason]] as [string, string][])),
              ]}
            />
            <RecordedBy by={current.signedBy} at={current.signedAt} verb="Signed" />
          </Alert>
          {history.length > 1 && (
            <List size="sm" spacing={2}>
              {history.slice(1).map((d) => (
                <List.Item key={d.version}>
                  Version {d.version}: {prescription(d.directive)} — signed by{' '}
                  {d.signedBy.displayName}
                  {d.reason === null ? '' : ` (${d.reason})`}
                </List.Item>
              ))}
            </List>
          )}
        </>
      )}
      {canSign && !signing && (
        <Button
          className="wrap-button wrap-button-start"
          variant={current === null ? 'filled' : 'default'}
          onClick={() => {
            setSigning(true);
          }}
        >
          {current === null
            ? 'Write and sign the directive'
            : 'Change the directive (new signed version)'}
        </Button>
      )}
      {signing && (
        <StepForm
          caseId={data.view.id}
          patientId={data.view.patientId}
          fields={spec.fields}
          initial={spec.initial}
          submitLabel="Sign and lock"
          toChange={spec.toChange}
          onDone={() => {
            setSigning(false);
          }}
          onCancel={() => {
            setSigning(false);
          }}
        >
          {(values, set) => (
            <>
              <Text size="sm">Breast: {data.view.laterality} (the case&apos;s breast).</Text>
              <Checkbox
                label={DIRECTIVE_SIGN_MEANING}
                checked={values.meaning === DIRECTIVE_SIGN_MEANING}
                onChange={(e) => {
                  set('meaning', e.currentTarget.checked ? DIRECTIVE_SIGN_MEANING : '');
                }}
              />
              <PasswordInput
                label="Your password"
                description="Entered again to sign the directive."
                autoComplete="current-password"
                value={values.password ?? ''}
                onChange={(e) => {
                  set('password', e.currentTarget.value);
                }}
              />
            </>
          )}
        </StepForm>
      )}
    </>
  );
}
