import type { ChecklistVersion } from '@openiort/contract';
import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useChecklistVersions, useChecklists } from '../../api/checklists.ts';
import { useCan } from '../../auth/session-context.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { LocalTime } from '../../components/local-time.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ChecklistEditor } from './checklist-editor.tsx';

const STATUS_WORDS: Record<ChecklistVersion['status'], string> = {
  default: 'shipped, in force',
  'in-force': 'in force',
  superseded: 'replaced',
};

function Saved({ version }: { version: ChecklistVersion }) {
  if (version.savedAt === null) return <>Shipped with OpenIORT</>;
  return (
    <>
      Saved by {version.savedBy?.displayName} on <LocalTime iso={version.savedAt} />
    </>
  );
}

function ChecklistCard({
  version,
  canEdit,
  onSaved,
}: {
  version: ChecklistVersion;
  canEdit: boolean;
  onSaved: (message: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const headingId = `checklist-${version.key}-heading`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap" mb="xs">
        <Title order={2} id={headingId}>
          {version.template.title}
        </Title>
        <Text size="sm" c="gray.7">
          Version {version.version} · <Saved version={version} />
        </Text>
      </Group>
      <Text size="sm" mb="sm">
        {version.template.when}
      </Text>
      {editing ? (
        <ChecklistEditor
          version={version}
          onCancel={() => {
            setEditing(false);
          }}
          onDone={(message) => {
            setEditing(false);
            onSaved(message);
          }}
        />
      ) : (
        <>
          <List type="ordered" spacing={6}>
            {version.template.items.map((item) => (
              <List.Item key={item.id}>
                <Text size="sm" span>
                  {item.text}{' '}
                </Text>
                <Text span size="xs" fw={600} c={item.passOver === 'never' ? 'red.9' : 'gray.7'}>
                  (
                  {item.passOver === 'never'
                    ? 'must be confirmed'
                    : 'may be passed over with a reason'}
                  )
                </Text>
              </List.Item>
            ))}
          </List>
          {canEdit && (
            <Button
              mt="sm"
              variant="light"
              onClick={() => {
                setEditing(true);
              }}
            >
              Edit {version.template.title}
            </Button>
          )}
        </>
      )}
    </Paper>
  );
}

/**
 * The operating-room checklists in force (WHO sign-in, time-out, sign-out; IORT time-out), with
 * every earlier version. The administrator saves new versions; everyone clinical reads them.
 */
export function ChecklistsPage() {
  usePageTitle('Operating-room checklists');
  const inForce = useChecklists();
  const versions = useChecklistVersions();
  const canEdit = useCan('checklist:manage');
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <Stack>
      <Title order={1}>Operating-room checklists</Title>
      <Text maw={760}>
        The checklists of an IORT day: the WHO Surgical Safety Checklist (sign-in, time-out,
        sign-out) and the IORT time-out after excision and before beam-on. Every answer records who
        and when; an item may be passed over only with a reason, and some items never. Beam-on waits
        for a complete IORT time-out.
      </Text>
      {!canEdit && (
        <Text size="sm" c="gray.7">
          Only an administrator can change the checklists.
        </Text>
      )}
      {saved !== null && (
        <Alert color="green" role="status" title="Saved">
          {saved}
        </Alert>
      )}
      {inForce.isPending && <LoadingState label="Loading the checklists…" />}
      {inForce.isError && (
        <ErrorAlert error={inForce.error} onRetry={() => void inForce.refetch()} />
      )}
      {inForce.data?.items.map((version) => (
        <ChecklistCard key={version.id} version={version} canEdit={canEdit} onSaved={setSaved} />
      ))}
      {versions.data !== undefined && (
        <Stack component="section" aria-labelledby="checklist-history-heading" gap="sm">
          <Title order={2} id="checklist-history-heading">
            Version history
          </Title>
          {/* A list, not a table: it reads the same at 360 px as on a desktop. */}
          <List listStyleType="none" spacing="xs" aria-label="Versions of every checklist">
            {versions.data.items.map((v) => (
              <List.Item key={v.id}>
                <Text size="sm" fw={600}>
                  {v.template.title} · {v.version} · {STATUS_WORDS[v.status]}
                </Text>
                <Text size="sm">
                  <Saved version={v} /> · {v.template.items.length} items
                </Text>
                <Text size="xs" c="gray.7">
                  {v.reason}
                </Text>
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
