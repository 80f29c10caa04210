/**
 * Spellings of one request path that a router may treat as the same route while a check on the
 * URL text would not: percent-encoded letters (each letter of the /api prefix alone, the whole
 * prefix, every letter in upper- and lower-case hex), letter case, doubled slashes, dot
 * segments (plain and encoded), a trailing slash, an absolute-form target, double encoding.
 */
const hex = (c: string, upper: boolean) => {
  const h = c.charCodeAt(0).toString(16).padStart(2, '0');
  return `%${upper ? h.toUpperCase() : h}`;
};

/** Percent-encodes the letters of `text` for which `pick` says so. */
const encodeLetters = (text: string, upper: boolean, pick: (i: number) => boolean) =>
  text
    .split('')
    .map((c, i) => (/[a-z]/i.test(c) && pick(i) ? hex(c, upper) : c))
    .join('');

export function pathVariants(path: string): { label: string; url: string }[] {
  if (!path.startsWith('/api/')) throw new Error(`not an API path: ${path}`);
  const rest = path.slice('/api'.length); // "/users"
  const variants: { label: string; url: string }[] = [{ label: 'canonical', url: path }];
  for (let i = 0; i < 3; i += 1) {
    const prefix = encodeLetters('api', false, (j) => j === i);
    variants.push({
      label: `encoded letter ${String(i + 1)} of the prefix`,
      url: `/${prefix}${rest}`,
    });
  }
  variants.push(
    { label: 'encoded prefix', url: `/${encodeLetters('api', false, () => true)}${rest}` },
    { label: 'every letter, upper-case hex', url: encodeLetters(path, true, () => true) },
    { label: 'every letter, lower-case hex', url: encodeLetters(path, false, () => true) },
    { label: 'upper-case prefix', url: `/API${rest}` },
    { label: 'upper-case path', url: path.toUpperCase() },
    { label: 'doubled leading slash', url: `/${path}` },
    { label: 'doubled inner slash', url: `/api/${rest}` },
    { label: 'dot segment', url: `/api/.${rest}` },
    { label: 'encoded dot segment', url: `/api/%2e${rest}` },
    { label: 'encoded slash', url: `/api%2F${rest.slice(1)}` },
    { label: 'parent segment', url: `/x/..${path}` },
    { label: 'trailing slash', url: `${path}/` },
    { label: 'absolute-form target', url: `http://localhost:80${path}` },
    { label: 'double encoding', url: `/%2561pi${rest}` },
    { label: 'double-encoded slash', url: `/api%252F${rest.slice(1)}` },
  );
  // Paths without hex letters spell the same in both cases of hex: keep each spelling once.
  return variants.filter((v, i) => variants.findIndex((w) => w.url === v.url) === i);
}
