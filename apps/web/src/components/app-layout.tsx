import { ROLE_LABELS } from '@openiort/contract';
import { Anchor, Box, Button, Container, Group, Text } from '@mantine/core';
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
  const canReadChecklists = useCan('checklist:read');
  const signOut = useSignOut();
  return (
    <>
      <SkipLink />
      <Box component="header" className="site-header">
        <Container size="xl" py="xs">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Group gap="lg" wrap="wrap">
              <Anchor component={Link} to="/app/patients" fw={700} size="xl" c="blue.9">
                OpenIORT
              </Anchor>
              {!mustChangePassword && (
                <Group component="nav" aria-label="Main" gap={4}>
                  <NavItem to="/app/patients" label="Patients" />
                  {canAudit && <NavItem to="/app/audit" label="Audit trail" />}
                  {canManageUsers && <NavItem to="/app/users" label="Users" />}
                  {canReadCriteria && (
                    <NavItem to="/app/program-criteria" label="Program criteria" />
                  )}
                  {canReadLimits && <NavItem to="/app/program-limits" label="Plan limits" />}
                  {canReadChecklists && <NavItem to="/app/checklists" label="Checklists" />}
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
                  Change password
                </Anchor>
              )}
              <Button variant="default" onClick={() => void signOut({ kind: 'user' })}>
                Sign out
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
