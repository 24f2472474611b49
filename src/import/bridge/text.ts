/**
 * Text side of the bridge: normalised, lightly stemmed tokens; one TF-IDF vector per skill built
 * from weighted fields (label above alternative labels above description); cosine similarity
 * through an inverted index over tokens, so only pairs sharing a token are ever scored.
 */

/** Words that carry no meaning of their own in skill labels and descriptions. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been being but by can could do does e eg etc for from has have how i ie if in into is it its ' +
    'may more most not of on one or other others such than that the their them then there these they this those to ' +
    'under up upon us use used using via was we were what when where which while who whom why will with within without ' +
    'would you your all any both each few many much own same so some very also including include includes e.g i.e ' +
    'various variety different related order according well like'
  ).split(/\s+/),
);

/**
 * British spellings to American ones (ESCO writes British English, O*NET American), applied to
 * both sides alike: analyse/analyze, organise/organize, colour/color, centre/center,
 * programme/program, modelling/modeling, catalogue/catalog, paediatric/pediatric.
 */
export function americanize(word: string): string {
  let w = word;
  if (w.length < 5) return w;
  if (w === 'programme' || w === 'programmes') return 'program';
  if (w === 'licence' || w === 'licences') return 'license';
  if (w === 'defence' || w === 'offence') return `${w.slice(0, -2)}se`;
  if (w === 'ageing') return 'aging';
  w = w.replace(/^practis/, 'practic');
  w = w.replace(/^(.{2,})ys(e|es|ed|ing|er|ers)$/, '$1yz$2');
  w = w.replace(/^(.{2,})is(e|es|ed|ing|ation|ations|er|ers)$/, '$1iz$2');
  if (w.length >= 6 && !/(hour|tour|four|pour|sour|flour)s?$/.test(w))
    w = w.replace(/^(.{3,})our(s|ed|ing|ful|ite|ites)?$/, '$1or$2');
  w = w.replace(/^(.{3,})tre(s?)$/, '$1ter$2');
  w = w.replace(/^(.{3,})logue(s?)$/, '$1log$2');
  if (w.length >= 9) w = w.replace(/^(.{2,}el)l(ing|ed|er|ers)$/, '$1$2');
  return w
    .replace(/^(p|orthop|encyclop)aed/, '$1ed')
    .replace(/^haem/, 'hem')
    .replace(/^anaes/, 'anes')
    .replace(/^oes/, 'es');
}

/**
 * A light suffix stripper (not Porter): plurals, -ing, -ed, -ly, -al after -ic, doubled final
 * consonants, a final e. Enough for programs/programming/program, mathematics/mathematical, spreadsheets.
 */
export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ically')) w = w.slice(0, -4);
  else if (w.endsWith('ical')) w = w.slice(0, -2);
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4 && !w.endsWith('eed')) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('ic') && w.length > 5) w = w.slice(0, -2);
  // manage / managing / managed, analyze / analyzing: the final e goes too.
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|zz)$/.test(w) ? w.slice(0, -1) : w;
}

/** Word → token: the same few tens of thousands of words recur across both taxonomies. */
const normalised = new Map<string, string>();

/** Lower-case, accents folded, split on anything but letters, digits, + and #; stopwords dropped; American spelling; stemmed. */
export function tokens(text: string): string[] {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const out: string[] = [];
  for (const raw of folded.split(/[^a-z0-9+#]+/)) {
    if (!raw || STOPWORDS.has(raw) || (raw.length === 1 && !/[a-z0-9]/.test(raw))) continue;
    if (raw.length === 1 && /[a-z]/.test(raw)) continue;
    let t = normalised.get(raw);
    if (t === undefined) {
      t = stem(americanize(raw));
      normalised.set(raw, t);
    }
    out.push(t);
  }
  return out;
}

/** One weighted field of a document: its texts (a label, several alternative labels, a description). */
export interface Field {
  texts: readonly string[];
  weight: number;
}

/** A sparse unit vector: token ids ascending, weights. */
export interface Vector {
  ids: Uint32Array;
  weights: Float64Array;
}

export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly df: number[] = [];

  id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.df.length;
      this.ids.set(token, id);
      this.df.push(0);
    }
    return id;
  }

  get size(): number {
    return this.df.length;
  }
}

/** Token counts per field, before weighting; df counted once per document. */
export type Counted = Array<{ counts: Map<number, number>; weight: number }>;

export function countFields(vocab: Vocabulary, fields: readonly Field[], countDf = true): Counted {
  const seen = new Set<number>();
  const out: Counted = [];
  for (const f of fields) {
    const counts = new Map<number, number>();
    for (const text of f.texts)
      for (const t of tokens(text)) {
        const id = vocab.id(t);
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
    if (counts.size === 0 || f.weight <= 0) continue;
    for (const id of counts.keys()) seen.add(id);
    out.push({ counts, weight: f.weight });
  }
  if (countDf) for (const id of seen) vocab.df[id]! += 1;
  return out;
}

/**
 * Each field becomes a unit TF-IDF vector (sublinear tf: 1 + ln n), so a field with many words
 * (ESCO lists a hundred language names among "computer programming"'s labels) cannot drown the
 * label; the fields are then added with their weights and the sum normalised.
 */
export function vectorize(counted: Counted, idf: Float64Array): Vector {
  const sum = new Map<number, number>();
  for (const { counts, weight } of counted) {
    let norm = 0;
    const part: Array<[number, number]> = [];
    for (const [id, n] of counts) {
      const w = (1 + Math.log(n)) * idf[id]!;
      if (w > 0) {
        part.push([id, w]);
        norm += w * w;
      }
    }
    if (norm === 0) continue;
    const scale = weight / Math.sqrt(norm);
    for (const [id, w] of part) sum.set(id, (sum.get(id) ?? 0) + w * scale);
  }
  const entries = [...sum].sort((a, b) => a[0] - b[0]);
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0));
  return {
    ids: Uint32Array.from(entries.map(([id]) => id)),
    weights: Float64Array.from(entries.map(([, w]) => (norm > 0 ? w / norm : 0))),
  };
}

/** Inverse document frequency over all documents of both schemes: ln(1 + N / df). */
export function idfOf(vocab: Vocabulary, documents: number): Float64Array {
  const idf = new Float64Array(vocab.size);
  for (let i = 0; i < vocab.size; i++) idf[i] = Math.log(1 + documents / Math.max(1, vocab.df[i]!));
  return idf;
}

/**
 * Cosine similarities of every left vector with every right vector sharing a token, keeping
 * those at or above `floor`. Returns, per left index, [rightIndex, cosine] pairs in right order.
 */
export function similarities(
  left: readonly Vector[],
  right: readonly Vector[],
  vocabSize: number,
  floor: number,
): Array<Array<[number, number]>> {
  // Inverted index of the right side: token → postings (document, weight), documents ascending.
  const counts = new Uint32Array(vocabSize + 1);
  for (const v of right) for (const id of v.ids) counts[id + 1]! += 1;
  for (let i = 1; i <= vocabSize; i++) counts[i]! += counts[i - 1]!;
  const start = counts.slice();
  const docs = new Uint32Array(counts[vocabSize]!);
  const weights = new Float64Array(counts[vocabSize]!);
  right.forEach((v, d) => {
    for (let k = 0; k < v.ids.length; k++) {
      const at = start[v.ids[k]!]!++;
      docs[at] = d;
      weights[at] = v.weights[k]!;
    }
  });
  const acc = new Float64Array(right.length);
  const touched: number[] = [];
  return left.map((q) => {
    for (let k = 0; k < q.ids.length; k++) {
      const id = q.ids[k]!;
      const w = q.weights[k]!;
      for (let p = counts[id]!; p < counts[id + 1]!; p++) {
        const d = docs[p]!;
        if (acc[d] === 0) touched.push(d);
        acc[d]! += w * weights[p]!;
      }
    }
    const out: Array<[number, number]> = [];
    touched.sort((a, b) => a - b);
    for (const d of touched) {
      if (acc[d]! >= floor) out.push([d, Math.min(1, acc[d]!)]);
      acc[d] = 0;
    }
    touched.length = 0;
    return out;
  });
}
