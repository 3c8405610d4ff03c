import * as tf from '@tensorflow/tfjs';

/**
 * Centred kernel alignment with the unbiased HSIC estimator (Song et al. 2012):
 * HSIC(K, L) = [tr(K̃L̃) + 1ᵀK̃1·1ᵀL̃1/((m−1)(m−2)) − 2/(m−2)·1ᵀK̃L̃1] / (m(m−3)),
 * K̃ = K with its diagonal set to 0; CKA = HSIC(K, L)/sqrt(HSIC(K, K)·HSIC(L, L)).
 * Linear CKA uses K = HHᵀ (invariant under H ↦ cHQ). G_ReLU-CKA centres and unit-normalises
 * every unit over samples and uses k(a, b) = max_c H_c(a)H_c(b) (invariant under H ↦ HPD, D > 0).
 */
export function hsicUnbiased(K: Float32Array | Float64Array, L: Float32Array | Float64Array, m: number): number {
  if (m < 4) throw new RangeError(`hsicUnbiased: needs at least 4 samples, got ${m}`);
  let trKL = 0;
  let sumK = 0;
  let sumL = 0;
  let oneKL1 = 0;
  const rowK = new Float64Array(m);
  const rowL = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      if (i === j) continue;
      const k = K[i * m + j]!;
      const l = L[i * m + j]!;
      trKL += k * l; // symmetric: tr(K̃L̃) = Σ_ij K̃_ij L̃_ij
      sumK += k;
      sumL += l;
      rowK[i]! += k;
      rowL[i]! += l;
    }
  }
  for (let i = 0; i < m; i++) oneKL1 += rowK[i]! * rowL[i]!;
  return (trKL + (sumK * sumL) / ((m - 1) * (m - 2)) - (2 / (m - 2)) * oneKL1) / (m * (m - 3));
}

/** CKA from two m × m kernel matrices (row-major). */
export function ckaFromKernels(K: Float32Array | Float64Array, L: Float32Array | Float64Array, m: number): number {
  return hsicUnbiased(K, L, m) / Math.sqrt(hsicUnbiased(K, K, m) * hsicUnbiased(L, L, m));
}

function linearKernel(h: tf.Tensor2D): Float64Array {
  const k = tf.matMul(h, h, false, true);
  const v = Float64Array.from(k.dataSync() as Float32Array);
  k.dispose();
  return v;
}

function maxKernel(h: tf.Tensor2D): Float64Array {
  const out = tf.tidy(() => {
    const centred = tf.sub(h, tf.mean(h, 0, true));
    const unit = tf.div(centred, tf.maximum(tf.sqrt(tf.sum(tf.square(centred), 0, true)), 1e-30));
    return tf.max(tf.mul(tf.expandDims(unit, 1), tf.expandDims(unit, 0)), 2);
  });
  const v = Float64Array.from(out.dataSync() as Float32Array);
  out.dispose();
  return v;
}

/** Linear CKA of two activation matrices (samples × units). */
export function linearCka(h1: tf.Tensor2D, h2: tf.Tensor2D): number {
  return ckaFromKernels(linearKernel(h1), linearKernel(h2), h1.shape[0]);
}

/** G_ReLU-CKA of two activation matrices (samples × units). */
export function greluCka(h1: tf.Tensor2D, h2: tf.Tensor2D): number {
  return ckaFromKernels(maxKernel(h1), maxKernel(h2), h1.shape[0]);
}
