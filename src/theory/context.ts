import type { TheoryContext } from '../core/claim.js';
import { createCas } from './cas/cas.js';

/** The context a claim's symbolic side receives (one CAS instance per run). */
export function createTheoryContext(): TheoryContext {
  return { cas: createCas() };
}
