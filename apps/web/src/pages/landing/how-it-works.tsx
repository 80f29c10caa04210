import { List } from '@mantine/core';
import { Cite, Section } from './section.tsx';

export function HowItWorks() {
  return (
    <Section id="how-it-works" title="What happens during IORT">
      <List type="ordered" spacing="sm" maw={760}>
        <List.Item>
          During a lumpectomy (surgery that keeps the breast), the surgeon first takes out the
          tumour.
        </List.Item>
        <List.Item>
          The radiation oncologist places a soft, temporary balloon in the space left behind and
          fills it with saline (sterile salt water).
        </List.Item>
        <List.Item>
          A miniature X-ray source, working at a low energy of 50 kilovolts, is passed into a thin
          tube in the middle of the balloon. Because the source is inside the breast, the radiation
          goes mostly to a small area of tissue around the space where the tumour was, rather than
          to the whole breast.
        </List.Item>
        <List.Item>
          Together with a medical physicist, the radiation oncologist gives a single dose, typically
          20 Gy (gray, the unit of radiation dose) measured at the surface of the balloon. Giving
          the dose takes about 10 minutes.
          <Cite>
            20 Gy at the applicator surface was the dose in the TARGIT-A trial; a multicentre study
            of 243 women treated with balloon IORT reported an average of 10.2 minutes
          </Cite>
        </List.Item>
        <List.Item>
          The balloon is removed and the surgeon completes the operation. Overall, IORT makes the
          surgery about 30 minutes longer.
          <Cite>program patient information</Cite>
        </List.Item>
      </List>
    </Section>
  );
}
