import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTROLLER_LOG_MAX_BYTES,
  CONTROLLER_LOG_MAX_ROWS,
  parseControllerLogCsv,
  type ControllerLogParse,
} from '../../src/index.ts';

const messages = (parsed: ControllerLogParse) =>
  parsed.ok ? [] : parsed.problems.map((p) => p.message);

describe('parseControllerLogCsv', () => {
  it('reads a comma file in dwell order, with extra columns ignored', () => {
    const parsed = parseControllerLogCsv('position,dwell,timeS\n1.0,2,120.5\n0.5,1,99\n');
    expect(parsed).toEqual({ ok: true, controllerTimesS: [99, 120.5], delimiter: ',' });
  });

  it('accepts a BOM, CRLF, blank lines, quotes, and the header in any case', () => {
    const parsed = parseControllerLogCsv(
      '\uFEFF\r\n"Dwell","TIMES"\r\n\r\n1,10\r\n  \r\n2,"20.25"\r\n',
    );
    expect(parsed).toEqual({ ok: true, controllerTimesS: [10, 20.25], delimiter: ',' });
  });

  it('accepts a decimal comma with ; or tab as the delimiter', () => {
    expect(parseControllerLogCsv('dwell;timeS\n1;10,5\n2;7\n')).toEqual({
      ok: true,
      controllerTimesS: [10.5, 7],
      delimiter: ';',
    });
    expect(parseControllerLogCsv('dwell\ttimeS\n1\t3,25\n')).toEqual({
      ok: true,
      controllerTimesS: [3.25],
      delimiter: '\t',
    });
  });

  it('names the line and column of a bad time, and explains a decimal comma in a comma file', () => {
    const parsed = parseControllerLogCsv('dwell,timeS\n1,10\n2,11\n3,-4\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      {
        line: 4,
        column: 'timeS',
        message: 'line 4: timeS must be a number of seconds ≥ 0 (found "-4")',
      },
    ]);
    // A decimal comma in a comma file would shift the columns: refused, never read as 10 s.
    for (const row of ['1,10,5', '1,"10,5"'])
      expect(messages(parseControllerLogCsv(`dwell,timeS\n${row}\n`))).toEqual([
        'line 2: has 3 cells but the header has 2 (a decimal comma needs ; or tab as the delimiter)',
      ]);
    expect(messages(parseControllerLogCsv('dwell,timeS\n1,1e3\n'))[0]).toMatch(/^line 2: timeS/);
    expect(messages(parseControllerLogCsv('dwell,timeS\n1,5000\n'))).toEqual([
      'line 2: timeS must be at most 3600 s at one dwell',
    ]);
  });

  it('refuses bad dwell numbers, duplicates and gaps', () => {
    expect(messages(parseControllerLogCsv('dwell,timeS\n0,1\n1.5,2\nx,3\n'))).toEqual([
      'line 2: dwell must be a whole dwell number from 1 to 200 (found "0")',
      'line 3: dwell must be a whole dwell number from 1 to 200 (found "1.5")',
      'line 4: dwell must be a whole dwell number from 1 to 200 (found "x")',
    ]);
    expect(messages(parseControllerLogCsv('dwell,timeS\n1,1\n2,2\n1,3\n'))).toEqual([
      'line 4: dwell 1 appears twice (first on line 2)',
    ]);
    expect(messages(parseControllerLogCsv('dwell,timeS\n1,1\n4,2\n'))).toEqual([
      'dwell 2 is missing (the dwells must be numbered 1 to 4 without gaps)',
      'dwell 3 is missing (the dwells must be numbered 1 to 4 without gaps)',
    ]);
    expect(messages(parseControllerLogCsv('dwell,timeS\n1\n'))).toEqual([
      'line 2: has 1 cells but the header has 2 (a decimal comma needs ; or tab as the delimiter)',
    ]);
    expect(messages(parseControllerLogCsv('dwell;timeS\n1;\n'))).toEqual([
      'line 2: timeS must be a number of seconds ≥ 0 (found "")',
    ]);
  });

  it('requires a header with both columns once, and at least one row', () => {
    expect(messages(parseControllerLogCsv(''))[0]).toMatch(/empty/);
    expect(messages(parseControllerLogCsv('1,10\n2,20\n'))).toEqual([
      'line 1: the header row must name the column dwell exactly once (found 0)',
      'line 1: the header row must name the column timeS exactly once (found 0)',
    ]);
    expect(messages(parseControllerLogCsv('dwell,timeS,timeS\n1,1,1\n'))[0]).toMatch(
      /timeS exactly once \(found 2\)/,
    );
    expect(messages(parseControllerLogCsv('dwell,timeS\n\n'))[0]).toMatch(/no dwell rows/);
  });

  it('refuses more than 200 rows and more than 64 KB', () => {
    const rows = Array.from(
      { length: CONTROLLER_LOG_MAX_ROWS + 1 },
      (_, i) => `${String(i + 1)},1`,
    );
    expect(messages(parseControllerLogCsv(`dwell,timeS\n${rows.join('\n')}\n`))).toEqual([
      'line 202: more than 200 dwell rows',
    ]);
    const exactly = rows.slice(0, CONTROLLER_LOG_MAX_ROWS).join('\n');
    expect(parseControllerLogCsv(`dwell,timeS\n${exactly}`).ok).toBe(true);
    const big = `dwell,timeS,note\n1,1,${'x'.repeat(CONTROLLER_LOG_MAX_BYTES)}\n`;
    expect(messages(parseControllerLogCsv(big))[0]).toMatch(/larger than 64 KB/);
    // Multi-byte characters count as their UTF-8 bytes.
    const wide = `dwell,timeS,note\n1,1,${'é'.repeat(CONTROLLER_LOG_MAX_BYTES / 2)}\n`;
    expect(messages(parseControllerLogCsv(wide))[0]).toMatch(/larger than 64 KB/);
  });

  it('lists at most 20 problems for a wholly wrong file', () => {
    const rows = Array.from({ length: 100 }, () => 'a,b').join('\n');
    const parsed = parseControllerLogCsv(`dwell,timeS\n${rows}`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.length).toBeLessThanOrEqual(21);
  });

  it('property: any hostile text returns a result, never throws; problems name a line or the file', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (text) => {
        const parsed = parseControllerLogCsv(text);
        if (parsed.ok) {
          expect(parsed.controllerTimesS.every((t) => Number.isFinite(t) && t >= 0)).toBe(true);
        } else {
          expect(parsed.problems.length).toBeGreaterThan(0);
          for (const p of parsed.problems)
            if (p.line !== null)
              expect(p.message.startsWith(`line ${String(p.line)}: `)).toBe(true);
        }
      }),
    );
  });

  it('property: a written log round-trips through any delimiter', () => {
    const times = fc.array(
      fc.integer({ min: 0, max: 360_000 }).map((c) => c / 100),
      {
        minLength: 1,
        maxLength: 40,
      },
    );
    fc.assert(
      fc.property(times, fc.constantFrom(',', ';', '\t'), fc.boolean(), (ts, d, crlf) => {
        const decimal = (t: number) => (d === ',' ? String(t) : String(t).replace('.', ','));
        const body = ts.map((t, i) => `${String(i + 1)}${d}${decimal(t)}`);
        const text = [`dwell${d}timeS`, ...body].join(crlf ? '\r\n' : '\n');
        expect(parseControllerLogCsv(text)).toEqual({
          ok: true,
          controllerTimesS: ts,
          delimiter: d,
        });
      }),
    );
  });
});
