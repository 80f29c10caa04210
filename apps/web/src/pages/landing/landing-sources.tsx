import { List, Text } from '@mantine/core';
import { Section } from './section.tsx';

const SOURCES = [
  'TARGIT-A: Vaidya JS et al. Lancet 2014;383:603–613, and BMJ 2020;370:m2836.',
  'ELIOT: Orecchia R et al. Lancet Oncology 2021;22:597–608.',
  'Balloon IORT multicentre study: 243 patients at 17 US hospitals, 20 Gy at the balloon surface.',
  'Sperk E et al. Breast Cancer Research and Treatment 2012;135:253–260 (late side effects).',
  'Berger L et al. Strahlentherapie und Onkologie 2024;200:276–286 (complications).',
  'FAST-Forward: Murray Brunt A et al. Lancet 2020;395:1613–1626. START-B: Haviland JS et al. Lancet Oncology 2013;14:1086–1094.',
  'ASTRO accelerated partial-breast irradiation consensus statements: Smith BD et al. 2009; Correa C et al. 2017. ASTRO partial-breast irradiation guideline: Shaitelman SF et al. 2024.',
];

export function LandingSources() {
  return (
    <Section id="sources" title="Sources">
      <Text size="sm" mb="xs" maw={760}>
        Figures on this page come from these publications. Percentages depend on who took part in
        each study and how long they were followed, so they may not match any one person’s risk.
      </Text>
      <List size="sm" spacing={4} maw={760}>
        {SOURCES.map((source) => (
          <List.Item key={source}>{source}</List.Item>
        ))}
      </List>
    </Section>
  );
}
