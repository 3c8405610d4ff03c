import fc from 'fast-check';
import { defineClaim } from '../../src/core/claim.js';
import { holds, violated } from '../../src/core/verdict.js';
import { glyphDataset } from '../../src/empirical/data/glyphs.js';
import { createLieMlp } from '../../src/empirical/models/lie-mlp.js';
import { imageLieDerivativeAutodiff, imageLieDerivativeFD, lieDerivativeAutodiff, lieDerivativeFD } from '../../src/empirical/symmetry/lie-derivative.js';
import { vectorPolarization, type Polarization } from '../../src/empirical/symmetry/liegg.js';
import { imagePolarization } from '../../src/empirical/symmetry/liegg-images.js';
import { expm, scaleF } from '../../src/theory/lie/expm.js';
import { fmt } from './arbitraries.js';

/**
 * The LieGG ↔ Lie-derivative identity (research/invariance.md §1, §4.3, P4): row i of the
 * polarization matrix E paired with vec(A) is the Lie derivative of the model at x_i,
 * (E vec A)_i = L_A F(x_i) = d/dt F(exp(tA)x_i)|_0, and vec(A)ᵀ(EᵀE/N)vec(A) is the mean
 * squared Lie derivative. Checked against autodiff (∇F·Ax, same gradients: float64 summation
 * order only) and against central finite differences through the group action exp(±εA)
 * (vectors) or along the discretised image flow I ± ε v (images), on random untrained MLPs.
 */
interface Params {
  kind: 'vector' | 'image';
  /** n for vectors (generator n x n); the image size for images (generator 2 x 2 or 2 x 3). */
  n: number;
  vectors: number;
  outputs: number;
  width: number;
  /** The generator, row-major (n² or 4 or 6 entries). */
  A: number[];
  count: number;
}
interface Measured {
  /** ‖E vec A − L_A F (autodiff)‖ / ‖L_A F‖. */
  autodiff: number;
  /** ‖E vec A − L_A F (central differences)‖ / ‖L_A F‖. */
  fd: number;
  /** |vec(A)ᵀ G vec(A) − mean (L_A F)²| / mean (L_A F)². */
  gram: number;
  rms: number;
}

const EPS = 1e-2;

/** A non-zero generator with entries in {−1, −0.9, …, 1} (tiny doubles would test nothing but underflow). */
const generator = (len: number) =>
  fc.array(fc.integer({ min: -10, max: 10 }).map((k) => k / 10), { minLength: len, maxLength: len }).filter((a) => a.some((x) => x !== 0));
/** Autodiff and the Gram form reuse E's float32 gradients: only float64 summation order differs. */
const SAME_GRADIENTS = 1e-6;

function relDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < a.length; i++) {
    num += (a[i]! - b[i]!) ** 2;
    den += a[i]! ** 2;
  }
  return Math.sqrt(num / Math.max(den, 1e-300));
}

/** E vec(A), ordered sample-major [N][K] like the Lie derivatives (E is stored block-major). */
function eTimesA(p: Polarization, A: number[], N: number): Float64Array {
  const K = p.rows / N;
  const out = new Float64Array(p.rows);
  for (let k = 0; k < K; k++)
    for (let s = 0; s < N; s++) {
      let acc = 0;
      for (let j = 0; j < p.d; j++) acc += p.E![(k * N + s) * p.d + j]! * A[j]!;
      out[s * K + k] = acc;
    }
  return out;
}

export const lieggLieDerivativeIdentity = defineClaim<Params, { dim: number }, Measured>({
  id: 'lie.liegg.lie-derivative-identity',
  title: 'LieGG polarization rows are Lie derivatives: (E vec A)_i = L_A F(x_i)',
  source: { paper: 'Moskalev et al., LieGG (NeurIPS 2022); Gruver et al., The Lie Derivative for Measuring Learned Equivariance (ICLR 2023); identity derived in research/invariance.md §1', locator: '§1 key identity, §4.3', confidence: 'derived' },
  statement: '(E\\,\\operatorname{vec}A)_i = \\nabla F(x_i)^\\top A x_i = \\tfrac{d}{dt}F(e^{tA}x_i)\\big|_{t=0} = L_A F(x_i),\\qquad \\tfrac{1}{N}\\lVert E \\operatorname{vec} A\\rVert^2 = \\tfrac{1}{N}\\textstyle\\sum_i (L_A F(x_i))^2',
  hypotheses: ['F \\text{ a random MLP (float32)},\\ A \\in \\mathfrak{gl}(n) \\text{ arbitrary}', '\\text{images: } L_A F(I) = \\tfrac{d}{dt}F(I \\circ e^{-tA}) \\text{ along the central-difference flow } -\\nabla I \\cdot A p'],
  quantifier: 'forall',
  tolerance: { abs: 0, rel: 1e-2, reason: 'autodiff and the Gram form use the same float32 gradients (agreement to 1e-6, float64 summation order); central differences at ε = 1e-2 carry O(ε²) truncation and ~4e-7/ε float32 round-off, within 1e-2 (research/invariance.md P4)' },
  params: () =>
    fc.oneof(
      fc.integer({ min: 2, max: 5 }).chain((n) =>
        fc.record({ kind: fc.constant<'vector'>('vector'), n: fc.constant(n), vectors: fc.integer({ min: 1, max: 2 }), outputs: fc.integer({ min: 1, max: 3 }), width: fc.integer({ min: 8, max: 32 }), A: generator(n * n), count: fc.constant(64) }),
      ),
      fc.integer({ min: 0, max: 1 }).chain((aff) =>
        fc.record({ kind: fc.constant<'image'>('image'), n: fc.constant(12), vectors: fc.constant(1), outputs: fc.integer({ min: 1, max: 4 }), width: fc.integer({ min: 8, max: 32 }), A: generator(aff ? 6 : 4), count: fc.constant(24) }),
      ),
    ),
  cases: [
    { name: 'MLP on R^10 (2 vectors of R^5), random A', params: { kind: 'vector', n: 5, vectors: 2, outputs: 1, width: 32, A: [0.3, -0.1, 0.5, 0, 0.2, -0.4, 0.1, 0, 0.7, -0.3, 0.2, 0.6, -0.5, 0.1, 0, 0, -0.2, 0.3, 0.4, 0.1, 0.5, 0, -0.6, 0.2, -0.1], count: 128 } },
    { name: 'image MLP on 12 px glyphs, rotation', params: { kind: 'image', n: 12, vectors: 1, outputs: 4, width: 32, A: [0, -1, 1, 0], count: 32 } },
    { name: 'image MLP on 12 px glyphs, affine [A | b]', params: { kind: 'image', n: 12, vectors: 1, outputs: 2, width: 16, A: [0.5, -1, 0.2, 1, 0.3, -0.4], count: 32 } },
  ],
  runs: { quick: 6, standard: 30, full: 100 },
  theory: ({ kind, A }) => ({
    value: { dim: A.length },
    steps: [
      { label: 'chain rule', latex: '\\tfrac{d}{dt}F(e^{tA}x)\\big|_0 = \\sum_{ij} \\partial_i F(x)\\, A_{ij}\\, x_j = \\langle \\nabla F(x)\\,x^\\top, A \\rangle_F' },
      kind === 'image'
        ? { label: 'images', latex: '\\tfrac{d}{dt}F(I\\circ e^{-tA})\\big|_0 = -\\sum_p \\tfrac{\\partial F}{\\partial I(p)} \\nabla I(p)^\\top A\\tilde p = \\big\\langle -\\textstyle\\sum_p \\tfrac{\\partial F}{\\partial I(p)}\\nabla I(p)\\,\\tilde p^\\top, A\\big\\rangle_F' }
        : { label: 'central differences', latex: `L_A F(x) \\approx \\frac{F(e^{\\varepsilon A}x) - F(e^{-\\varepsilon A}x)}{2\\varepsilon},\\ \\varepsilon = ${EPS}` },
    ],
  }),
  experiment(p, ctx) {
    if (p.kind === 'vector') {
      const D = p.n * p.vectors;
      const model = createLieMlp(ctx.rng.fork('w'), { inputDim: D, outputDim: p.outputs, depth: 2, width: p.width, activation: 'tanh', bias: true });
      try {
        const x = Float32Array.from({ length: p.count * D }, () => ctx.rng.normal());
        const Am = Array.from({ length: p.n }, (_, i) => p.A.slice(i * p.n, (i + 1) * p.n));
        const pol = vectorPolarization(model.apply, x, D, p.vectors, { keepRows: true });
        const ld = lieDerivativeAutodiff(model.apply, x, D, Am, p.vectors);
        const fd = lieDerivativeFD(model.apply, x, D, expm(scaleF(Am, EPS)), expm(scaleF(Am, -EPS)), EPS, p.vectors);
        return measure(pol, p.A, ld, fd, p.count);
      } finally {
        model.dispose();
      }
    }
    const H = p.n;
    const images = glyphDataset(ctx.rng.fork('glyphs'), { count: p.count, size: H }).images;
    const model = createLieMlp(ctx.rng.fork('w'), { inputDim: H * H, outputDim: p.outputs, depth: 2, width: p.width, activation: 'tanh', bias: true });
    try {
      const cols = p.A.length === 4 ? 2 : 3;
      const Am = [p.A.slice(0, cols), p.A.slice(cols)];
      const pol = imagePolarization(model.apply, images, H, { columns: cols === 2 ? 4 : 6, keepRows: true });
      const ld = imageLieDerivativeAutodiff(model.apply, images, H, Am);
      const fd = imageLieDerivativeFD(model.apply, images, H, Am, EPS);
      return measure(pol, p.A, ld, fd, p.count);
    } finally {
      model.dispose();
    }
  },
  check(_t, m, tol) {
    const text = `autodiff ${fmt(m.autodiff)}, finite differences ${fmt(m.fd)}, Gram form ${fmt(m.gram)} (relative; rms L_A F = ${fmt(m.rms)})`;
    const same = SAME_GRADIENTS - Math.max(m.autodiff, m.gram);
    if (same < 0) return violated(same, `E vec A disagrees with the autodiff Lie derivative from the same gradients: ${text}`);
    const margin = tol.rel - m.fd;
    return margin >= 0 ? holds(margin, text) : violated(margin, `E vec A disagrees with the finite-difference Lie derivative: ${text}`);
  },
  summarize: (p, _t, m) => ({ kind: p.kind, n: p.n, outputs: p.outputs, 'rel. diff autodiff': m.autodiff, 'rel. diff central FD': m.fd, 'rel. diff Gram form': m.gram, 'rms L_A F': m.rms }),
  describe: (p) => `${p.kind}, n = ${p.n}, ${p.outputs} output(s), A = [${p.A.map((a) => fmt(a, 2)).join(', ')}]`,
  plots: (records) => [
    {
      id: 'agreement',
      title: 'E vec A against the Lie derivative',
      x: { label: 'case' },
      y: { label: 'relative difference (floored at 1e-12)', log: true },
      series: (['rel. diff autodiff', 'rel. diff central FD', 'rel. diff Gram form'] as const).map((key) => ({ name: key, style: 'points' as const, points: records.map((r, i) => ({ x: i + 1, y: Math.max(1e-12, Number(r.summary[key])), label: r.paramsText.slice(0, 50) })) })),
      caption: 'Autodiff and the Gram form agree to float64 round-off of float32 gradients; central differences agree to O(ε²).',
    },
  ],
});

function measure(pol: Polarization, A: number[], ld: Float64Array, fd: Float64Array, N: number): Measured {
  const ea = eTimesA(pol, A, N);
  let quad = 0;
  for (let i = 0; i < pol.d; i++) for (let j = 0; j < pol.d; j++) quad += A[i]! * pol.gram[i * pol.d + j]! * A[j]!;
  const meanSq = ld.reduce((s, v) => s + v * v, 0) / ld.length;
  return { autodiff: relDiff(ld, ea), fd: relDiff(ld, fd), gram: Math.abs(quad - meanSq) / Math.max(meanSq, 1e-300), rms: Math.sqrt(meanSq) };
}
