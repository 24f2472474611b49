/**
 * `node`/`nodes` resolve any global ID. Type-level authScopes guard each field of an object, but not
 * `__typename`, so without this an anonymous caller could learn that a hidden profile or a draft
 * opening exists. Types with object-level rules register them here, and an object the caller may
 * not see resolves as null, exactly like an ID that matches nothing.
 */
import type { Context } from '../app/context.js';

type Check = (node: never, ctx: Context) => boolean | Promise<boolean>;
const checks = new Map<string, Check>();

export function registerNodeVisibility<T>(typename: string, check: (node: T, ctx: Context) => boolean | Promise<boolean>): void {
  checks.set(typename, check as Check);
}

export async function visibleNode<T>(typename: string, node: T | null | undefined, ctx: Context): Promise<T | null> {
  if (node == null) return null;
  const check = checks.get(typename);
  return !check || (await check(node as never, ctx)) ? node : null;
}
