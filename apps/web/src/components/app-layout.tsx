import { ROLE_LABELS } from '@openiort/contract';
import { Anchor, Box, Button, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { IdleLogoff } from '../auth/idle-logoff.tsx';
import { useCan, useSession } from '../auth/session-context.ts';
import { useSignOut } from '../auth/use-sign-out.ts';
import { SkipLink } from './skip-link.tsx';

function NavItem({ to, label }: { to: string; label: string }) {
  return (
    <Button component={NavLink} to={to} variant="subtle" className="nav-link" c="gray.9">
      {label}
    </Button>
  );
}

/** The signed-in shell: who you are, where you can go, and sign out. */
export function AppLayout() {
  const { user, idleTimeoutMinutes, mustChangePassword } = useSession();
  const canAudit = useCan('audit:read');
  const canManageUsers = useCan('user:manage');
  const canReadCriteria = useCan('evaluation:read');
  const canReadLimits = useCan('limits:read');
  const canReadCases = useCan('case:read');
  const canReadChecklists = useCan('checklist:read');
  const signOut = useSignOut();
  const { t } = useTranslation('clinician');
  return (
    <>
      <SkipLink label={t('shell.skipToContent')} />
      <Box component="header" className="site-header">
        <Container size="xl" py="xs">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="lg" wrap="wrap">
              <Anchor component={Link} to="/app" fw={700} size="xl" c="blue.9">
                OpenIORT
              </Anchor>
              {!mustChangePassword && (
                <Group component="nav" aria-label={t('shell.mainNav')} gap={4}>
                  {canReadCases && <NavItem to="/app/worklist" label={t('shell.worklist')} />}
                  <NavItem to="/app/patients" label={t('shell.patients')} />
                  {canAudit && <NavItem to="/app/audit" label={t('shell.audit')} />}
                  {canManageUsers && <NavItem to="/app/users" label={t('shell.users')} />}
                  {canReadCriteria && (
                    <NavItem to="/app/program-criteria" label={t('shell.programCriteria')} />
                  )}
                  {canReadLimits && (
                    <NavItem to="/app/program-limits" label={t('shell.planLimits')} />
                  )}
                  {canReadChecklists && (
                    <NavItem to="/app/checklists" label={t('shell.checklists')} />
                  )}
                </Group>
              )}
            </Group>
            <Group gap="md">
              <Box ta="right">
                <Text size="sm" fw={600}>
                  {user.displayName}
                </Text>
                <Text size="xs" c="gray.7">
                  {ROLE_LABELS[user.role]}
                </Text>
              </Box>
              {/* A hospital sign-in account's password lives at the identity provider. */}
              {user.authSource === 'local' && (
                <Anchor component={Link} to="/app/password" size="sm">
                  {t('shell.changePassword')}
                </Anchor>
              )}
              <Button variant="default" onClick={() => void signOut({ kind: 'user' })}>
                {t('shell.signOut')}
              </Button>
            </Group>
          </Group>
        </Container>
      </Box>
      <Box component="main" id="main" tabIndex={-1}>
        <Container size="xl" py="lg">
          <Outlet />
        </Container>
      </Box>
      <IdleLogoff timeoutMinutes={idleTimeoutMinutes} />
    </>
  );
}
