import { Anchor, Container, Text, Title } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../components/use-page-title.ts';

/** Any address that names no page. */
export function NotFoundPage() {
  usePageTitle('Page not found');
  const { pathname } = useLocation();
  const inApp = pathname.startsWith('/app');
  return (
    <Container size="sm" py={48}>
      <Title order={1} mb="md">
        Page not found
      </Title>
      <Text mb="md">
        There is no page at <code>{pathname}</code>. The link may be mistyped or out of date.
      </Text>
      <Anchor component={Link} to={inApp ? '/app/patients' : '/'}>
        {inApp ? 'Go to the patient list' : 'Go to the OpenIORT home page'}
      </Anchor>
    </Container>
  );
}
