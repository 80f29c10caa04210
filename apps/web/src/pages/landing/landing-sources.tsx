import { PUBLIC_SOURCES } from '@openiort/content';
import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Section } from './section.tsx';

/** Citations stay as published (not translated); the words around them are. */
export function LandingSources() {
  const { t } = useTranslation();
  return (
    <Section id="sources" title={t('landing.sources.title')}>
      <Text size="sm" mb="xs" maw={760}>
        {t('landing.sources.intro')}
      </Text>
      <List size="sm" spacing={4} maw={760} lang="en">
        {PUBLIC_SOURCES.map((source) => (
          <List.Item key={source}>{source}</List.Item>
        ))}
      </List>
    </Section>
  );
}
