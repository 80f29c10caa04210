import type { ChecklistVersion } from '@openiort/contract';
import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChecklistVersions, useChecklists } from '../../api/checklists.ts';
import { useCan } from '../../auth/session-context.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { LocalTime } from '../../components/local-time.tsx';
import { usePageTitle } from '../../components/use-page-title.ts';
import { ChecklistEditor } from './checklist-editor.tsx';

const STATUS_WORDS: Record<ChecklistVersion['status'], string> = {
  default: 'checklists.status.default',
  'in-force': 'checklists.status.inForce',
  superseded: 'checklists.status.superseded',
};

function Saved({ version }: { version: ChecklistVersion }) {
  const { t } = useTranslation('clinician');
  if (version.savedAt === null) return <>{t('programLimits.shipped')}</>;
  return (
    <>
      {t('checklists.savedBy', { name: version.savedBy?.displayName })}{' '}
      <LocalTime iso={version.savedAt} />
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
  const { t } = useTranslation('clinician');
  const headingId = `checklist-${version.key}-heading`;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap" mb="xs">
        <Title order={2} id={headingId}>
          {version.template.title}
        </Title>
        <Text size="sm" c="gray.7">
          {t('checklists.version', { version: version.version })} · <Saved version={version} />
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
                    ? t('checklists.mustConfirm')
                    : t('checklists.mayPassOver')}
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
              {t('checklists.edit', { title: version.template.title })}
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
  const { t } = useTranslation('clinician');
  usePageTitle(t('checklists.title'));
  const inForce = useChecklists();
  const versions = useChecklistVersions();
  const canEdit = useCan('checklist:manage');
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <Stack>
      <Title order={1}>{t('checklists.title')}</Title>
      <Text maw={760}>{t('checklists.intro')}</Text>
      {!canEdit && (
        <Text size="sm" c="gray.7">
          {t('checklists.adminOnly')}
        </Text>
      )}
      {saved !== null && (
        <Alert color="green" role="status" title={t('programCriteria.savedTitle')}>
          {saved}
        </Alert>
      )}
      {inForce.isPending && <LoadingState label={t('checklists.loading')} />}
      {inForce.isError && (
        <ErrorAlert error={inForce.error} onRetry={() => void inForce.refetch()} />
      )}
      {inForce.data?.items.map((version) => (
        <ChecklistCard key={version.id} version={version} canEdit={canEdit} onSaved={setSaved} />
      ))}
      {versions.data !== undefined && (
        <Stack component="section" aria-labelledby="checklist-history-heading" gap="sm">
          <Title order={2} id="checklist-history-heading">
            {t('programCriteria.history')}
          </Title>
          {/* A list, not a table: it reads the same at 360 px as on a desktop. */}
          <List listStyleType="none" spacing="xs" aria-label={t('checklists.versions')}>
            {versions.data.items.map((v) => (
              <List.Item key={v.id}>
                <Text size="sm" fw={600}>
                  {v.template.title} · {v.version} · {t(STATUS_WORDS[v.status])}
                </Text>
                <Text size="sm">
                  <Saved version={v} /> ·{' '}
                  {t('checklists.items', { count: v.template.items.length })}
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
