/**
 * Partitions of a finite list of items, as class labels 0..c−1 (first occurrence order).
 * Used to compare an oracle's identification classes with a measured census.
 */

/** Labels from keys: items with equal keys share a class. */
export function partitionFromKeys(keys: readonly string[]): number[] {
  const ids = new Map<string, number>();
  return keys.map((k) => {
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size;
      ids.set(k, id);
    }
    return id;
  });
}

/** Relabel so that classes are numbered by first occurrence (a canonical form). */
export function canonicalLabels(labels: readonly number[]): number[] {
  return partitionFromKeys(labels.map(String));
}

/** Number of classes. */
export function classCount(labels: readonly number[]): number {
  return new Set(labels).size;
}

/** Whether two labelings describe the same partition. */
export function samePartition(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  const ca = canonicalLabels(a);
  const cb = canonicalLabels(b);
  return ca.every((v, i) => v === cb[i]);
}

/** Whether `fine` refines `coarse`: same class in fine ⇒ same class in coarse. */
export function refines(fine: readonly number[], coarse: readonly number[]): boolean {
  const image = new Map<number, number>();
  return fine.every((f, i) => {
    const c = coarse[i]!;
    const seen = image.get(f);
    if (seen === undefined) image.set(f, c);
    return seen === undefined || seen === c;
  });
}

/** Pairs (i < j) placed in different classes (the "separated" pairs). */
export function separatedPairs(labels: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) if (labels[i] !== labels[j]) out.push([i, j]);
  return out;
}

/** Number of pairs on which two partitions disagree (same class in one, different in the other). */
export function disagreements(a: readonly number[], b: readonly number[]): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) if ((a[i] === a[j]) !== (b[i] === b[j])) d++;
  return d;
}
