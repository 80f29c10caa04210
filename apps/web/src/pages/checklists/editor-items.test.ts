import { describe, expect, it } from 'vitest';
import { moved, slugOf, templateToSave } from './editor-items.ts';

describe('checklist editor items', () => {
  it('keeps ids of existing items and makes unique ids for new ones', () => {
    const template = templateToSave(
      { key: 'iort-time-out', title: 'T', when: 'W', items: [] },
      'IORT time-out',
      'Before beam-on',
      [
        { key: 1, id: 'patient-and-side', text: 'Patient and side', passOver: 'never' },
        { key: 2, id: '', text: 'Patient and side!', passOver: 'with-reason' },
        { key: 3, id: '', text: 'Café crème — ready?', passOver: 'with-reason' },
        { key: 4, id: '', text: '???', passOver: 'never' },
      ],
    );
    expect(template.items.map((i) => i.id)).toEqual([
      'patient-and-side',
      'patient-and-side-2',
      'cafe-creme-ready',
      'item',
    ]);
    expect(template).toMatchObject({
      key: 'iort-time-out',
      title: 'IORT time-out',
      when: 'Before beam-on',
    });
  });

  it('cuts long slugs without a trailing hyphen', () => {
    expect(slugOf('a'.repeat(49) + ' b c')).toBe('a'.repeat(49));
  });

  it('moves an item up or down, never out of the list', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
  });
});
