/**
 * Fused training kernels (native/wasm/fused.c compiled to WebAssembly SIMD, embedded as
 * base64): forward, summed loss, backward and Adam for batches of small independent models
 * (C_r-GCNNs and ReLU MLPs) in one call per step, several times faster than the generic
 * tfjs path and than PyTorch on one thread (bench/RESULTS.md).
 */
export { encodeArch, fusedMacsPerPoint, fusedParamCount, fusedUnsupported, mlpArch, FUSED_LIMITS, type FusedArch, type FusedLoss } from './arch.js';
export { FusedBatch, type FusedAdam, type FusedPath } from './batch.js';
export { fusedUnavailable, KERNELS_WASM_SHA256, type FusedRuntime } from './module.js';
export { nativeIsa, nativeUnavailable } from './native.js';
export { referenceGradient, referenceScore, referenceStep, type ReferencePrecision, type ReferenceState } from './reference.js';
export { fusedUnavailableFor, trainHingeFused, type FusedProblem } from './train-hinge.js';
export { convUnsupported, FusedConvNet, type ConvParams, type ConvShape } from './conv.js';
