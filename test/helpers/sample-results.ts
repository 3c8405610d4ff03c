import { runResultsSchema, type CaseRecordJson, type ClaimResult, type RunResults } from '../../src/core/results.js';

/** A title that must come out escaped in every report format. */
export const HOSTILE_TITLE = 'Width bound <script>alert(1)</script> & 50% of $x_i$ {#}~^\\ “fails”';

function rec(name: string | undefined, paramsText: string, summary: CaseRecordJson['summary'], status: 'holds' | 'violated' | 'inconclusive', margin: number | null, reason: string, ms = 3.2): CaseRecordJson {
  return { ...(name !== undefined ? { name } : {}), params: { text: paramsText }, paramsText, summary, verdict: { status, margin, reason }, ms };
}

const common = { backend: 'wasm', budget: 'quick' as const, seed: 42 };

function sauerShelah(): ClaimResult {
  const ns = [8, 10, 6, 3, 12, 5, 14];
  const cases = [
    rec('thresholds on 8 points', 'threshold, n = 8: [[3],[-1],[7],[0],[12],[5],[-8],[2]]', { class: 'threshold', n: 8, VC: 1, realised: 9, 'Σ C(n,i)': 9, '(en/d)^d': 21.74625462767236, exact: 9 }, 'holds', 0, '9 <= 9 (tight, as known)'),
    rec('intervals on 10 points', 'interval, n = 10: [[1],[2],[3],[5],[8],[13],[21],[34],[55],[89]]', { class: 'interval', n: 10, VC: 2, realised: 56, 'Σ C(n,i)': 56, '(en/d)^d': 184.7264, exact: 56 }, 'holds', 0, '56 <= 56 (tight, as known)'),
    rec('halfspaces in R^2, 6 points', 'halfspace, n = 6, R^2: [[0,0],[4,1],[1,5],[-3,2],[2,-4],[6,6]]', { class: 'halfspace', n: 6, VC: 3, realised: 32, 'Σ C(n,i)': 42, '(en/d)^d': 160.6474, exact: null }, 'holds', 10, '32 <= 42'),
  ];
  const samples = [3, 12, 5, 14].map((n, i) =>
    rec(undefined, `interval, n = ${n}: ${JSON.stringify(Array.from({ length: n }, (_, k) => [k * 7 - i]))}`, { class: 'interval', n, VC: 2, realised: 1 + n + (n * (n - 1)) / 2, 'Σ C(n,i)': 1 + n + (n * (n - 1)) / 2, '(en/d)^d': ((Math.E * n) / 2) ** 2, exact: 1 + n + (n * (n - 1)) / 2 }, 'holds', 0, 'tight'),
  );
  return {
    ...common,
    id: 'vc.sauer-shelah.growth-bound',
    title: 'Realised dichotomies never exceed the Sauer–Shelah sum',
    area: 'vc',
    quantifier: 'forall',
    expectation: 'holds',
    source: { paper: 'Sauer (1972); Shelah (1972)', locator: 'Sauer–Shelah lemma', confidence: 'stated', url: 'https://doi.org/10.1016/0097-3165(72)90019-2' },
    statement: '\\mathrm{VC}(H)=d \\implies \\Pi_H(n) \\le \\sum_{i=0}^{d}\\binom{n}{i} \\le \\left(\\frac{en}{d}\\right)^{d}\\quad(n\\ge d\\ge 1)',
    hypotheses: ['H \\in \\{\\text{thresholds } (d=1),\\ \\text{intervals } (d=2),\\ \\text{halfspaces in } \\mathbb{R}^k\\ (d=k+1)\\}'],
    notes: 'Equality is checked where it is known: n+1 for thresholds and 1+n+C(n,2) for intervals on distinct points.',
    tolerance: { abs: 0, rel: 0, reason: 'exact integer arithmetic' },
    verdict: { status: 'holds', margin: 0, reason: 'all 3 named cases and 12 generated cases hold' },
    cases,
    property: { seed: 42, numRuns: 12, runsExecuted: 12, counts: { holds: 12, violated: 0, inconclusive: 0 }, samples, interrupted: false },
    derivation: [
      { label: 'VC dimension of the class', latex: '\\mathrm{VC}(H) = 1' },
      { label: 'Sauer–Shelah sum', latex: '\\sum_{i=0}^{1} \\binom{8}{i} = 9' },
      { label: 'closed form (CAS-verified identity)', latex: '\\sum_{i=0}^{1}\\binom{n}{i} = n+1' },
    ],
    plots: [
      {
        id: 'growth',
        title: 'Realised dichotomies vs the Sauer–Shelah sum',
        x: { label: 'number of points n' },
        y: { label: 'labelings', log: true },
        series: [
          { name: 'interval: realised', style: 'points', points: ns.map((n) => ({ x: n, y: 1 + n + (n * (n - 1)) / 2, label: `n = ${n}` })) },
          { name: 'interval: Sauer–Shelah sum', style: 'dashed', points: [...ns].sort((a, b) => a - b).map((n) => ({ x: n, y: 1 + n + (n * (n - 1)) / 2 })) },
          { name: 'threshold: realised', style: 'line', points: [...ns].sort((a, b) => a - b).map((n) => ({ x: n, y: n + 1 })) },
          { name: 'bound (en/d)^d', style: 'bars', points: [4, 8, 12].map((n) => ({ x: n, y: ((Math.E * n) / 2) ** 2 })) },
        ],
        caption: 'Every realised count lies on or below its class’s Sauer–Shelah sum (dashed).',
      },
    ],
    durationMs: 412.5,
  };
}

function violatedClaim(): ClaimResult {
  const ce = rec(undefined, 'width = 3, depth = 2, points = [[0.1,0.2],[0.3,0.4],[0.5,0.6],[0.7,0.8]]', { width: 3, depth: 2, realised: 16, bound: 14, ratio: 1.142857142857143, 'loss (final)': 0.000012, 'time per step': 0.0312, 'param count': 19, lr: 0.05, epochs: 200 }, 'violated', -2, '16 labelings realised, above the bound 14');
  const replay = 'theorycheck replay vc.mlp.width-bound --seed 1234567 --path 3:1:0:0:2 --budget quick --backend wasm';
  return {
    ...common,
    id: 'vc.mlp.width-bound',
    title: HOSTILE_TITLE,
    area: 'vc',
    quantifier: 'forall',
    expectation: 'may-fail',
    source: { paper: 'A. Author & B. Author, "Bounds" (2021)', locator: 'Thm 2 (eq. 7)', confidence: 'reconstructed' },
    statement: '\\Pi_{\\mathcal{N}_{w,L}}(n) \\le 2\\left(\\frac{2en}{W}\\right)^{W}',
    hypotheses: ['w \\ge 1', 'L \\in \\{1, 2\\}', '\\bad{x}'],
    tolerance: { abs: 0, rel: 0, reason: 'counts are exact; training gives lower bounds only' },
    verdict: { status: 'violated', margin: -2, reason: 'a generated case realises 16 labelings, above the bound 14' },
    cases: [rec('paper example', 'width = 2, depth = 1, points = 3', { width: 2, depth: 1, realised: 8, bound: 8, ratio: 1, 'loss (final)': null, 'time per step': 0.02, 'param count': 7, lr: 0.05, epochs: 200 }, 'holds', 0, '8 <= 8')],
    property: {
      seed: 1234567, numRuns: 20, runsExecuted: 7,
      counts: { holds: 5, violated: 1, inconclusive: 1 },
      samples: [ce],
      counterexample: { record: ce, seed: 1234567, path: '3:1:0:0:2', numShrinks: 4, replay },
      interrupted: false,
    },
    derivation: [{ label: 'bound', latex: '2(2e\\cdot 4/19)^{19} \\approx 14' }],
    plots: [{ id: 'empty', title: 'Nothing measured', x: { label: 'x' }, y: { label: 'y' }, series: [] }],
    durationMs: 65_432,
  };
}

function existsClaim(): ClaimResult {
  const w = rec(undefined, 'codes = 4x3 matrix, factors = [0,1,0,1]', { MIG: 0.4123, P1: false, 'gap (nats)': 0.0834 }, 'holds', 0.0834, 'MIG rewards an entangled code: P1 fails');
  return {
    ...common,
    id: 'dis.mig.violates-p1',
    title: 'MIG violates axiom P1',
    area: 'dis',
    quantifier: 'exists',
    expectation: 'holds',
    source: { paper: 'Carbonneau et al. (2022)', locator: '§4.2', confidence: 'derived' },
    statement: '\\exists\\,(z, v):\\ \\mathrm{MIG}(z, v) > \\mathrm{MIG}(z^{\\star}, v) \\;\\wedge\\; \\neg P_1(z)',
    hypotheses: [],
    tolerance: { abs: 1e-9, rel: 1e-6, reason: 'float64 mutual information estimates' },
    verdict: { status: 'holds', margin: 0.0834, reason: 'a witness was found after 3 generated cases' },
    cases: [],
    property: { seed: 42, numRuns: 50, runsExecuted: 3, counts: { holds: 1, violated: 0, inconclusive: 2 }, samples: [w], witness: { record: w, seed: 42, path: '2', numShrinks: 0, replay: 'theorycheck replay dis.mig.violates-p1 --seed 42 --path 2 --budget quick --backend wasm' }, interrupted: true },
    derivation: [],
    plots: [],
    durationMs: 1234,
  };
}

function errorClaim(): ClaimResult {
  return {
    ...common,
    id: 'lie.so3.closure',
    title: 'so(3) is closed under the bracket',
    area: 'lie',
    quantifier: 'forall',
    expectation: 'holds',
    source: { paper: 'standard', locator: 'textbook', confidence: 'stated' },
    statement: '[X, Y] = XY - YX \\in \\mathfrak{so}(3)\\quad \\forall X, Y \\in \\mathfrak{so}(3)',
    hypotheses: [],
    tolerance: { abs: 0, rel: 0, reason: 'exact rationals' },
    verdict: { status: 'inconclusive', margin: null, reason: 'the claim threw before any case finished' },
    cases: [],
    property: null,
    derivation: [],
    plots: [],
    durationMs: 12,
    error: { code: 'TC5001', message: 'experiment() threw: matrix 3x2 is not square <oops>' },
  };
}

/** A realistic run: holds (cases, samples, log plot), violated (counterexample), exists (witness), error. */
export function sampleResults(): RunResults {
  return runResultsSchema.parse({
    schemaVersion: 1,
    tool: { name: 'theorycheck', version: '0.1.0' },
    startedAt: '2025-03-04T10:11:12.000Z',
    updatedAt: '2025-03-04T10:12:30.500Z',
    complete: true,
    config: { budget: 'quick', seed: 42, patterns: ['vc.*', 'dis.*', 'lie.*'], claimIds: ['vc.sauer-shelah.growth-bound', 'vc.mlp.width-bound', 'dis.mig.violates-p1', 'lie.so3.closure'], shard: null },
    environment: { node: 'v20.20.2', platform: 'linux', arch: 'x64', cpus: 2, versions: { '@tensorflow/tfjs': '4.22.0', katex: '0.19.1' } },
    backend: { requested: 'webgpu', selected: 'wasm', fallback: 'webgpu: package "webgpu" is not installed', probes: [{ name: 'webgpu', available: false, detail: 'not installed' }, { name: 'wasm', available: true, detail: 'SIMD, 1 thread' }] },
    claims: [sauerShelah(), violatedClaim(), existsClaim(), errorClaim()],
  });
}
