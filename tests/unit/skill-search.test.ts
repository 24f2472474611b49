import { describe, expect, it } from 'vitest';
import { escapeLike, normalizeForSearch, searchWords, skillSearchText } from '../../src/modules/openings/search-text.js';

describe('skill search normalization', () => {
  it('folds case, accents and punctuation into space-framed words', () => {
    expect(normalizeForSearch('Café-Management (Advanced)')).toBe(' cafe management advanced ');
    expect(normalizeForSearch('C++ / C#')).toBe(' c++ c# ');
    expect(normalizeForSearch('  ')).toBe('');
  });

  it('keeps the name as the first part of the stored text', () => {
    expect(skillSearchText('Python', ['Python (computer programming)'])).toBe(' python | python computer programming ');
  });

  it('splits queries into at most 8 words', () => {
    expect(searchWords('Data  analysis, SQL')).toEqual(['data', 'analysis', 'sql']);
    expect(searchWords('a b c d e f g h i j')).toHaveLength(8);
    expect(searchWords('%%')).toEqual([]);
  });

  it('escapes LIKE wildcards', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});
