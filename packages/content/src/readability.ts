/**
 * Flesch–Kincaid grade level for English patient text, with our own syllable counter (no
 * dependency): grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 * The counter follows the usual English rules of thumb and is meant for a whole text, where its
 * small errors on single words average out.
 */

/** Vowel pairs that are usually two syllables ("ra-di-a-tion", "sit-u-a-tion"). */
const SPLIT_PAIRS = /ia|io(?!n)|iu|ua|uo|oa(?=\w*[^s]$)|ie(?=t)/g;

export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w === '') return 0;
  if (w.length <= 3) return 1;
  let count = (w.match(/[aeiouy]+/g) ?? []).length;
  count += (w.match(SPLIT_PAIRS) ?? []).length;
  // A silent final e ("surgery" keeps its y; "tube", "dose" lose the e), but not "-le" ("table").
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) count -= 1;
  // "-es" and "-ed" add no syllable except after s, x, z, ch, sh (es) or t, d (ed).
  if (/[^aeiouy]es$/.test(w) && !/(s|x|z|ch|sh|c|g)es$/.test(w)) count -= 1;
  if (/[^aeiouy]ed$/.test(w) && !/[td]ed$/.test(w)) count -= 1;
  return Math.max(1, count);
}

export interface ReadabilityStats {
  sentences: number;
  words: number;
  syllables: number;
  grade: number;
}

/** Placeholders read as a short number; names in capitals are read as one word. */
function words(text: string): string[] {
  return text
    .replace(/\{\{[^}]+\}\}/g, 'ten')
    .split(/[\s–—/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}

/** Sentences of one string; a string without end punctuation (a label, a list item) is one. */
function sentenceCount(text: string): number {
  const ends = text.match(/[.!?:;](\s|$)/g)?.length ?? 0;
  return Math.max(1, ends + (/[.!?:;]\s*$/.test(text) ? 0 : 1));
}

/** Flesch–Kincaid over several strings taken together as one text. */
export function fleschKincaid(texts: readonly string[]): ReadabilityStats {
  let sentences = 0;
  let wordCount = 0;
  let syllables = 0;
  for (const text of texts) {
    const list = words(text);
    if (list.length === 0) continue;
    sentences += sentenceCount(text);
    wordCount += list.length;
    for (const word of list) {
      syllables += /\d/.test(word) ? 1 : countSyllables(word);
    }
  }
  const grade =
    wordCount === 0 ? 0 : 0.39 * (wordCount / sentences) + 11.8 * (syllables / wordCount) - 15.59;
  return { sentences, words: wordCount, syllables, grade };
}
