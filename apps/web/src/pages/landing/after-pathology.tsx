import { Text } from '@mantine/core';
import { Cite, Section } from './section.tsx';

export function AfterPathology() {
  return (
    <Section id="after-pathology" title="When the final results change the plan">
      <Text maw={760} mb="sm">
        After the operation, a pathologist examines the removed tissue closely. Now and then this
        final report finds something that could not be seen before surgery, such as a lobular type
        of cancer or cancer in several lymph nodes. The team then usually recommends a course of
        whole-breast radiation once the breast has healed, on top of the IORT already given. Trials
        call this the “risk-adapted” approach.
      </Text>
      <Text maw={760} mb="sm">
        In the TARGIT-A trial, 15.2% of the women who received IORT (239 of 1,571) also went on to
        have whole-breast radiation. Among those whose IORT was given during the lumpectomy itself,
        the share was 21.6%.
        <Cite>TARGIT-A trial, Lancet 2014</Cite> The trial’s lead investigator gives 15–20% as the
        usual range.
      </Text>
      <Text maw={760}>
        When it is needed, whole-breast radiation after IORT typically adds 15 to 25 treatment
        visits over 3 to 5 weeks.
      </Text>
    </Section>
  );
}
