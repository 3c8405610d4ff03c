import { areaOf, type Claim } from './claim.js';
import { ClaimDefinitionError, UsageError } from './errors.js';

/** One explicit registry of claims. Duplicate ids throw. */
export class ClaimRegistry {
  private readonly byId = new Map<string, Claim>();

  constructor(claims: readonly Claim[] = []) {
    for (const c of claims) this.register(c);
  }

  register(claim: Claim): void {
    if (this.byId.has(claim.id)) {
      throw new ClaimDefinitionError('TC2001', `duplicate claim id '${claim.id}'`);
    }
    this.byId.set(claim.id, claim);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): Claim {
    const c = this.byId.get(id);
    if (!c) {
      throw new UsageError('TC1001', `unknown claim id '${id}'; expected one of the ids from 'theorycheck list'${suggest(id, [...this.byId.keys()])}`);
    }
    return c;
  }

  list(area?: string): Claim[] {
    const all = [...this.byId.values()];
    return area ? all.filter((c) => areaOf(c.id) === area) : all;
  }

  areas(): string[] {
    return [...new Set(this.list().map((c) => areaOf(c.id)))];
  }

  /**
   * Resolve ids and globs ('vc.*', 'vc.halfspace.*', exact ids) in registry order.
   * No pattern means every claim. A pattern that matches nothing is a usage error.
   */
  select(patterns: readonly string[]): Claim[] {
    if (patterns.length === 0) return this.list();
    const chosen = new Set<string>();
    for (const p of patterns) {
      const re = globToRegExp(p);
      const hits = this.list().filter((c) => re.test(c.id));
      if (hits.length === 0) {
        throw new UsageError('TC1001', `unknown claim id or pattern '${p}'; expected an id or glob matching 'theorycheck list'${suggest(p, [...this.byId.keys()])}`);
      }
      for (const h of hits) chosen.add(h.id);
    }
    return this.list().filter((c) => chosen.has(c.id));
  }
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`);
}

function suggest(bad: string, ids: string[]): string {
  const prefix = bad.split('.')[0] ?? '';
  const near = ids.filter((id) => id.startsWith(prefix + '.')).slice(0, 3);
  return near.length ? ` (e.g. ${near.join(', ')})` : '';
}
