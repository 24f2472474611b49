/**
 * The O*NET ↔ ESCO bridge, when the project has one: deriveBridge (src/import/bridge.ts, or the
 * src/import/bridge/ folder) on the official files read by its own readBridgeInput, with the
 * benchmark's evaluation occupations held out of its co-occurrence evidence, so the links are
 * never fitted on the pairs they are tested on. Loaded by a dynamic import: while the module is
 * missing the cross-scheme runs go without links, and the report says why.
 */
import path from 'node:path';
import { optionalModule, type Equivalence } from './neighbours.js';

interface BridgeLinkLike {
  from: { scheme: string; code: string };
  to: { scheme: string; code: string };
  strength: number;
}
type DeriveBridge = (
  input: unknown,
  options: { holdOut?: Iterable<string> },
) => { method?: string; links: BridgeLinkLike[]; stats?: Record<string, number> };
type ReadBridgeInput = (onetDir: string, escoDir: string) => Promise<unknown>;

export interface Bridge {
  available: boolean;
  note: string;
  links: Equivalence[];
  method: string | null;
  stats: Record<string, number> | null;
  heldOut: number;
  ms: number;
}

const ENTRY_POINTS = ['../../src/import/bridge.js', '../../src/import/bridge/index.js', '../../src/import/bridge/derive.js'];

async function loadFunctions(): Promise<{ derive: DeriveBridge | null; read: ReadBridgeInput | null; note: string }> {
  const notes: string[] = [];
  for (const spec of ENTRY_POINTS) {
    const { module, error } = await optionalModule(spec);
    if (!module) {
      notes.push(error ?? spec);
      continue;
    }
    const derive = typeof module.deriveBridge === 'function' ? (module.deriveBridge as DeriveBridge) : null;
    let read = typeof module.readBridgeInput === 'function' ? (module.readBridgeInput as ReadBridgeInput) : null;
    if (!read) {
      const r = await optionalModule('../../src/import/bridge/read.js');
      if (r.module && typeof r.module.readBridgeInput === 'function') read = r.module.readBridgeInput as ReadBridgeInput;
    }
    const where = spec.replace(/^(\.\.\/)+/, '').replace(/\.js$/, '.ts');
    if (!derive) return { derive: null, read, note: `${where} exports no deriveBridge` };
    if (!read) return { derive, read: null, note: `${where}: no readBridgeInput to read the official files with` };
    return { derive, read, note: `deriveBridge from ${where}` };
  }
  return { derive: null, read: null, note: `no bridge module (${notes.join('; ')})` };
}

export interface BridgeSource {
  note: string;
  /** Links with `holdOut` (O*NET-SOC codes and ESCO occupation URIs) kept out of the evidence. */
  derive(holdOut: readonly string[]): Bridge;
}

/** Finds the bridge and reads its input once (the same for every seed); derive() per hold-out. */
export async function openBridge(dataDir: string): Promise<BridgeSource> {
  const { derive, read, note } = await loadFunctions();
  const none = (why: string, heldOut: number): Bridge => ({
    available: false,
    note: why,
    links: [],
    method: null,
    stats: null,
    heldOut,
    ms: 0,
  });
  if (!derive || !read) return { note, derive: (holdOut) => none(note, holdOut.length) };
  let input: unknown;
  try {
    input = await read(path.join(dataDir, 'onet-29.0'), path.join(dataDir, 'esco-1.1.1'));
  } catch (error) {
    const why = `${note}: reading its input failed: ${(error as Error).message.split('\n')[0]}`;
    return { note: why, derive: (holdOut) => none(why, holdOut.length) };
  }
  return {
    note,
    derive(holdOut) {
      const t = performance.now();
      try {
        const result = derive(input, { holdOut });
        const links = result.links.map((l) => ({
          fromId: `${l.from.scheme}:${l.from.code}`,
          toId: `${l.to.scheme}:${l.to.code}`,
          strength: l.strength,
        }));
        return {
          available: true,
          note,
          links,
          method: result.method ?? null,
          stats: result.stats ?? null,
          heldOut: holdOut.length,
          ms: performance.now() - t,
        };
      } catch (error) {
        return none(`${note} failed: ${(error as Error).message.split('\n')[0]}`, holdOut.length);
      }
    },
  };
}
