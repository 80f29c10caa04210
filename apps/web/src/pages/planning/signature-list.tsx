import { ROLE_LABELS, type PlanSignature } from '@openiort/contract';
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LocalTime } from '../../components/local-time.tsx';

/** Signatures with who, in which role, when, and the statement they confirmed. */
export function SignatureList({
  signatures,
  lapsed = false,
}: {
  signatures: readonly PlanSignature[];
  lapsed?: boolean;
}) {
  const { t } = useTranslation('clinician');
  return (
    <List
      spacing="sm"
      listStyleType="none"
      ml={0}
      pl={0}
      aria-label={lapsed ? t('planning.signatures.former') : t('planning.signatures.label')}
    >
      {signatures.map((s) => (
        <List.Item key={s.id}>
          <Text size="sm" fw={600} td={lapsed ? 'line-through' : undefined}>
            {t('planning.signatures.who', {
              kind: s.kind.charAt(0).toUpperCase() + s.kind.slice(1),
              name: s.userName,
              role: ROLE_LABELS[s.role],
            })}
            <LocalTime iso={s.signedAt} />
            {lapsed ? t('planning.signatures.lapsed', { version: String(s.planVersion) }) : ''}
          </Text>
          <Text size="sm" c={lapsed ? 'gray.7' : undefined} fs="italic">
            “{s.meaning}”
          </Text>
          <Text size="xs" c="gray.7">
            {s.authMethod === 'oidc'
              ? t('planning.signatures.withSso')
              : t('planning.signatures.withPassword')}
            {s.authTime !== null && (
              <>
                {t('planning.signatures.at')}
                <LocalTime iso={s.authTime} />
              </>
            )}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
