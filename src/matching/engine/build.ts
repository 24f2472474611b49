/**
 * Building and compacting the arena of a PostingStore (postings.ts): both lay every term's
 * postings out contiguously, sorted by doc, and snapshot each term's prevalence.
 */
import { grownInt32, grownUint8, MAX_SKILLS, PostingStore, skillCode, type IndexedProfile } from './postings.js';

/**
 * Builds a store from profiles in one read of the iterable (which may be a stream): the postings
 * are buffered per doc (term, code), counted per term, then placed by counting sort. Duplicate
 * skills in a profile keep the highest level and trust; a duplicate profile id is an error.
 */
export function buildStore(profiles: Iterable<IndexedProfile>): PostingStore {
  const store = new PostingStore();
  let terms = new Int32Array(1 << 16);
  let levels = new Uint8Array(1 << 16);
  let docEnd = new Int32Array(1 << 10);
  let counts = new Int32Array(1 << 10);
  let lastDoc = new Int32Array(1 << 10).fill(-1);
  let n = 0;
  let len = 0;
  for (const p of profiles) {
    if (store.docOf.has(p.id)) throw new Error(`duplicate profile id ${p.id}`);
    const doc = n++;
    store.idOf.push(p.id);
    store.docOf.set(p.id, doc);
    if (p.attributes) store.attrs.set(doc, p.attributes);
    const start = len;
    for (const s of p.skills) {
      const code = skillCode(p.id, s);
      let t = store.termOf.get(s.skillId);
      if (t === undefined) {
        t = store.addTerm(s.skillId);
        counts = grownInt32(counts, t + 1);
        lastDoc = grownInt32(lastDoc, t + 1, -1);
      }
      if (lastDoc[t] === doc) {
        // A duplicate skill keeps the higher level and the higher trust.
        for (let i = start; i < len; i++) if (terms[i] === t) levels[i] = skillCode(p.id, s, levels[i]);
        continue;
      }
      lastDoc[t] = doc;
      if (len === terms.length) {
        terms = grownInt32(terms, len + 1);
        levels = grownUint8(levels, len + 1);
      }
      terms[len] = t;
      levels[len++] = code;
      counts[t]!++;
    }
    if (len - start > MAX_SKILLS) throw new RangeError(`profile ${p.id}: more than ${MAX_SKILLS} skills`);
    docEnd = grownInt32(docEnd, n);
    docEnd[doc] = len;
  }
  const T = store.termIds.length;
  const off = new Int32Array(T + 1);
  for (let t = 0; t < T; t++) off[t + 1] = off[t]! + counts[t]!;
  const cursor = off.slice(0, T);
  const adocs = new Int32Array(len);
  const alevels = new Uint8Array(len);
  // Docs in ascending order, so every term's postings come out sorted by doc.
  store.ensureDocCapacity(n);
  let i = 0;
  for (let doc = 0; doc < n; doc++) {
    const end = docEnd[doc]!;
    store.docLen[doc] = end - i;
    for (; i < end; i++) {
      const pos = cursor[terms[i]!]!++;
      adocs[pos] = doc;
      alevels[pos] = levels[i]!;
    }
  }
  store.nDocs = n;
  store.arenaTerms = T;
  store.arenaOff = off;
  store.arenaDocs = adocs;
  store.arenaLevels = alevels;
  store.livePostings = store.arenaPostings = len;
  store.snapshotPrevalence(counts.subarray(0, T), n);
  return store;
}

/** Rebuilds the arena from the live postings (arena + delta), renumbering docs densely. */
export function compactStore(store: PostingStore): void {
  const n = store.nDocs;
  const newOf = new Int32Array(n);
  let live = 0;
  for (let d = 0; d < n; d++) newOf[d] = store.deleted[d] ? -1 : live++;
  const T = store.termIds.length;
  const off = new Int32Array(T + 1);
  for (let t = 0; t < T; t++) {
    let c = 0;
    for (const seg of store.segments(t)) for (let i = seg.start; i < seg.end; i++) if (newOf[seg.docs[i]!]! >= 0) c++;
    off[t + 1] = off[t]! + c;
  }
  const total = off[T]!;
  const adocs = new Int32Array(total);
  const alevels = new Uint8Array(total);
  for (let t = 0; t < T; t++) {
    let pos = off[t]!;
    // Arena before delta, both sorted, and the renumbering keeps order: still sorted.
    for (const seg of store.segments(t)) {
      for (let i = seg.start; i < seg.end; i++) {
        const nd = newOf[seg.docs[i]!]!;
        if (nd < 0) continue;
        adocs[pos] = nd;
        alevels[pos++] = seg.levels[i]!;
      }
    }
  }
  const idOf: string[] = new Array<string>(live);
  const docOf = new Map<string, number>();
  const docLen = new Uint16Array(Math.max(16, live));
  for (let d = 0; d < n; d++) {
    const nd = newOf[d]!;
    if (nd < 0) continue;
    const id = store.idOf[d]!;
    idOf[nd] = id;
    docOf.set(id, nd);
    docLen[nd] = store.docLen[d]!;
  }
  store.idOf = idOf;
  store.docOf = docOf;
  store.attrs.remap(newOf, live);
  store.nDocs = live;
  store.docLen = docLen;
  store.deleted = new Uint8Array(docLen.length);
  store.arenaTerms = T;
  store.arenaOff = off;
  store.arenaDocs = adocs;
  store.arenaLevels = alevels;
  store.delta = [];
  store.arenaPostings = store.livePostings = total;
  store.deltaPostings = 0;
  store.deadPostings = 0;
  const df = new Int32Array(T);
  for (let t = 0; t < T; t++) df[t] = off[t + 1]! - off[t]!;
  store.snapshotPrevalence(df, live);
}
