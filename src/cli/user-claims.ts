import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Claim } from '../core/claim.js';
import { defineClaim } from '../core/claim.js';
import { InputError } from '../core/errors.js';
import type { ClaimRegistry } from '../core/registry.js';

/**
 * Load a user's claims module (`--claims FILE.js`): an ES module exporting `claims`
 * (an array) or a default array of claims built with `defineClaim`. They join the registry.
 */
export async function loadUserClaims(file: string, registry: ClaimRegistry, cwd: string): Promise<Claim[]> {
  const path = resolve(cwd, file);
  if (!existsSync(path)) throw new InputError('TC1013', `--claims: file '${file}' does not exist; expected an ES module exporting 'claims'`);
  let mod: { claims?: unknown; default?: unknown };
  try {
    mod = (await import(pathToFileURL(path).href)) as typeof mod;
  } catch (e) {
    throw new InputError('TC1013', `--claims: cannot load '${file}': ${String((e as Error).message).split('\n')[0]}`);
  }
  const list = mod.claims ?? mod.default;
  if (!Array.isArray(list)) {
    throw new InputError('TC1013', `--claims: '${file}' exports no 'claims' array; expected \`export const claims = [defineClaim({...})]\``);
  }
  const claims = list.map((c) => defineClaim(c as Claim));
  for (const c of claims) registry.register(c);
  return claims;
}
