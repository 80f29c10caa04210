/*
 * The controller's per-dwell log as a CSV file (issue 13: the times "entered (or imported as
 * CSV)"). The format is OpenIORT's own, since no vendor export format is documented in the
 * references: a header row naming a column `dwell` (1-based dwell number in plan order) and a
 * column `timeS` (seconds delivered), other columns ignored; `,`, `;` or tab as the delimiter
 * (the header decides); a decimal comma when the delimiter is `;` or tab (spreadsheets in many
 * locales write it). Pure: text in, times or line-numbered problems out.
 */

/** At most this many dwell rows (far above any balloon plan's dwells). OpenIORT's own bound. */
export const CONTROLLER_LOG_MAX_ROWS = 200;
/** At most this many bytes of UTF-8 text. OpenIORT's own bound. */
export const CONTROLLER_LOG_MAX_BYTES = 64 * 1024;
/**
 * At most this many seconds at one dwell: an IORT delivery takes about 10 minutes (PRODUCT.md),
 * so an hour at one dwell is a unit slip (ms?). OpenIORT's own bound.
 */
export const CONTROLLER_MAX_DWELL_TIME_S = 3600;

export interface ControllerLogProblem {
  /** 1-based line of the file, or null for the file as a whole. */
  line: number | null;
  /** The column concerned ('dwell', 'timeS'), when there is one. */
  column?: 'dwell' | 'timeS';
  /** Human text, starting with the line ("line 4: timeS must be …"). */
  message: string;
}

export type ControllerLogParse =
  | { ok: true; controllerTimesS: number[]; delimiter: ',' | ';' | '\t' }
  | { ok: false; problems: ControllerLogProblem[] };

/** No more problems than this are listed; a wrong file would otherwise list every line. */
const MAX_PROBLEMS = 20;

function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

const unquote = (cell: string) => {
  const trimmed = cell.trim();
  return trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')
    ? trimmed.slice(1, -1).trim()
    : trimmed;
};

const fileProblem = (message: string): ControllerLogParse => ({
  ok: false,
  problems: [{ line: null, message }],
});

/** Parses the controller log; every problem names its line (and column). */
export function parseControllerLogCsv(text: string): ControllerLogParse {
  if (utf8Bytes(text) > CONTROLLER_LOG_MAX_BYTES)
    return fileProblem(
      `The file is larger than ${String(CONTROLLER_LOG_MAX_BYTES / 1024)} KB; a controller log of one delivery is far smaller.`,
    );
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  const headerLine = lines[headerIndex];
  if (headerIndex < 0 || headerLine === undefined)
    return fileProblem(
      'The file is empty: it needs a header row naming the columns dwell and timeS.',
    );
  const delimiter = headerLine.includes('\t') ? '\t' : headerLine.includes(';') ? ';' : ',';
  const header = headerLine.split(delimiter).map((c) => unquote(c).toLowerCase());
  const headerNo = headerIndex + 1;
  const problems: ControllerLogProblem[] = [];
  const columnOf = (name: 'dwell' | 'timeS') => {
    const at = header.flatMap((c, i) => (c === name.toLowerCase() ? [i] : []));
    if (at.length !== 1)
      problems.push({
        line: headerNo,
        column: name,
        message: `line ${String(headerNo)}: the header row must name the column ${name} exactly once (found ${String(at.length)})`,
      });
    return at[0] ?? -1;
  };
  const dwellCol = columnOf('dwell');
  const timeCol = columnOf('timeS');
  if (problems.length > 0) return { ok: false, problems };

  const number = delimiter === ',' ? /^\d+(\.\d+)?$/ : /^\d+([.,]\d+)?$/;
  const byDwell = new Map<number, { line: number; timeS: number }>();
  let rows = 0;
  const add = (line: number, column: 'dwell' | 'timeS' | undefined, what: string) => {
    problems.push({
      line,
      ...(column === undefined ? {} : { column }),
      message: `line ${String(line)}: ${what}`,
    });
  };
  for (let i = headerIndex + 1; i < lines.length && problems.length < MAX_PROBLEMS; i += 1) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '') continue;
    const line = i + 1;
    rows += 1;
    if (rows > CONTROLLER_LOG_MAX_ROWS) {
      add(line, undefined, `more than ${String(CONTROLLER_LOG_MAX_ROWS)} dwell rows`);
      break;
    }
    const cells = raw.split(delimiter).map(unquote);
    // A row wider or narrower than the header would shift the columns: with a comma delimiter,
    // "1,10,5" is most likely 10.5 s written with a decimal comma, never dwell 1 at 10 s.
    if (cells.length !== header.length) {
      add(
        line,
        undefined,
        `has ${String(cells.length)} cells but the header has ${String(header.length)}${
          delimiter === ',' ? ' (a decimal comma needs ; or tab as the delimiter)' : ''
        }`,
      );
      continue;
    }
    const dwellText = cells[dwellCol] ?? '';
    const timeText = cells[timeCol] ?? '';
    const dwell = /^\d{1,4}$/.test(dwellText) ? Number(dwellText) : NaN;
    const dwellOk = Number.isInteger(dwell) && dwell >= 1 && dwell <= CONTROLLER_LOG_MAX_ROWS;
    if (!dwellOk)
      add(
        line,
        'dwell',
        `dwell must be a whole dwell number from 1 to ${String(CONTROLLER_LOG_MAX_ROWS)} (found "${dwellText.slice(0, 20)}")`,
      );
    const timeS = number.test(timeText) ? Number(timeText.replace(',', '.')) : NaN;
    if (!Number.isFinite(timeS))
      add(
        line,
        'timeS',
        `timeS must be a number of seconds ≥ 0 (found "${timeText.slice(0, 20)}")`,
      );
    else if (timeS > CONTROLLER_MAX_DWELL_TIME_S)
      add(
        line,
        'timeS',
        `timeS must be at most ${String(CONTROLLER_MAX_DWELL_TIME_S)} s at one dwell`,
      );
    if (!dwellOk || !Number.isFinite(timeS)) continue;
    const earlier = byDwell.get(dwell);
    if (earlier !== undefined)
      add(
        line,
        'dwell',
        `dwell ${String(dwell)} appears twice (first on line ${String(earlier.line)})`,
      );
    else byDwell.set(dwell, { line, timeS });
  }
  if (problems.length === 0 && byDwell.size === 0)
    return fileProblem('The file has a header row but no dwell rows.');
  if (problems.length > 0) return { ok: false, problems };
  const highest = Math.max(...byDwell.keys());
  const missing: ControllerLogProblem[] = [];
  for (let dwell = 1; dwell <= highest && missing.length < MAX_PROBLEMS; dwell += 1)
    if (!byDwell.has(dwell))
      missing.push({
        line: null,
        column: 'dwell',
        message: `dwell ${String(dwell)} is missing (the dwells must be numbered 1 to ${String(highest)} without gaps)`,
      });
  if (missing.length > 0) return { ok: false, problems: missing };
  const controllerTimesS = [...byDwell.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row.timeS);
  return { ok: true, controllerTimesS, delimiter };
}
