import type { GcnnArch } from '../../theory/vc/gcnn-arch.js';
import { trainHinge, type TrainableFamily, type TrainOptions, type TrainResult } from './batched-trainer.js';
import { fusedParamCount, fusedUnsupported, type FusedArch } from '../../gpu/fused/arch.js';
import { FusedBatch } from '../../gpu/fused/batch.js';
import { fusedUnavailable } from '../../gpu/fused/module.js';
import type { FusedProblem } from '../../gpu/fused/train-hinge.js';
import { trainHingeFused } from '../../gpu/fused/train-hinge.js';

/**
 * The integration hook for the batched trainers: `trainHingeAuto` has trainHinge's exact
 * signature and semantics and runs the fused WebAssembly kernel when the family is one the
 * kernel implements, the generic tfjs path otherwise. A family qualifies when it exposes
 * its architecture and shared inputs as GcnnFamily does (`arch`, `inputs`, optional
 * `padding`): every C_r-GCNN of gcnn-arch.ts, and MLPs written as r = 1, taps [0]. When the
 * family also has `exactScores`, the fused forward pass of the first model is checked
 * against it before training, so a family whose `arch` means something else falls back.
 * THEORYCHECK_FUSED=0 forces the generic path.
 */
interface DescribedFamily extends TrainableFamily {
  arch?: GcnnArch;
  inputs?: readonly ArrayLike<number>[];
  padding?: 'circular' | 'zero';
  exactScores?(theta: ArrayLike<number>, offset: number): number[];
}

/** The fused problem of a family, or the reason there is none. */
export function fusedProblemOf(family: TrainableFamily): { problem: FusedProblem } | { why: string } {
  if (process.env.THEORYCHECK_FUSED === '0') return { why: 'THEORYCHECK_FUSED=0' };
  const f = family as DescribedFamily;
  if (!f.arch || !f.inputs) return { why: 'the family does not describe a GCNN/MLP architecture (no arch/inputs)' };
  const arch: FusedArch = { r: f.arch.r, taps: [...f.arch.taps], channels: [...f.arch.channels], padding: f.padding ?? 'circular' };
  const why = fusedUnavailable() ?? fusedUnsupported(arch);
  if (why) return { why };
  if (fusedParamCount(arch) !== family.numParams || f.inputs.length !== family.numPoints) return { why: 'the family\'s sizes differ from its architecture\'s' };
  if (f.inputs.some((x) => x.length !== arch.r * arch.channels[0]!)) return { why: 'inputs are not functions on C_r with c_0 channels' };
  return { problem: { arch, inputs: f.inputs } };
}

/** Which engine trained: the fused kernel (and where it ran) or tfjs (with the reason the fused kernel was not used). */
export type TrainEngine = { engine: 'fused'; runtime: string } | { engine: 'tfjs'; why: string };

/** trainHinge, on the fused kernel when the family has one (see above). */
export function trainHingeAuto(family: TrainableFamily, theta0: Float32Array, labels: Float32Array, opts: TrainOptions): TrainResult & TrainEngine {
  const found = fusedProblemOf(family);
  if ('problem' in found) {
    const mismatch = checkForward(family as DescribedFamily, found.problem, theta0);
    if (!mismatch) return { ...trainHingeFused(found.problem, theta0, labels, opts), engine: 'fused' };
    return { ...trainHinge(family, theta0, labels, opts), engine: 'tfjs', why: mismatch };
  }
  return { ...trainHinge(family, theta0, labels, opts), engine: 'tfjs', why: found.why };
}

/** Compare the fused scores of model 0 with the family's exact forward pass; null when they agree. */
function checkForward(family: DescribedFamily, problem: FusedProblem, theta0: Float32Array): string | null {
  if (!family.exactScores || theta0.length < family.numParams) return null;
  const batch = new FusedBatch(problem.arch, problem.inputs, 1);
  batch.load(theta0.subarray(0, family.numParams), new Float32Array(family.numPoints), 1);
  const got = batch.scores();
  const want = family.exactScores(theta0, 0);
  for (let i = 0; i < want.length; i++) {
    if (!(Math.abs(got[i]! - want[i]!) <= 1e-4 * (1 + Math.abs(want[i]!)))) return `fused forward pass disagrees with the family's exact scores (point ${i}: ${got[i]} vs ${want[i]})`;
  }
  return null;
}
