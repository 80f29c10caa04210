import { DIRECTIVE_SIGN_MEANING } from '@openiort/contract';
import type { TFunction } from 'i18next';
import { Alert, Button, Checkbox, List, PasswordInput, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/** "20 Gy at the balloon surface, 1 fraction"; `t` of the clinician namespace. */
const prescription = (
  t: TFunction,
  d: { doseGy: number; prescribedTo: string; depthMm: number | null },
) =>
  d.prescribedTo === 'depth'
    ? t('cases.directive.atDepth', { dose: String(d.doseGy), depth: String(d.depthMm) })
    : t('cases.directive.atSurface', { dose: String(d.doseGy) });

/**
 * Step 6: the written directive, locked by the radiation oncologist's signature: the password
 * again, or for a single sign-on account a fresh sign-in at the identity provider (the same block
 * as the plan signature; the page comes back with `?sign=<case id>` and reopens the form with the
 * values kept as a draft in this tab).
 */
export function DirectiveStep({ data }: { data: CasePageData }) {
  const { t } = useTranslation('clinician');
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
  const spec = directiveSpec(t, data.view);
  return (
    <>
      {current !== null && (
        <>
          <Alert
            color="green"
            title={t('cases.directive.locked', { version: String(current.version) })}
          >
            <Facts
              items={[
                [
                  t('cases.directive.site'),
                  t('cases.directive.siteValue', {
                    site: current.directive.site,
                    laterality: current.directive.laterality,
                  }),
                ],
                [t('cases.directive.prescription'), prescription(t, current.directive)],
                ...(current.reason === null
                  ? []
                  : ([[t('cases.directive.reasonForChange'), current.reason]] as [
                      string,
                      string,
                    ][])),
              ]}
            />
            <RecordedBy by={current.signedBy} at={current.signedAt} verb={t('cases.verb.signed')} />
          </Alert>
          {history.length > 1 && (
            <List size="sm" spacing={2}>
              {history.slice(1).map((d) => (
                <List.Item key={d.version}>
                  {t('cases.directive.olderVersion', {
                    version: String(d.version),
                    prescription: prescription(t, d.directive),
                    name: d.signedBy.displayName,
                  })}
                  {d.reason === null ? '' : t('cases.directive.olderReason', { reason: d.reason })}
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
          {current === null ? t('cases.directive.write') : t('cases.directive.change')}
        </Button>
      )}
      {signing && (
        <StepForm
          caseId={data.view.id}
          patientId={data.view.patientId}
          fields={spec.fields}
          initial={spec.initial}
          submitLabel={t('cases.directive.signAndLock')}
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
                    submitLabel={t('cases.directive.signAndLock')}
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
              <Text size="sm">
                {t('cases.directive.breast', { laterality: data.view.laterality })}
              </Text>
              <Checkbox
                label={DIRECTIVE_SIGN_MEANING}
                checked={values.meaning === DIRECTIVE_SIGN_MEANING}
                onChange={(e) => {
                  set('meaning', e.currentTarget.checked ? DIRECTIVE_SIGN_MEANING : '');
                }}
              />
              {!sso && (
                <PasswordInput
                  label={t('cases.directive.password')}
                  description={t('cases.directive.passwordDescription')}
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
