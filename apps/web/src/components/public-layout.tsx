import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { SkipLink } from './skip-link.tsx';

/** Header and footer of the public pages (landing, sign-in, set-up). */
export function PublicLayout() {
  return (
    <>
      <SkipLink />
      <Box component="header" className="site-header">
        <Container size="lg" py="sm">
          <Group justify="space-between">
            <Anchor component={Link} to="/" fw={700} size="xl" c="blue.9" underline="never">
              OpenIORT
            </Anchor>
            <Group component="nav" aria-label="Public" gap="lg">
              <Anchor component={Link} to="/self-check" fw={600}>
                Self-check
              </Anchor>
              <Anchor component={Link} to="/signin" fw={600}>
                Staff sign in
              </Anchor>
            </Group>
          </Group>
        </Container>
      </Box>
      <Box component="main" id="main" tabIndex={-1}>
        <Outlet />
      </Box>
      <Box component="footer" py="lg">
        <Container size="lg">
          <Text size="sm" c="gray.7">
            OpenIORT is open-source software for hospital IORT programs. The information on these
            pages is general and is not medical advice.
          </Text>
        </Container>
      </Box>
    </>
  );
}
