import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { RULE_SET_IDS, type RuleSetResult } from '@openiort/guidelines';
import { describe, expect, it } from 'vitest';
import { PREOPERATIVE_FACTS, criteriaInput } from './candidacy-fixtures.ts';
import { runCliCaptured, scratchDir } from './cli-io.ts';

const BIN = fileURLToPath(new URL('../bin/openiort.js', import.meta.url));

interface Answer {
  results: RuleSetResult[];
}

const programDefault = (answer: Answer) =>
  answer.results.find((r) => r.ruleset === 'program-default');

describe('openiort eligibility', () => {
  const scratch = scratchDir('openiort-eligibility-');
  const file = scratch.write;
  // No DATABASE_URL: the command must not need a database.
  const run = (args: string[], input = '') => runCliCaptured(['eligibility', ...args], {}, input);

  it('evaluates one facts object from a file against every rule set', async () => {
    const result = await run([file('one.json', PREOPERATIVE_FACTS)]);
    expect(result).toMatchObject({ code: 0, err: '' });
    const answer = JSON.parse(result.out) as Answer;
    expect(Object.keys(answer)).toEqual(['results']);
    expect(answer.results.map((r) => r.ruleset)).toEqual([...RULE_SET_IDS]);
    expect(programDefault(answer)).toMatchObject({ version: 'default-1', category: 'candidate' });
  });

  it('answers an array with an array, exit 0 whatever the categories', async () => {
    const younger = { ...PREOPERATIVE_FACTS, ageYears: 52 };
    const result = await run([file('many.json', [PREOPERATIVE_FACTS, younger, {}])]);
    expect(result.code).toBe(0);
    const answers = JSON.parse(result.out) as Answer[];
    expect(answers).toHaveLength(3);
    expect(answers.map((a) => programDefault(a)?.category)).toEqual([
      'candidate',
      'not-candidate',
      'indeterminate',
    ]);
  });

  it('reads stdin for "-"', async () => {
    const result = await run(['-'], JSON.stringify(PREOPERATIVE_FACTS));
    expect(result.code).toBe(0);
    expect(programDefault(JSON.parse(result.out) as Answer)?.category).toBe('candidate');
  });

  it('exits 2 on text that is not JSON, or a file that cannot be read', async () => {
    const bad = await run(['-'], '{"ageYears": 67,');
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(bad.err).toMatch(/stdin is not valid JSON/);
    const missing = await run([scratch.path('absent.json')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/cannot read .*absent\.json/);
  });

  it('exits 2 naming each bad field and what is allowed, with the index for arrays', async () => {
    const one = await run([file('bad.json', { ageYears: 'sixty', histology: 'ductal' })]);
    expect(one.code).toBe(2);
    expect(one.out).toBe('');
    expect(one.err).toMatch(/^ageYears: must be a whole number \(years\)$/m);

    const many = await run([
      file('bad-many.json', [PREOPERATIVE_FACTS, { ageYears: 200, grade: 4 }, 'text']),
    ]);
    expect(many.code).toBe(2);
    expect(many.err).toMatch(/^\[1\]\.ageYears: must be from 0 to 120 years$/m);
    expect(many.err).toMatch(/^\[1\]\.grade: must be from 1 to 3/m);
    expect(many.err).toMatch(/^\[2\]: must be a JSON object/m);
    expect(many.err).not.toMatch(/\[0\]/);
  });

  it('applies program criteria from --program, and refuses bad ones', async () => {
    const younger = file('younger.json', { ...PREOPERATIVE_FACTS, ageYears: 55 });
    const criteria = file('criteria.json', criteriaInput({ minAgeExclusiveYears: 50 }));
    const result = await run([younger, '--program', criteria]);
    expect(result.code).toBe(0);
    expect(programDefault(JSON.parse(result.out) as Answer)).toMatchObject({
      version: 'custom',
      category: 'candidate',
    });
    const named = file('named.json', {
      ...criteriaInput({ minAgeExclusiveYears: 50 }),
      version: 'v7',
    });
    const withVersion = await run([younger, '--program', named]);
    expect(programDefault(JSON.parse(withVersion.out) as Answer)?.version).toBe('v7');

    const bad = await run([
      younger,
      '--program',
      file('bad-criteria.json', criteriaInput({ minAgeExclusiveYears: 5 })),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^--program minAgeExclusiveYears: must be a number from 18 to 100$/m);
  });

  it('shows how to call it when the file is missing', async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Usage: npx openiort eligibility FILE\|-/);
  });

  it('runs as the real executable, reading stdin', () => {
    const child = spawnSync(process.execPath, [BIN, 'eligibility', '-'], {
      input: JSON.stringify([PREOPERATIVE_FACTS]),
      encoding: 'utf8',
      // A DATABASE_URL the server would refuse: the command never reads it.
      env: { ...process.env, DATABASE_URL: 'mysql://not-a-supported-database' },
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const answers = JSON.parse(child.stdout) as Answer[];
    expect(programDefault(answers[0] ?? { results: [] })?.category).toBe('candidate');
  });
});
