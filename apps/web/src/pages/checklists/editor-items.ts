import type { ChecklistItem, ChecklistTemplate, PassOverRule } from '@openiort/contract';

/** An item being edited: `id` is empty until the first save gives a new item its id. */
export interface EditableItem {
  key: number;
  id: string;
  text: string;
  passOver: PassOverRule;
  source?: string;
}

/** Lower-case words of the text joined by hyphens, at most 50 characters. */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKD')
    // Accents come apart under NFKD; drop the combining marks so "crème" gives "creme".
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '');
  return slug === '' ? 'item' : slug;
}

/**
 * The template to send: items keep their ids (answers name them across versions); a new item gets
 * an id made from its text, numbered when that id is taken.
 */
export function templateToSave(
  base: ChecklistTemplate,
  title: string,
  when: string,
  items: readonly EditableItem[],
): ChecklistTemplate {
  const taken = new Set(items.filter((i) => i.id !== '').map((i) => i.id));
  const saved: ChecklistItem[] = items.map((item) => {
    let id = item.id;
    if (id === '') {
      const stem = slugOf(item.text);
      id = stem;
      for (let n = 2; taken.has(id); n += 1) id = `${stem}-${String(n)}`;
      taken.add(id);
    }
    return {
      id,
      text: item.text,
      passOver: item.passOver,
      ...(item.source === undefined ? {} : { source: item.source }),
    };
  });
  return { key: base.key, title, when, items: saved };
}

/** Moves the item at `index` by `step` (−1 up, +1 down); out of range changes nothing. */
export function moved<T>(list: readonly T[], index: number, step: number): T[] {
  const target = index + step;
  if (target < 0 || target >= list.length) return [...list];
  const copy = [...list];
  const [item] = copy.splice(index, 1);
  if (item !== undefined) copy.splice(target, 0, item);
  return copy;
}
