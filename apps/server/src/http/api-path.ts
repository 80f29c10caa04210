/**
 * Whether a raw request target names something under /api, however it is spelled. Only the
 * not-found handler asks this (to answer problem+json instead of the web client's HTML shell):
 * access decisions are made from the matched route, never from the URL text.
 */

/** Enough rounds to undo double and triple percent-encoding; more is not a path a browser sends. */
const MAX_DECODE_ROUNDS = 4;

function decodeRepeatedly(text: string): string {
  let current = text;
  for (let round = 0; round < MAX_DECODE_ROUNDS; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return current;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** The path of an origin-form ("/x?y") or absolute-form ("http://h/x?y") request target. */
function pathOfTarget(target: string): string {
  const withoutQuery = target.split(/[?#]/, 1)[0] ?? '';
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(withoutQuery);
  return absolute === null ? withoutQuery : withoutQuery.slice(absolute[0].length) || '/';
}

/** RFC 3986 §5.2.4 dot-segment removal over segments, with empty segments dropped ("//" = "/"). */
function normalisedSegments(path: string): string[] {
  const out: string[] = [];
  for (const segment of path.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop();
    else out.push(segment);
  }
  return out;
}

export function isApiLikeTarget(target: string): boolean {
  const segments = normalisedSegments(decodeRepeatedly(pathOfTarget(target)));
  return segments[0]?.trim().toLowerCase() === 'api';
}
