/*
 * Fused training step for batches of small independent networks: group-convolutional
 * networks over the cyclic group C_r (src/theory/vc/gcnn-arch.ts) and, as the special case
 * r = 1 with the single tap 0, one-hidden-layer-per-stage ReLU MLPs d-h-...-1.
 *
 *   h_0(g, c) = x(g, c)
 *   h_l(g, o) = ReLU( sum_u sum_c W_l[o][u][c] h_{l-1}(g + taps[u], c) + b_l[o] )
 *   out       = sum_c v[c] sum_g h_L(g, c) + b_0
 *
 * One call runs `nsteps` steps of: forward on every point, the summed hinge (or logistic)
 * loss, backward, and Adam, for every network, in the net-blocked layout
 * [block][parameter][NB]: one SIMD vector holds the same parameter of NB networks, so every
 * arithmetic instruction works on NB networks at once and no shuffles are needed. Points are
 * processed one at a time (forward then backward), so the working set of a block is its
 * parameters, their Adam moments, the gradient and one point's activations: a few KB that
 * stay in L1 across all steps of the call.
 *
 * Freestanding: no libc, wasm32 + SIMD128 (Node >= 16.4). exp and log1p are small
 * polynomials below; sqrt is the wasm instruction. The same source also compiles natively
 * (GCC/Clang vector extensions; native/addon builds it once per x86 ISA with the exported
 * names suffixed by FUSED_ISA, and dispatches at run time).
 */
#if defined(__wasm__)
#include <wasm_simd128.h>
#define EXPORT(name) __attribute__((export_name(#name), visibility("default")))
#define API(name) name
#else
#define EXPORT(name)
#define API_CAT2(a, b) a##_##b
#define API_CAT(a, b) API_CAT2(a, b)
#define API(name) API_CAT(name, FUSED_ISA)
#endif

#ifndef NB
#define NB 16
#endif
#define NV (NB / 4)
#define ABI_VERSION 1

#if defined(__wasm__)
typedef float vf __attribute__((vector_size(NB * 4)));
typedef int vi __attribute__((vector_size(NB * 4)));
#else /* native: callers' buffers are only 4-byte aligned */
typedef float vf __attribute__((vector_size(NB * 4), aligned(4)));
typedef int vi __attribute__((vector_size(NB * 4), aligned(4)));
#endif

#define FORCE static inline __attribute__((always_inline))

/* ---------- vector helpers ---------- */

FORCE vf splat(float s) {
  vf z = {0};
  return z + s;
}

FORCE vf relu(vf a) {
  vi m = a > 0.0f;
  return (vf)((vi)a & m);
}

FORCE vf blend(vi m, vf a, vf b) { /* m ? a : b, lane-wise */
  return (vf)(((vi)a & m) | ((vi)b & ~m));
}

#if !defined(__wasm__)
FORCE vf vsqrt(vf a) {
  vf out;
  for (int k = 0; k < NB; k++) out[k] = __builtin_sqrtf(a[k]);
  return out;
}
#else
FORCE vf vsqrt(vf a) {
  union {
    vf v;
    v128_t q[NV];
  } u;
  u.v = a;
  for (int k = 0; k < NV; k++) u.q[k] = wasm_f32x4_sqrt(u.q[k]);
  return u.v;
}
#endif

/* e^x, |relative error| < 2e-7 on [-87, 88]; clamped outside. */
FORCE vf vexp(vf x) {
  x = blend(x < -87.0f, splat(-87.0f), x);
  x = blend(x > 88.0f, splat(88.0f), x);
  const vf t = x * 1.44269504088896341f + 12582912.0f; /* round(x/ln2) + 1.5*2^23 */
  const vf n = t - 12582912.0f;
  const vi ni = (vi)t - 0x4B400000;
  vf r = x - n * 0.693145751953125f;
  r = r - n * 1.428606765330187e-6f; /* ln2 = hi + lo */
  vf p = splat(1.0f / 40320.0f);
  p = p * r + 1.0f / 5040.0f;
  p = p * r + 1.0f / 720.0f;
  p = p * r + 1.0f / 120.0f;
  p = p * r + 1.0f / 24.0f;
  p = p * r + 1.0f / 6.0f;
  p = p * r + 0.5f;
  p = p * r + 1.0f;
  p = p * r + 1.0f;
  const vi bits = (ni + 127) << 23;
  return p * (vf)bits;
}

/* log(1 + z) for z in [0, 1]: 2 atanh(s), s = z / (2 + z) <= 1/3. */
FORCE vf vlog1p01(vf z) {
  const vf s = z / (z + 2.0f);
  const vf s2 = s * s;
  vf p = splat(1.0f / 13.0f);
  p = p * s2 + 1.0f / 11.0f;
  p = p * s2 + 1.0f / 9.0f;
  p = p * s2 + 1.0f / 7.0f;
  p = p * s2 + 1.0f / 5.0f;
  p = p * s2 + 1.0f / 3.0f;
  p = p * s2 + 1.0f;
  return 2.0f * s * p;
}

/* ---------- architecture ---------- */

#define MAXL 8
#define MAXS 64

/* Offsets of a model's parameters (gcnnLayout order) and of each layer's activations. */
typedef struct {
  int w[MAXL], b[MAXL], h[MAXL + 1];
  int readout, bias0, size, hsize, dmax;
} Offsets;

FORCE Offsets offsets(const int r, const int s, const int L, const int *ch) {
  Offsets o;
  int off = 0, h = 0, dmax = 0;
  for (int l = 0; l < L; l++) {
    o.w[l] = off;
    o.b[l] = off + s * ch[l] * ch[l + 1];
    off = o.b[l] + ch[l + 1];
    o.h[l] = h;
    h += r * ch[l + 1];
    if (r * ch[l + 1] > dmax) dmax = r * ch[l + 1];
  }
  o.h[L] = h;
  o.readout = off;
  o.bias0 = off + ch[L];
  o.size = off + ch[L] + 1;
  o.hsize = h;
  o.dmax = dmax;
  return o;
}

/* Position of tap u at group element g, or -1 outside (zero padding). */
FORCE int at(const int g, const int t, const int r, const int zero) {
  int p = g + t;
  if (zero) return (p < 0 || p >= r) ? -1 : p;
  p %= r;
  return p < 0 ? p + r : p;
}

/* ---------- forward / backward on one point ---------- */

FORCE vf forward_point(const int r, const int s, const int L, const int zero, const int *taps, const int *ch,
                       const Offsets *of, const vf *P, const float *x, vf *H, vf *pooled) {
  for (int l = 0; l < L; l++) {
    const int cin = ch[l], cout = ch[l + 1];
    const vf *in = l > 0 ? H + of->h[l - 1] : 0;
    vf *out = H + of->h[l];
    for (int g = 0; g < r; g++) {
      for (int o = 0; o < cout; o++) {
        vf acc = P[of->b[l] + o];
        for (int u = 0; u < s; u++) {
          const int p = at(g, taps[u], r, zero);
          if (p < 0) continue;
          const vf *w = P + of->w[l] + (o * s + u) * cin;
          if (l == 0) {
            for (int c = 0; c < cin; c++) acc += w[c] * x[p * cin + c];
          } else {
            for (int c = 0; c < cin; c++) acc += w[c] * in[p * cin + c];
          }
        }
        out[g * cout + o] = relu(acc);
      }
    }
  }
  const int cL = ch[L];
  const vf *hL = H + of->h[L - 1];
  vf score = P[of->bias0];
  for (int c = 0; c < cL; c++) {
    vf sum = hL[c];
    for (int g = 1; g < r; g++) sum += hL[g * cL + c];
    pooled[c] = sum;
    score += P[of->readout + c] * sum;
  }
  return score;
}

/* Accumulate d(loss)/d(theta) into G, given d = d(loss)/d(score) for this point. */
FORCE void backward_point(const int r, const int s, const int L, const int zero, const int *taps, const int *ch,
                          const Offsets *of, const vf *P, const float *x, const vf *H, const vf *pooled, vf d,
                          vf *G, vf *DA, vf *DB) {
  const int cL = ch[L];
  G[of->bias0] += d;
  for (int c = 0; c < cL; c++) G[of->readout + c] += d * pooled[c];
  vf *dcur = DA, *dprev = DB;
  for (int c = 0; c < cL; c++) {
    const vf dv = d * P[of->readout + c];
    for (int g = 0; g < r; g++) dcur[g * cL + c] = dv;
  }
  for (int l = L - 1; l >= 0; l--) {
    const int cin = ch[l], cout = ch[l + 1];
    const vf *hout = H + of->h[l];
    const vf *in = l > 0 ? H + of->h[l - 1] : 0;
    if (l > 0)
      for (int k = 0; k < r * cin; k++) dprev[k] = splat(0.0f);
    for (int g = 0; g < r; g++) {
      for (int o = 0; o < cout; o++) {
        const vi alive = hout[g * cout + o] > 0.0f;
        const vf dp = (vf)((vi)dcur[g * cout + o] & alive);
        G[of->b[l] + o] += dp;
        for (int u = 0; u < s; u++) {
          const int p = at(g, taps[u], r, zero);
          if (p < 0) continue;
          const int wq = of->w[l] + (o * s + u) * cin;
          if (l == 0) {
            for (int c = 0; c < cin; c++) G[wq + c] += dp * x[p * cin + c];
          } else {
            for (int c = 0; c < cin; c++) {
              G[wq + c] += dp * in[p * cin + c];
              dprev[p * cin + c] += dp * P[wq + c];
            }
          }
        }
      }
    }
    vf *tmp = dcur;
    dcur = dprev;
    dprev = tmp;
  }
}

/* ---------- one block: nsteps of forward + backward + Adam ---------- */

typedef struct {
  float b1, omb1, b2, omb2, eps; /* omb = 1 - beta, computed by the caller in float64 */
} Hyper;

FORCE void block_train(const int r, const int s, const int L, const int zero, const int *taps, const int *ch,
                       const Offsets *of, vf *P, vf *M, vf *V, const vf *Y, const float *X, const int n,
                       const float *gmask, const float *stepsz, const int nsteps, const Hyper hp, const int loss,
                       float *lossOut, vf *H, vf *DA, vf *DB, vf *G, vf *pooled) {
  const int W = of->size;
  const int in = r * ch[0];
  for (int t = 0; t < nsteps; t++) {
    for (int q = 0; q < W; q++) G[q] = splat(0.0f);
    vf lsum = splat(0.0f);
    for (int i = 0; i < n; i++) {
      const float *x = X + i * in;
      const vf score = forward_point(r, s, L, zero, taps, ch, of, P, x, H, pooled);
      const vf y = Y[i];
      const vf ys = y * score;
      vf d;
      if (loss == 0) { /* hinge: max(0, 1 - y s) */
        const vi act = ys < 1.0f;
        d = (vf)((vi)(-y) & act);
        if (lossOut) lsum += relu(1.0f - ys);
      } else { /* logistic: log(1 + e^{-y s}), y = 0 ignored */
        const vi pos = ys >= 0.0f;
        const vf a = blend(pos, ys, -ys);
        const vf e = vexp(-a);
        d = -y * blend(pos, e, splat(1.0f)) / (e + 1.0f);
        if (lossOut) lsum += (vf)((vi)(relu(-ys) + vlog1p01(e)) & (y != 0.0f));
      }
      backward_point(r, s, L, zero, taps, ch, of, P, x, H, pooled, d, G, DA, DB);
    }
    const float st = stepsz[t];
    for (int q = 0; q < W; q++) {
      const vf g = G[q] * gmask[q];
      const vf m = M[q] * hp.b1 + g * hp.omb1;
      const vf v = V[q] * hp.b2 + (g * g) * hp.omb2;
      M[q] = m;
      V[q] = v;
      P[q] = P[q] - (m * st) / (vsqrt(v) + hp.eps);
    }
    if (lossOut && t == nsteps - 1) *(vf *)lossOut = lsum;
  }
}

FORCE void block_scores(const int r, const int s, const int L, const int zero, const int *taps, const int *ch,
                        const Offsets *of, const vf *P, const float *X, const int n, vf *out, vf *H, vf *pooled) {
  for (int i = 0; i < n; i++) out[i] = forward_point(r, s, L, zero, taps, ch, of, P, X + i * r * ch[0], H, pooled);
}

/* ---------- instances: compile-time shapes (fully unrolled) and the generic one ---------- */

typedef struct {
  int nblocks, n, nsteps, loss;
  float *theta, *m, *v, *lossOut;
  const float *y, *x, *gmask, *stepsz;
  Hyper hp;
} Job;

#define INSTANCE(NAME, R, S, L, ZERO, TAPS, CH)                                                             \
  static void train_##NAME(const Job *j) {                                                                \
    static const int taps[] = TAPS;                                                                         \
    static const int ch[] = CH;                                                                             \
    const Offsets of = offsets(R, S, L, ch);                                                                \
    vf H[R * (CH_SUM_##NAME)], DA[R * CH_MAX_##NAME], DB[R * CH_MAX_##NAME], G[W_##NAME], pooled[CH_LAST_##NAME]; \
    for (int b = 0; b < j->nblocks; b++)                                                                    \
      block_train(R, S, L, ZERO, taps, ch, &of, (vf *)j->theta + b * of.size, (vf *)j->m + b * of.size,   \
                  (vf *)j->v + b * of.size, (const vf *)j->y + b * j->n, j->x, j->n, j->gmask, j->stepsz,  \
                  j->nsteps, j->hp, j->loss, j->lossOut ? j->lossOut + b * NB : 0, H, DA, DB, G, pooled);  \
  }                                                                                                         \
  static void scores_##NAME(int nblocks, const float *theta, const float *x, int n, float *out) {          \
    static const int taps[] = TAPS;                                                                         \
    static const int ch[] = CH;                                                                             \
    const Offsets of = offsets(R, S, L, ch);                                                                \
    vf H[R * (CH_SUM_##NAME)], pooled[CH_LAST_##NAME];                                                      \
    for (int b = 0; b < nblocks; b++)                                                                       \
      block_scores(R, S, L, ZERO, taps, ch, &of, (const vf *)theta + b * of.size, x, n, (vf *)out + b * n, \
                   H, pooled);                                                                              \
  }

#define LIST(...) {__VA_ARGS__}

/* The 2-16-1 ReLU MLP of the shattering step (research/backends-and-tooling.md): r = 1, tap 0. */
#define CH_SUM_mlp_2_16_1 16
#define CH_MAX_mlp_2_16_1 16
#define CH_LAST_mlp_2_16_1 16
#define W_mlp_2_16_1 65
INSTANCE(mlp_2_16_1, 1, 1, 2 - 1, 0, LIST(0), LIST(2, 16))

/* Model A of research/vc.md: C_8, 3-tap kernel, channels 1-2-2, circular, W = 25. */
#define CH_SUM_gcnn_a 4
#define CH_MAX_gcnn_a 2
#define CH_LAST_gcnn_a 2
#define W_gcnn_a 25
INSTANCE(gcnn_a, 8, 3, 2, 0, LIST(-1, 0, 1), LIST(1, 2, 2))

/* Generic shapes: runtime loops, buffers in linear memory. */
#define GMAX_W 16384
#define GMAX_H 16384
#define GMAX_D 8192
static vf gH[GMAX_H], gDA[GMAX_D], gDB[GMAX_D], gG[GMAX_W], gPooled[GMAX_D];

/* arch = [r, s, L, zero, taps[s], channels[L + 1]] */
typedef struct {
  int r, s, L, zero;
  const int *taps, *ch;
} Arch;

static int decode(const int *a, Arch *out) {
  out->r = a[0];
  out->s = a[1];
  out->L = a[2];
  out->zero = a[3];
  out->taps = a + 4;
  out->ch = a + 4 + a[1];
  if (out->r < 1 || out->s < 1 || out->s > MAXS || out->L < 1 || out->L > MAXL) return -1;
  for (int l = 0; l <= out->L; l++)
    if (out->ch[l] < 1) return -1;
  const Offsets of = offsets(out->r, out->s, out->L, out->ch);
  if (of.size > GMAX_W || of.hsize > GMAX_H || of.dmax > GMAX_D || out->ch[out->L] > GMAX_D) return -2;
  return 0;
}

static int same(const Arch *a, int r, int s, int L, int zero, const int *taps, const int *ch) {
  if (a->r != r || a->s != s || a->L != L || (a->zero != 0) != (zero != 0)) return 0;
  for (int u = 0; u < s; u++)
    if (a->taps[u] != taps[u]) return 0;
  for (int l = 0; l <= L; l++)
    if (a->ch[l] != ch[l]) return 0;
  return 1;
}

static const int T0[] = {0}, C_MLP[] = {2, 16}, T_A[] = {-1, 0, 1}, C_A[] = {1, 2, 2};

/* Which compiled path serves an architecture: 1 = MLP 2-16-1, 2 = model A, 0 = generic, < 0 unsupported. */
EXPORT(fused_path) int API(fused_path)(const int *arch) {
  Arch a;
  const int e = decode(arch, &a);
  if (e < 0) return e;
  if (same(&a, 1, 1, 1, a.zero, T0, C_MLP)) return 1;
  if (same(&a, 8, 3, 2, 0, T_A, C_A)) return 2;
  return 0;
}

EXPORT(fused_lanes) int API(fused_lanes)(void) { return NB; }
EXPORT(fused_abi) int API(fused_abi)(void) { return ABI_VERSION; }
#if defined(__wasm__)
extern unsigned char __heap_base;
EXPORT(fused_heap_base) int fused_heap_base(void) { return (int)&__heap_base; }
#endif

/* Number of parameters W of an architecture (or < 0). */
EXPORT(fused_params) int API(fused_params)(const int *arch) {
  Arch a;
  const int e = decode(arch, &a);
  if (e < 0) return e;
  return offsets(a.r, a.s, a.L, a.ch).size;
}

/*
 * Train nblocks x NB networks for nsteps steps.
 *   theta, m, v: [nblocks][W][NB]      y: [nblocks][n][NB] (+1 / -1, 0 = ignored point)
 *   x: [n][r][c0] (shared by all networks)   gmask: [W]   stepsz: [nsteps] (Adam step sizes
 *   lr sqrt(1 - b2^t) / (1 - b1^t))   hyper: [b1, 1 - b1, b2, 1 - b2, eps]   loss: 0 hinge, 1 logistic
 *   lossOut: [nblocks][NB] summed loss at the parameters before the last step, or 0.
 * Returns the path used (>= 0) or < 0 for an unsupported architecture.
 */
EXPORT(fused_train)
int API(fused_train)(const int *arch, int nblocks, float *theta, float *m, float *v, const float *y, const float *x, int n,
                const float *gmask, const float *stepsz, int nsteps, const float *hyper, int loss, float *lossOut) {
  const int path = API(fused_path)(arch);
  if (path < 0) return path;
  Job j = {nblocks, n, nsteps, loss, theta, m, v, lossOut, y, x, gmask, stepsz,
           {hyper[0], hyper[1], hyper[2], hyper[3], hyper[4]}};
  if (path == 1) {
    train_mlp_2_16_1(&j);
    return path;
  }
  if (path == 2) {
    train_gcnn_a(&j);
    return path;
  }
  Arch a;
  decode(arch, &a);
  const Offsets of = offsets(a.r, a.s, a.L, a.ch);
  for (int b = 0; b < nblocks; b++)
    block_train(a.r, a.s, a.L, a.zero, a.taps, a.ch, &of, (vf *)theta + b * of.size, (vf *)m + b * of.size,
                (vf *)v + b * of.size, (const vf *)y + b * n, x, n, gmask, stepsz, nsteps, j.hp, loss,
                lossOut ? lossOut + b * NB : 0, gH, gDA, gDB, gG, gPooled);
  return 0;
}

/* Scores of every network on every point: out [nblocks][n][NB]. */
EXPORT(fused_scores)
int API(fused_scores)(const int *arch, int nblocks, const float *theta, const float *x, int n, float *out) {
  const int path = API(fused_path)(arch);
  if (path < 0) return path;
  if (path == 1) {
    scores_mlp_2_16_1(nblocks, theta, x, n, out);
    return path;
  }
  if (path == 2) {
    scores_gcnn_a(nblocks, theta, x, n, out);
    return path;
  }
  Arch a;
  decode(arch, &a);
  const Offsets of = offsets(a.r, a.s, a.L, a.ch);
  for (int b = 0; b < nblocks; b++)
    block_scores(a.r, a.s, a.L, a.zero, a.taps, a.ch, &of, (const vf *)theta + b * of.size, x, n,
                 (vf *)out + b * n, gH, gPooled);
  return 0;
}
