import { ROLE_LABELS, type PlanSignature } from '@openiort/contract';
import { List, Text } from '@mantine/core';
import { LocalTime } from '../../components/local-time.tsx';

/** Signatures with who, in which role, when, and the statement they confirmed. */
export function SignatureList({
  signatures,
  lapsed = false,
}: {
  signatures: readonly PlanSignature[];
  lapsed?: boolean;
}) {
  return (
    <List
      spacing="sm"
      listStyleType="none"
      ml={0}
      pl={0}
      aria-label={lapsed ? 'Former signatures' : 'Signatures'}
    >
      {signatures.map((s) => (
        <List.Item key={s.id}>
          <Text size="sm" fw={600} td={lapsed ? 'line-through' : undefined}>
            {s.kind.charAt(0).toUpperCase() + s.kind.slice(1)}: {s.userName} ({ROLE_LABELS[s.role]}
            ), <LocalTime iso={s.signedAt} />
            {lapsed ? ` — version ${String(s.planVersion)}, no longer applies` : ''}
          </Text>
          <Text size="sm" c={lapsed ? 'gray.7' : undefined} fs="italic">
            “{s.meaning}”
          </Text>
          <Text size="xs" c="gray.7">
            {s.authMethod === 'oidc'
              ? 'Signed after signing in again at the hospital identity provider'
              : 'Signed with the password entered again'}
            {s.authTime !== null && (
              <>
                {' '}
                at <LocalTime iso={s.authTime} />
              </>
            )}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
