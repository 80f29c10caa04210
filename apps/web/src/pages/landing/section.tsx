import { Box, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled section of the landing page, labelled by its heading. */
export function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Box component="section" aria-labelledby={id} py="lg">
      <Title order={2} id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Box>
  );
}

/** A source named next to a figure. */
export function Cite({ children }: { children: ReactNode }) {
  return (
    <Box component="span" c="gray.7" fz="sm">
      {' '}
      ({children})
    </Box>
  );
}
