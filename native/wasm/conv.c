/*
 * Fused training step of a small CNN: 3x3 'same' convolution (stride 1, zero padding) with
 * bias, ReLU, flatten, dense layer, softmax cross-entropy averaged over the batch, and Adam
 * (tf.train.adam / torch.optim.Adam form) on every parameter, in one call.
 *
 * Activations are planar, h[f][y][x] with rows padded to Wq = W rounded up to 4 (columns
 * x >= W held at 0), so the convolution is vectorised over 4 neighbouring pixels with the 9
 * tap weights of a filter in registers. Parameter vector (one model):
 *   K [3][3][C][F] (tfjs HWIO) | bK [F] | Dt [classes][J'] | bD [classes],
 * J' = F·H·Wq, internal index j' = (f·H + y)·Wq + x; Dt is the dense kernel transposed and
 * re-ordered (tfjs stores [H·W·F][classes] in NHWC flatten order j = (y·W + x)·F + f; the
 * TypeScript wrapper converts; the weights of padding columns stay 0 with gradient 0).
 */
#include <wasm_simd128.h>

#define FORCE static inline __attribute__((always_inline))
#define EXPORT(name) __attribute__((export_name(#name), visibility("default")))

typedef float v4 __attribute__((vector_size(16)));
typedef int i4 __attribute__((vector_size(16)));

FORCE v4 sp(float s) {
  v4 z = {0, 0, 0, 0};
  return z + s;
}
FORCE v4 ld(const float *p) { return *(const v4 *)p; }
FORCE v4 ldu(const float *p) { return (v4)wasm_v128_load(p); } /* any alignment */
FORCE void st(float *p, v4 v) { *(v4 *)p = v; }
FORCE v4 relu4(v4 a) { return (v4)((i4)a & (a > 0.0f)); }
FORCE float hsum(v4 a) { return (a[0] + a[1]) + (a[2] + a[3]); }

/* scalar e^x and log(x) for the softmax (a handful per image): exp by range reduction, log by atanh series */
static float sexp(float x) {
  if (x < -87.0f) x = -87.0f;
  if (x > 88.0f) x = 88.0f;
  const float t = x * 1.44269504088896341f + 12582912.0f;
  const float n = t - 12582912.0f;
  union {
    float f;
    int i;
  } u = {t}, b;
  const int ni = u.i - 0x4B400000;
  float r = x - n * 0.693145751953125f;
  r = r - n * 1.428606765330187e-6f;
  float p = 1.0f / 40320.0f;
  p = p * r + 1.0f / 5040.0f;
  p = p * r + 1.0f / 720.0f;
  p = p * r + 1.0f / 120.0f;
  p = p * r + 1.0f / 24.0f;
  p = p * r + 1.0f / 6.0f;
  p = p * r + 0.5f;
  p = p * r + 1.0f;
  p = p * r + 1.0f;
  b.i = (ni + 127) << 23;
  return p * b.f;
}
static float slog(float x) { /* x > 0 normal */
  union {
    float f;
    int i;
  } u = {x};
  int e = ((u.i >> 23) & 255) - 127;
  u.i = (u.i & 0x007FFFFF) | 0x3F800000; /* mantissa in [1, 2) */
  float m = u.f;
  if (m > 1.41421356f) {
    m *= 0.5f;
    e += 1;
  }
  const float s = (m - 1.0f) / (m + 1.0f), s2 = s * s;
  float p = 1.0f / 11.0f;
  p = p * s2 + 1.0f / 9.0f;
  p = p * s2 + 1.0f / 7.0f;
  p = p * s2 + 1.0f / 5.0f;
  p = p * s2 + 1.0f / 3.0f;
  p = p * s2 + 1.0f;
  return 2.0f * s * p + (float)e * 0.693147180559945f;
}

typedef struct {
  int N, H, W, C, F, classes;
} Shape;

FORCE int wq_of(int W) { return (W + 3) & ~3; }

/* Zero-padded input planes xp[c][H + 2][Wq + 2] from x [H][W][C] (NHWC). */
static void pad_image(const Shape *sh, const float *x, float *xp) {
  const int H = sh->H, W = sh->W, C = sh->C, R = wq_of(W) + 2;
  for (int i = 0; i < C * (H + 2) * R; i++) xp[i] = 0.0f;
  for (int c = 0; c < C; c++)
    for (int y = 0; y < H; y++)
      for (int xx = 0; xx < W; xx++) xp[(c * (H + 2) + y + 1) * R + xx + 1] = x[(y * W + xx) * C + c];
}

/* h[f][y][x] = ReLU(bK[f] + Σ_{c,dy,dx} K[dy][dx][c][f] xp[c][y+dy][x+dx]); columns >= W zeroed. */
static void conv_forward_image(const Shape *sh, const float *xp, const float *K, const float *bK, float *h) {
  const int H = sh->H, W = sh->W, C = sh->C, F = sh->F, Wq = wq_of(W), R = Wq + 2;
  const int keep = W % 4 ? W % 4 : 4; /* valid lanes of a row's last vector */
  const i4 tail = {0 < keep ? -1 : 0, 1 < keep ? -1 : 0, 2 < keep ? -1 : 0, 3 < keep ? -1 : 0};
  for (int f = 0; f < F; f++) {
    float *hf = h + f * H * Wq;
    for (int k = 0; k < H * Wq; k += 4) st(hf + k, sp(bK[f]));
    for (int c = 0; c < C; c++) {
      v4 k9[9];
      for (int t = 0; t < 9; t++) k9[t] = sp(K[(t * C + c) * F + f]);
      const float *pc = xp + c * (H + 2) * R;
      for (int y = 0; y < H; y++) {
        const float *r0 = pc + y * R, *r1 = r0 + R, *r2 = r1 + R;
        float *o = hf + y * Wq;
        for (int x = 0; x < Wq; x += 4) {
          v4 a = ld(o + x);
          a += k9[0] * ldu(r0 + x) + k9[1] * ldu(r0 + x + 1) + k9[2] * ldu(r0 + x + 2);
          a += k9[3] * ldu(r1 + x) + k9[4] * ldu(r1 + x + 1) + k9[5] * ldu(r1 + x + 2);
          a += k9[6] * ldu(r2 + x) + k9[7] * ldu(r2 + x + 1) + k9[8] * ldu(r2 + x + 2);
          st(o + x, a);
        }
      }
    }
    for (int y = 0; y < H; y++) {
      float *o = hf + y * Wq;
      for (int x = 0; x + 4 < Wq; x += 4) st(o + x, relu4(ld(o + x)));
      st(o + Wq - 4, (v4)((i4)relu4(ld(o + Wq - 4)) & tail));
    }
  }
}

/* gbK[f] += Σ dh[f]; gK[dy][dx][c][f] += Σ_{y,x} dh[f][y][x] xp[c][y+dy][x+dx] (9 accumulators in registers). */
static void conv_backward_image(const Shape *sh, const float *xp, const float *dh, float *gK, float *gbK) {
  const int H = sh->H, C = sh->C, F = sh->F, Wq = wq_of(sh->W), R = Wq + 2;
  for (int f = 0; f < F; f++) {
    const float *df = dh + f * H * Wq;
    v4 gb = sp(0.0f);
    for (int k = 0; k < H * Wq; k += 4) gb += ld(df + k);
    gbK[f] += hsum(gb);
    for (int c = 0; c < C; c++) {
      const float *pc = xp + c * (H + 2) * R;
      v4 a0 = sp(0), a1 = sp(0), a2 = sp(0), a3 = sp(0), a4 = sp(0), a5 = sp(0), a6 = sp(0), a7 = sp(0), a8 = sp(0);
      for (int y = 0; y < H; y++) {
        const float *r0 = pc + y * R, *r1 = r0 + R, *r2 = r1 + R, *d = df + y * Wq;
        for (int x = 0; x < Wq; x += 4) {
          const v4 dv = ld(d + x);
          a0 += dv * ldu(r0 + x);
          a1 += dv * ldu(r0 + x + 1);
          a2 += dv * ldu(r0 + x + 2);
          a3 += dv * ldu(r1 + x);
          a4 += dv * ldu(r1 + x + 1);
          a5 += dv * ldu(r1 + x + 2);
          a6 += dv * ldu(r2 + x);
          a7 += dv * ldu(r2 + x + 1);
          a8 += dv * ldu(r2 + x + 2);
        }
      }
      const v4 acc[9] = {a0, a1, a2, a3, a4, a5, a6, a7, a8};
      for (int t = 0; t < 9; t++) gK[(t * C + c) * F + f] += hsum(acc[t]);
    }
  }
}

/* logits z[k] = bD[k] + Σ_j h[j] Dt[k][j]: one pass over h with K accumulators. */
FORCE void dense_forward(const int K, const float *h, const float *Dt, const float *bD, const int J, float *z) {
  v4 acc[64];
  for (int k = 0; k < K; k++) acc[k] = sp(0.0f);
  for (int j = 0; j < J; j += 4) {
    const v4 hv = ld(h + j);
    for (int k = 0; k < K; k++) acc[k] += hv * ld(Dt + k * J + j);
  }
  for (int k = 0; k < K; k++) z[k] = bD[k] + hsum(acc[k]);
}

/* gDt[k][j] += dl[k] h[j];  dh[j] = [h[j] > 0] Σ_k dl[k] Dt[k][j]. */
FORCE void dense_backward(const int K, const float *h, const float *Dt, const float *dl, const int J, float *gD, float *dh) {
  v4 d[64];
  for (int k = 0; k < K; k++) d[k] = sp(dl[k]);
  for (int j = 0; j < J; j += 4) {
    const v4 hv = ld(h + j);
    v4 acc = sp(0.0f);
    for (int k = 0; k < K; k++) {
      st(gD + k * J + j, ld(gD + k * J + j) + hv * d[k]);
      acc += ld(Dt + k * J + j) * d[k];
    }
    st(dh + j, (v4)((i4)acc & (hv > 0.0f)));
  }
}

#define DENSE_K(k)                                                                                               \
  static void dense_forward_##k(const float *h, const float *Dt, const float *bD, int J, float *z) { dense_forward(k, h, Dt, bD, J, z); } \
  static void dense_backward_##k(const float *h, const float *Dt, const float *dl, int J, float *gD, float *dh) { dense_backward(k, h, Dt, dl, J, gD, dh); }
DENSE_K(2) DENSE_K(10)
static void dense_forward_any(int K, const float *h, const float *Dt, const float *bD, int J, float *z) { dense_forward(K, h, Dt, bD, J, z); }
static void dense_backward_any(int K, const float *h, const float *Dt, const float *dl, int J, float *gD, float *dh) { dense_backward(K, h, Dt, dl, J, gD, dh); }

static void dense_fwd(int K, const float *h, const float *Dt, const float *bD, int J, float *z) {
  switch (K) {
#define F_CASE(k) case k: dense_forward_##k(h, Dt, bD, J, z); return;
    F_CASE(2) F_CASE(10)
#undef F_CASE
    default: dense_forward_any(K, h, Dt, bD, J, z);
  }
}
static void dense_bwd(int K, const float *h, const float *Dt, const float *dl, int J, float *gD, float *dh) {
  switch (K) {
#define B_CASE(k) case k: dense_backward_##k(h, Dt, dl, J, gD, dh); return;
    B_CASE(2) B_CASE(10)
#undef B_CASE
    default: dense_backward_any(K, h, Dt, dl, J, gD, dh);
  }
}

static void step_impl(const Shape *sh, const float *X, const int *labels, float *theta, float *m, float *v,
                     float *G, float *Hs, float *dl, float *xp, float *dh, const float *hyper, float *lossOut) {
  const int N = sh->N, C = sh->C, F = sh->F, K = sh->classes;
  const int J = F * sh->H * wq_of(sh->W), inSize = sh->H * sh->W * C;
  const int oK = 0, obK = 9 * C * F, oD = obK + F, obD = oD + K * J, P = obD + K;
  const float *Kw = theta + oK, *bK = theta + obK, *Dt = theta + oD, *bD = theta + obD;
  for (int q = 0; q < P; q++) G[q] = 0.0f;
  float loss = 0.0f;
  const float invN = 1.0f / (float)N;
  float *gD = G + oD, *gbD = G + obD;
  /* one image at a time: conv, logits, softmax, dense backward, conv backward */
  for (int n = 0; n < N; n++) {
    pad_image(sh, X + n * inSize, xp);
    float *h = Hs;
    conv_forward_image(sh, xp, Kw, bK, h);
    float z[64], mx = -3.4e38f;
    dense_fwd(K, h, Dt, bD, J, z);
    for (int k = 0; k < K; k++)
      if (z[k] > mx) mx = z[k];
    float se = 0.0f;
    for (int k = 0; k < K; k++) {
      z[k] = sexp(z[k] - mx);
      se += z[k];
    }
    const int lab = labels[n];
    float *d = dl + n * K;
    for (int k = 0; k < K; k++) {
      d[k] = (z[k] / se - (k == lab ? 1.0f : 0.0f)) * invN;
      gbD[k] += d[k];
    }
    loss += (slog(se) - slog(z[lab])) * invN;
    dense_bwd(K, h, Dt, d, J, gD, dh);
    conv_backward_image(sh, xp, dh, G + oK, G + obK);
  }
  /* Adam, tf.train.adam form: θ ← θ − lr · (m / c1) / (√(v / c2) + ε); hyper = [lr, b1, 1-b1, b2, 1-b2, eps, c1, c2] */
  const v4 lr = sp(hyper[0]), b1 = sp(hyper[1]), omb1 = sp(hyper[2]), b2 = sp(hyper[3]), omb2 = sp(hyper[4]), eps = sp(hyper[5]);
  const v4 c1 = sp(hyper[6]), c2 = sp(hyper[7]);
  int q = 0;
  for (; q + 4 <= P; q += 4) {
    const v4 g = ld(G + q);
    const v4 mm = ld(m + q) * b1 + g * omb1;
    const v4 vv = ld(v + q) * b2 + (g * g) * omb2;
    st(m + q, mm);
    st(v + q, vv);
    const v4 sq = (v4)wasm_f32x4_sqrt((v128_t)(vv / c2));
    st(theta + q, ld(theta + q) + ((mm / c1) / (sq + eps)) * -lr);
  }
  for (; q < P; q++) {
    const float g = G[q];
    m[q] = m[q] * hyper[1] + g * hyper[2];
    v[q] = v[q] * hyper[3] + (g * g) * hyper[4];
    const float sq = wasm_f32x4_extract_lane(wasm_f32x4_sqrt(wasm_f32x4_splat(v[q] / hyper[7])), 0);
    theta[q] = theta[q] + ((m[q] / hyper[6]) / (sq + hyper[5])) * -hyper[0];
  }
  if (lossOut) *lossOut = loss;
}

/* Parameter count of the CNN in the kernel's layout (J' = F·H·Wq), or < 0 when unsupported (classes > 64). */
EXPORT(conv_params) int conv_params(const int *shape) {
  const Shape sh = {shape[0], shape[1], shape[2], shape[3], shape[4], shape[5]};
  if (sh.N < 1 || sh.H < 1 || sh.W < 1 || sh.C < 1 || sh.F < 1 || sh.classes < 1 || sh.classes > 64) return -1;
  return 9 * sh.C * sh.F + sh.F + sh.classes * sh.F * sh.H * wq_of(sh.W) + sh.classes;
}

/* Scratch floats conv_train needs: G [P] | h [J'] (one image) | dl [N·classes] | xp [C(H+2)(Wq+2)] | dh [J']. */
EXPORT(conv_scratch) int conv_scratch(const int *shape) {
  const int P = conv_params(shape);
  if (P < 0) return P;
  const int J = shape[4] * shape[1] * wq_of(shape[2]);
  return P + 4 + J + shape[0] * shape[5] + (shape[1] + 2) * (wq_of(shape[2]) + 2) * shape[3] + 4 + J + 64;
}

/*
 * One training step on the batch: shape = [N, H, W, C, F, classes]; x [N][H][W][C];
 * labels [N]; theta, m, v [P]; scratch [conv_scratch]; hyper as in step_impl. lossOut gets
 * the batch-mean cross-entropy before the step. Returns 0, or < 0 for an unsupported shape.
 */
EXPORT(conv_train)
int conv_train(const int *shape, const float *x, const int *labels, float *theta, float *m, float *v, float *scratch,
               const float *hyper, float *lossOut) {
  const int P = conv_params(shape);
  if (P < 0) return P;
  const Shape sh = {shape[0], shape[1], shape[2], shape[3], shape[4], shape[5]};
  const int J = sh.F * sh.H * wq_of(sh.W);
  float *G = scratch, *Hs = G + ((P + 3) & ~3), *dl = Hs + J, *xp = dl + sh.N * sh.classes;
  float *dh = (float *)(((unsigned long)(xp + (sh.H + 2) * (wq_of(sh.W) + 2) * sh.C) + 15) & ~15ul);
  step_impl(&sh, x, labels, theta, m, v, G, Hs, dl, xp, dh, hyper, lossOut);
  return 0;
}
