import { describe, expect, it } from 'vitest';
import { pathInLanguage } from './switch-language.ts';

describe('pathInLanguage', () => {
  it('puts the language first and keeps the page and its query', () => {
    expect(pathInLanguage('/', '', 'es')).toBe('/es');
    expect(pathInLanguage('/self-check', '?lang=fr', 'fr')).toBe('/fr/self-check');
    expect(pathInLanguage('/es/comparison', '?a=1&lang=es', 'ru')).toBe('/ru/comparison?a=1');
    expect(pathInLanguage('/de', '', 'en')).toBe('/en');
  });
});
