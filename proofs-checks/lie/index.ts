import type { Claim } from '../../src/core/claim.js';
import { bracketAxioms } from './bracket-axioms.claim.js';
import { closureNonClosedSpans } from './closure-non-closed-spans.claim.js';
import { closureStandardAlgebras } from './closure-standard-algebras.claim.js';
import { expOneParameterGroup } from './exp-one-parameter-group.claim.js';
import { killingCartanCriterion } from './killing-cartan-criterion.claim.js';
import { lieDerivativeDiscreteVsContinuous } from './lie-derivative-discrete-vs-continuous.claim.js';
import { lieggDepthWidthTrend } from './liegg-depth-width-trend.claim.js';
import { lieggExactInvariantNullspace } from './liegg-exact-invariant-nullspace.claim.js';
import { lieggLearnedSpanClosed } from './liegg-learned-span-closed.claim.js';
import { lieggLieDerivativeIdentity } from './liegg-lie-derivative-identity.claim.js';
import { lieggRecoversSo2Images } from './liegg-recovers-so2-images.claim.js';
import { lieggRecoversSo5 } from './liegg-recovers-so5.claim.js';

/** The lie area, in report order. */
export const lieClaims: readonly Claim[] = [
  bracketAxioms,
  closureStandardAlgebras,
  closureNonClosedSpans,
  killingCartanCriterion,
  expOneParameterGroup,
  lieggExactInvariantNullspace,
  lieggLieDerivativeIdentity,
  lieggRecoversSo5,
  lieggRecoversSo2Images,
  lieggLearnedSpanClosed,
  lieggDepthWidthTrend,
  lieDerivativeDiscreteVsContinuous,
];
