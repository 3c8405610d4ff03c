import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../core/rng.js';
import { gcnnLayout, type GcnnArch, type GcnnLayout } from '../../theory/vc/gcnn-arch.js';
import type { ShatterFamily } from '../shattering/family.js';
import { gcnnForward64WithMagnitude, type GroupFunction, type Padding } from './gcnn-exact.js';
import { GcnnProgram } from './gcnn.js';

/**
 * The GCNN class on a fixed set of input functions, as a shattering family: tfjs scores for
 * training, the float64 forward pass for acceptance, He-style initialisation, and the
 * complement by negating the read-out (v, b_0) → (−v, −b_0), which negates every score.
 */
export class GcnnFamily implements ShatterFamily {
  readonly name: string;
  readonly numParams: number;
  readonly numPoints: number;
  readonly layout: GcnnLayout;
  readonly gradMask?: Float32Array;
  private readonly program: GcnnProgram;

  constructor(
    readonly arch: GcnnArch,
    readonly inputs: readonly GroupFunction[],
    opts: { padding?: Padding; gradMask?: Float32Array; name?: string; fixed?: ArrayLike<number> } = {},
  ) {
    this.padding = opts.padding ?? 'circular';
    this.program = new GcnnProgram(arch, inputs, this.padding);
    this.layout = gcnnLayout(arch);
    this.numParams = this.layout.size;
    this.numPoints = inputs.length;
    this.name = opts.name ?? 'gcnn';
    this.fixed = opts.fixed;
    if (opts.gradMask) this.gradMask = opts.gradMask;
    else this.negate = (theta, offset) => this.negateReadout(theta, offset);
  }

  readonly padding: Padding;
  /** Values of the parameters that the grad mask freezes (copied into every initial θ). */
  private readonly fixed: ArrayLike<number> | undefined;

  scores(theta: tf.Tensor2D): tf.Tensor2D {
    return this.program.scores(theta);
  }

  init(count: number, rng: Rng): Float32Array {
    const W = this.numParams;
    const out = new Float32Array(count * W);
    const s = this.arch.taps.length;
    const r = this.arch.r;
    const cL = this.arch.channels[this.arch.channels.length - 1]!;
    for (let k = 0; k < count; k++) {
      const base = k * W;
      for (const layer of this.layout.layers) {
        const std = Math.sqrt(2 / (s * layer.cin));
        for (let q = 0; q < s * layer.cin * layer.cout; q++) out[base + layer.weights + q] = rng.normal(0, std);
        for (let o = 0; o < layer.cout; o++) out[base + layer.biases + o] = rng.normal(0, 0.1);
      }
      for (let c = 0; c < cL; c++) out[base + this.layout.readout + c] = rng.normal(0, 1 / Math.sqrt(r * cL));
      out[base + this.layout.bias0] = 0;
      if (this.fixed && this.gradMask) {
        for (let q = 0; q < W; q++) if (this.gradMask[q] === 0) out[base + q] = this.fixed[q]!;
      }
    }
    return out;
  }

  /** Float64 scores moved towards 0 by 1e-12 × the pass's magnitude (far above its rounding), so an accepted margin is a margin of the exact network. */
  exactScores(theta: ArrayLike<number>, offset: number): number[] {
    return this.inputs.map((f) => {
      const { value, magnitude } = gcnnForward64WithMagnitude(this.arch, theta, f, this.padding, offset);
      return Math.sign(value) * Math.max(0, Math.abs(value) - 1e-12 * magnitude);
    });
  }

  /** Absent when parameters are frozen: the negated read-out would leave the frozen class. */
  readonly negate?: (theta: ArrayLike<number>, offset: number) => Float32Array;

  private negateReadout(theta: ArrayLike<number>, offset: number): Float32Array {
    const out = Float32Array.from({ length: this.numParams }, (_, q) => theta[offset + q]!);
    const cL = this.arch.channels[this.arch.channels.length - 1]!;
    for (let c = 0; c <= cL; c++) out[this.layout.readout + c] = -out[this.layout.readout + c]!; // v and b_0 are adjacent
    return out;
  }

  dispose(): void {
    this.program.dispose();
  }
}
