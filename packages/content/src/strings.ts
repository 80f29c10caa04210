/** A tree of translated strings, as i18next reads it (plural keys end in _one, _few, _many, _other). */
export interface Strings {
  [key: string]: string | Strings;
}

/** Every leaf of a string tree as "a.b.c" → text. */
export function flattenStrings(tree: Strings, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') flat.set(path, value);
    else for (const [k, v] of flattenStrings(value, path)) flat.set(k, v);
  }
  return flat;
}
