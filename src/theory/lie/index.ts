/** Exact matrix Lie algebras over the rationals, and the float64 matrix exponential. */
export { bracketAxiomResiduals, maxAbsEntry, type AxiomResiduals, type BracketFn } from './axioms.js';
export { algebraNameTeX, analysisToTeX, analyzeLieAlgebra, bracketTableTeX, type LieAnalysis } from './analyze.js';
export { checkClosure, generatedAlgebra, type ClosureReport, type MissingBracket } from './closure.js';
export { addF, detF, expm, identityF, matMulF, normF, rotation2, scaleF, transposeF, type Mat } from './expm.js';
export { identify, identifyAbstract, matchStandardSpan, type Identification } from './identify.js';
export { formRank, inertia, killingForm, type Inertia } from './killing.js';
export { bracket, combination, combinationToTeX, commonSize, frobenius, isSkew, isZeroMatrix, matrixToTeX, squareSize, toFloat, toStrings, transposeOf } from './matrices.js';
export { centerDimension, derivedSeries, isNilpotent, isSolvable, lowerCentralSeries, type Series } from './series.js';
export { inverse, MatrixSpan } from './span.js';
export { aff2, gl, se2, sim2, sl, so, so3Basis, standardAlgebra, standardCandidates, strictlyUpper, upperTriangular, type StandardAlgebra, type StandardFamily } from './standard.js';
export { adjoint, jacobiResidual, nonZeroConstants, structureConstants, type StructureConstants } from './structure.js';
