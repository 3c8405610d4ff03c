/** Disjoint sets over 0..n−1 with path halving and union by size. */
export class UnionFind {
  private readonly parent: number[];
  private readonly size: number[];

  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
    this.size = new Array<number>(n).fill(1);
  }

  find(i: number): number {
    let x = i;
    while (this.parent[x] !== x) {
      const p = this.parent[x]!;
      this.parent[x] = this.parent[p]!;
      x = p;
    }
    return x;
  }

  /** Merge the sets of a and b; false if they were already one. */
  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return false;
    if (this.size[ra]! < this.size[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.size[ra]! += this.size[rb]!;
    return true;
  }

  /** Class labels numbered by first occurrence. */
  labels(): number[] {
    const ids = new Map<number, number>();
    return this.parent.map((_, i) => {
      const r = this.find(i);
      if (!ids.has(r)) ids.set(r, ids.size);
      return ids.get(r)!;
    });
  }
}
