import { DIRECTIVE_SIGN_MEANING } from '@openiort/contract';
import { Alert, Button, Checkbox, List, PasswordInput, Text } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCan, useSession } from '../../auth/session-context.ts';
import {
  IdentityProviderConfirm,
  REAUTH_PARAMS,
} from '../../components/identity-provider-confirm.tsx';
import type { CasePageData } from './case-context.ts';
import { Facts, RecordedBy } from './recorded-by.tsx';
import { StepForm } from './step-form.tsx';
import { directiveSpec } from './step-specs.ts';

const prescription = (d: { doseGy: number; prescribedTo: string; depthMm: number | null }) =>
  `${String(d.doseGy)} Gy ${d.prescribedTo === 'depth' ? `at ${String(d.depthMm)} mm depth` : 'at the balloon surface'}, 1 fraction`;

/**
 * Step 6: the written directive, locked by the radiation oncologist's signature: the password
 * again, or for a single sign-on account a fresh sign-in at the identity provider (the same block
 * as the plan signature; the page comes back with `?sign=<case id>` and reopens the form with the
 * values kept as a draft in this tab).
 */
export function DirectiveStep({ data }: { data: CasePageData }) {
  const [params, setParams] = useSearchParams();
  const canSign = useCan('case:direct') && data.view.status === 'open';
  const sso = useSession().user.authSource === 'oidc';
  const draftKey = `openiort:directive-draft:${data.view.id}`;
  const [signing, setSigning] = useState(canSign && params.get('sign') === data.view.id);
  const close = () => {
    sessionStorage.removeItem(draftKey);
    // A re-authentication's marks in the address are spent with the form.
    setParams(
      (current) => {
        for (const key of REAUTH_PARAMS) current.delete(key);
        return current;
      },
      { replace: true },
    );
    setSigning(false);
  };
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
          draftKey={draftKey}
          onDone={close}
          onCancel={close}
          actions={
            sso
              ? (busy) => (
                  <IdentityProviderConfirm
                    target="case-directive"
                    targetId={data.view.id}
                    submitLabel="Sign and lock"
                    error={null}
                    busy={busy}
                    onCancel={close}
                  />
                )
              : undefined
          }
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
              {!sso && (
                <PasswordInput
                  label="Your password"
                  description="Entered again to sign the directive."
                  autoComplete="current-password"
                  value={values.password ?? ''}
                  onChange={(e) => {
                    set('password', e.currentTarget.value);
                  }}
                />
              )}
            </>
          )}
        </StepForm>
      )}
    </>
  );
}
