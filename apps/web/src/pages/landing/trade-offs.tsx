import { List, SimpleGrid, Text, Title } from '@mantine/core';
import { Cite, Section } from './section.tsx';

export function TradeOffs() {
  return (
    <Section id="trade-offs" title="The trade-offs, honestly">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <div>
          <Title order={3} size="h4" mb="xs">
            What IORT can offer
          </Title>
          <List spacing="sm">
            <List.Item>
              For most patients, radiation is finished on the day of surgery. Standard whole-breast
              radiation instead means a series of appointments, from 5 visits in one week to 25 or
              more over 5 to 6 weeks, depending on the schedule.
              <Cite>FAST-Forward and START trials</Cite>
            </List.Item>
            <List.Item>
              The radiation is aimed at a small area around the tumour site rather than the whole
              breast.
            </List.Item>
            <List.Item>
              Late hardening of the breast tissue (fibrosis) can be less common. At one German
              centre, it was seen at 3 years in 5.9% of women after IORT alone, compared with 18.4%
              after whole-breast radiation.
              <Cite>TARGIT patients, Mannheim; Sperk et al. 2012</Cite>
            </List.Item>
          </List>
        </div>
        <div>
          <Title order={3} size="h4" mb="xs">
            What to weigh against it
          </Title>
          <List spacing="sm">
            <List.Item>
              The cancer is somewhat more likely to come back in the same breast. Five years after
              treatment, it had returned in 2.11% of women given IORT at lumpectomy, compared with
              0.95% after whole-breast radiation (24 of 1,140 against 11 of 1,158). The trial had
              set in advance how large a difference would still count as acceptable, and this
              difference stayed within that limit.
              <Cite>TARGIT-A trial, BMJ 2020</Cite>
            </List.Item>
            <List.Item>
              With a different IORT method that uses electrons, the gap widened over time: 4.2% at 5
              years, 8.1% at 10 years and 12.6% at 15 years after IORT, against 0.5% at 5 years and
              1.1% at 10 years after whole-breast radiation.
              <Cite>ELIOT trial, Lancet Oncology 2021</Cite>
            </List.Item>
            <List.Item>
              The 2023 ASTRO guideline on partial-breast radiation states that IORT alone is linked
              with more recurrences in the same breast than whole-breast radiation.
            </List.Item>
            <List.Item>
              About 15–20% of patients still need whole-breast radiation afterwards, when the final
              pathology shows risk features.
              <Cite>TARGIT-A</Cite>
            </List.Item>
            <List.Item>
              A fluid collection (seroma) at the surgical site is more frequent after IORT, though
              uncommon with either treatment. A firm area around the treated site usually settles
              within 18 to 24 months.
              <Cite>TARGIT surgical guidance</Cite>
            </List.Item>
            <List.Item>
              Wound problems serious enough to need another operation occurred in 10 of 408 patients
              (under 2.5%) in one large series of low-energy IORT.
              <Cite>Berger et al. 2024</Cite>
            </List.Item>
          </List>
        </div>
      </SimpleGrid>
      <Text maw={760} mt="lg">
        Survival did not differ in the trials: TARGIT-A found no significant difference in deaths
        from breast cancer, and ELIOT found no difference in overall survival. The randomised
        evidence for low-energy X-ray IORT comes from TARGIT-A, which used a different applicator
        from the balloon described here; published recurrence results of five years or more for the
        balloon system itself were not found when this page was written.
      </Text>
    </Section>
  );
}
