/**
 * Skill search for people typing: every word of the query must start a word of the skill's
 * name or one of its alternative labels. Ranked: exact name, name prefix, word matches in the
 * name, then matches only in alternative labels; shorter names first, then by name and ID so
 * the order is total and pages are stable.
 */

/** Lower-case, accents folded, punctuation to spaces, framed by spaces: " python computer programming ". */
export function normalizeForSearch(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#]+/g, ' ')
    .trim();
  return folded ? ` ${folded} ` : '';
}

/** The stored search column of a skill: its name and alternative labels, normalized. */
export function skillSearchText(name: string, altLabels: readonly string[]): string {
  return [name, ...altLabels].map(normalizeForSearch).join('|');
}

/** Query words, normalized; empty when nothing searchable is left. */
export function searchWords(query: string): string[] {
  return normalizeForSearch(query).trim().split(' ').filter(Boolean).slice(0, 8);
}

/** Escapes LIKE wildcards so user input matches literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
