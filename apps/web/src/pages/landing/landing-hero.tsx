import { Alert, Box, Button, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

const FACTS = [
  { value: '1', label: 'dose, given during surgery' },
  { value: '≈10 min', label: 'to deliver the dose' },
  { value: '≈30 min', label: 'added to the operation' },
];

export function LandingHero() {
  return (
    <Box py="xl">
      <Title order={1} mb="md" maw={760}>
        Radiation therapy during breast-cancer surgery
      </Title>
      <Text size="lg" maw={760} mb="lg">
        Intraoperative radiation therapy (IORT) treats early breast cancer with radiation in the
        operating room, straight after the surgeon removes the tumour. For some people, this single
        treatment takes the place of several weeks of radiation appointments after surgery.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} maw={760} mb="lg">
        {FACTS.map((fact) => (
          <Paper key={fact.label} withBorder p="md">
            <Text fz={28} fw={700} c="blue.9">
              {fact.value}
            </Text>
            <Text size="sm">{fact.label}</Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Alert color="blue" title="General information, not medical advice" maw={760}>
        This page explains IORT in general terms for patients and for clinicians who refer them. It
        cannot say whether IORT is right for a particular person. That decision is made with your
        own care team, who know the details of your diagnosis.
      </Alert>
      <Button component={Link} to="/self-check" size="md" mt="lg">
        Could IORT be an option for me? Take the self-check
      </Button>
    </Box>
  );
}
