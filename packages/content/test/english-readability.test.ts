import { describe, expect, it } from 'vitest';
import { sourceVersion } from '../src/content.ts';
import { fleschKincaid } from '../src/readability.ts';
import { flattenStrings } from '../src/strings.ts';

/** Patient content: what a patient reads on the public pages (not the staff sign-in link). */
const PATIENT_SECTIONS = [
  'landing',
  'comparison',
  'selfCheck',
  'criteria',
  'privacy',
  'notice',
  'notFound',
  'handout',
];

function section(name: string): string[] {
  return [...flattenStrings(sourceVersion().content)]
    .filter(([key]) => key.startsWith(`${name}.`))
    .map(([, text]) => text);
}

describe('English patient content reads at grade 8 or below (Flesch–Kincaid)', () => {
  it('over all patient strings together', () => {
    const all = PATIENT_SECTIONS.flatMap(section);
    const stats = fleschKincaid(all);
    expect(stats.words).toBeGreaterThan(1500);
    expect(stats.grade).toBeLessThanOrEqual(8);
  });

  it.each(PATIENT_SECTIONS)('%s on its own', (name) => {
    expect(fleschKincaid(section(name)).grade).toBeLessThanOrEqual(8);
  });
});
