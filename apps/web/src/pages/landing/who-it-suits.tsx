import { List, Text } from '@mantine/core';
import { Cite, Section } from './section.tsx';

export function WhoItSuits() {
  return (
    <Section id="who-it-suits" title="Who IORT usually suits">
      <Text maw={760} mb="sm">
        IORT is meant for small, early-stage cancers with a low risk of coming back. The program
        starts from these criteria; someone may be a good candidate when all of them apply:
      </Text>
      <List spacing="xs" maw={760} mb="md">
        <List.Item>older than 60;</List.Item>
        <List.Item>
          the cancer is invasive ductal carcinoma, or ductal carcinoma in situ (DCIS);
        </List.Item>
        <List.Item>the tumour is smaller than 3 cm;</List.Item>
        <List.Item>no BRCA1 or BRCA2 gene mutation;</List.Item>
        <List.Item>the cancer has not spread to the lymph nodes.</List.Item>
      </List>
      <Text maw={760} mb="sm">
        Meeting these points does not by itself mean IORT is offered. A team that includes the
        breast surgeon, a medical oncologist and a radiation oncologist looks at each case and
        discusses the options with the patient.
      </Text>
      <Text maw={760} c="gray.8">
        For referring clinicians: published guidance does not all draw the lines in the same place.
        The age limit above matches the “suitable” group of the 2009 ASTRO consensus statement and
        is stricter than its 2017 update (50 or older). The 2017 update also advises that low-energy
        X-ray IORT be reserved for invasive cancers and given within a prospective registry or
        clinical trial, which bears on patients with DCIS.
        <Cite>ASTRO APBI consensus statements, 2009 and 2017</Cite>
      </Text>
    </Section>
  );
}
