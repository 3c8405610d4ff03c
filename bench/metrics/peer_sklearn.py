#!/usr/bin/python3
"""Peer for bench/metrics: the reference method of disentanglement_lib's metrics, written with
numpy + scikit-learn (Debian python3-numpy, python3-sklearn), on the same arrays as the
TypeScript benchmark, so times and values can be set side by side.

Input: --codes/--factors .npy files (N x D codes, N x K factor labels). MIG, DCIMIG,
Modularity, IRS and SAP-continuous use every row; SAP, Explicitness and DCI train on the
first ceil(2N/3) rows and test on the rest; BetaVAE and FactorVAE draw rows (rows sharing a
factor value stand in for an intervention) from np.random.RandomState(seed).
Output: one JSON object {metric: value, ..., "seconds": {metric: wall seconds},
"cpu_seconds": {metric: process CPU seconds}, "versions": {...}}.
"""
import argparse
import json
import math
import sys
import time

import numpy as np
import scipy
import scipy.stats
import sklearn
from sklearn import ensemble, linear_model, metrics, preprocessing, svm


def histogram_bins(row, bins=20):
    """Equal-width labels 1..bins (np.histogram edges, np.digitize on all but the last)."""
    edges = np.histogram(row, bins)[1]
    return np.digitize(row, edges[:-1])


def mi_matrix(codes, factors, bins=20):
    """m[j, i] = plug-in MI (nats) of binned code j and factor i; and H(factor i)."""
    binned = [histogram_bins(codes[:, j], bins) for j in range(codes.shape[1])]
    m = np.array([[metrics.mutual_info_score(factors[:, i], b) for i in range(factors.shape[1])] for b in binned])
    h = np.array([metrics.mutual_info_score(factors[:, i], factors[:, i]) for i in range(factors.shape[1])])
    return m, h


def mig(m, h):
    top = np.sort(m, axis=0)[::-1]
    return float(np.mean((top[0] - top[1]) / h))


def dcimig(m, h):
    best = np.zeros(m.shape[1])
    for row in m:
        order = np.argsort(-row, kind="stable")
        gap = row[order[0]] - row[order[1]]
        best[order[0]] = max(best[order[0]], gap)
    return float(best.sum() / h.sum())


def modularity(m):
    sq = m ** 2
    top = sq.max(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        score = 1.0 - (sq.sum(axis=1) - top) / (top * (sq.shape[1] - 1))
    score[top == 0] = 0.0
    return float(score.mean())


def explicitness(ztr, ytr, zte, yte):
    mean, std = ztr.mean(axis=0), ztr.std(axis=0)
    std[std == 0] = 1.0
    ztr, zte = (ztr - mean) / std, (zte - mean) / std
    scores = []
    for i in range(ytr.shape[1]):
        clf = linear_model.LogisticRegression().fit(ztr, ytr[:, i])
        onehot = preprocessing.MultiLabelBinarizer(classes=clf.classes_).fit_transform(yte[:, i:i + 1])
        scores.append(metrics.roc_auc_score(onehot, clf.predict_proba(zte)))
    return float(np.mean(scores))


def irs(codes, factors, q=0.99, bins=20):
    active = codes[:, codes.var(axis=0) > 0]
    if active.shape[1] == 0:
        return 0.0
    g = np.stack([histogram_bins(factors[:, i], bins) for i in range(factors.shape[1])], axis=1)
    max_dev = np.abs(active - active.mean(axis=0)).max(axis=0)
    cum = np.zeros((active.shape[1], g.shape[1]))
    for i in range(g.shape[1]):
        values = np.unique(g[:, i])
        for v in values:
            group = active[g[:, i] == v]
            cum[:, i] += np.quantile(np.abs(group - group.mean(axis=0)), q, axis=0)
        cum[:, i] /= len(values)
    per_code = (1.0 - cum / max_dev[:, None]).max(axis=1)
    return float(np.average(per_code, weights=max_dev))


def sap(ztr, ytr, zte, yte, continuous):
    s = np.zeros((ztr.shape[1], ytr.shape[1]))
    for j in range(ztr.shape[1]):
        for i in range(ytr.shape[1]):
            if continuous:
                c = np.cov(ztr[:, j], ytr[:, i], ddof=1)
                s[j, i] = c[0, 1] ** 2 / (c[0, 0] * c[1, 1]) if c[0, 0] > 1e-12 else 0.0
            else:
                clf = svm.LinearSVC(C=0.01, class_weight="balanced").fit(ztr[:, j:j + 1], ytr[:, i])
                s[j, i] = np.mean(clf.predict(zte[:, j:j + 1]) == yte[:, i])
    top = np.sort(s, axis=0)
    return float(np.mean(top[-1] - top[-2]))


def dci(ztr, ytr, zte, yte):
    r = np.zeros((ztr.shape[1], ytr.shape[1]))
    acc = []
    for i in range(ytr.shape[1]):
        model = ensemble.GradientBoostingClassifier().fit(ztr, ytr[:, i])
        r[:, i] = np.abs(model.feature_importances_)
        acc.append(np.mean(model.predict(zte) == yte[:, i]))
    per_code = 1.0 - scipy.stats.entropy(r.T + 1e-11, base=r.shape[1])
    per_factor = 1.0 - scipy.stats.entropy(r + 1e-11, base=r.shape[0])
    w = r if r.sum() > 0 else np.ones_like(r)
    return {
        "disentanglement": float(np.sum(per_code * w.sum(axis=1) / w.sum())),
        "completeness": float(np.sum(per_factor * w.sum(axis=0) / w.sum())),
        "informativeness": float(np.mean(acc)),
    }


class RowSampler:
    """Rows with replacement; "fix factor k" draws among rows sharing the first row's value
    (vectorised: rows grouped by value once, a uniform pick inside the group per draw)."""

    def __init__(self, codes, factors):
        self.codes, self.factors = codes, factors
        self.order, self.start, self.count = [], [], []
        for k in range(factors.shape[1]):
            values, inverse, counts = np.unique(factors[:, k], return_inverse=True, return_counts=True)
            self.order.append(np.argsort(inverse, kind="stable"))
            self.start.append(np.concatenate([[0], np.cumsum(counts)[:-1]]))
            self.count.append(counts)
            self.__dict__.setdefault("inverse", []).append(inverse)

    def same_as(self, k, rows, rs):
        g = self.inverse[k][rows]
        pick = self.start[k][g] + (rs.random_sample(len(rows)) * self.count[k][g]).astype(np.int64)
        return self.order[k][pick]


def betavae(sampler, rs, batch, n_train, n_eval):
    def features(n):
        x = np.zeros((n, sampler.codes.shape[1]))
        y = np.zeros(n, dtype=np.int64)
        for p in range(n):
            k = rs.randint(sampler.factors.shape[1])
            a = rs.randint(len(sampler.codes), size=batch)
            b = sampler.same_as(k, a, rs)
            x[p] = np.mean(np.abs(sampler.codes[a] - sampler.codes[b]), axis=0)
            y[p] = k
        return x, y
    xtr, ytr = features(n_train)
    model = linear_model.LogisticRegression().fit(xtr, ytr)
    xev, yev = features(n_eval)
    return float(model.score(xev, yev))


def factorvae(sampler, rs, batch, n_train, n_eval, n_var, threshold=0.05):
    glob = np.var(sampler.codes[rs.randint(len(sampler.codes), size=n_var)], axis=0, ddof=1)
    active = np.sqrt(glob) >= threshold
    if not active.any():
        return 0.0

    def votes(n):
        v = np.zeros((sampler.factors.shape[1], active.sum()), dtype=np.int64)
        for _ in range(n):
            k = rs.randint(sampler.factors.shape[1])
            first = rs.randint(len(sampler.codes))
            rows = np.concatenate([[first], sampler.same_as(k, np.full(batch - 1, first), rs)])
            local = np.var(sampler.codes[rows], axis=0, ddof=1)
            v[k, np.argmin(local[active] / glob[active])] += 1
        return v
    train = votes(n_train)
    cls = np.argmax(train, axis=0)
    ev = votes(n_eval)
    return float(ev[cls, np.arange(ev.shape[1])].sum() / ev.sum())


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--codes", required=True)
    ap.add_argument("--factors", required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--intervention-train", type=int, default=10000)
    ap.add_argument("--intervention-eval", type=int, default=5000)
    ap.add_argument("--metrics", default="mig,dcimig,modularity,irs,sap_continuous,sap,explicitness,dci,betavae,factorvae")
    args = ap.parse_args()
    codes = np.load(args.codes).astype(np.float64)
    factors = np.load(args.factors)
    if codes.ndim == 1:
        codes = codes[:, None]
    if factors.ndim == 1:
        factors = factors[:, None]
    n = len(codes)
    cut = math.ceil(2 * n / 3)
    ztr, ytr, zte, yte = codes[:cut], factors[:cut], codes[cut:], factors[cut:]
    out, seconds, cpu = {}, {}, {}
    wanted = args.metrics.split(",")

    def timed(name, fn):
        if name not in wanted:
            return
        t0, c0 = time.perf_counter(), time.process_time()
        out[name] = fn()
        seconds[name] = time.perf_counter() - t0
        cpu[name] = time.process_time() - c0

    info = {}
    timed("mig", lambda: info.setdefault("mh", mi_matrix(codes, factors)) and mig(*info["mh"]))
    timed("dcimig", lambda: dcimig(*info.setdefault("mh", mi_matrix(codes, factors))))
    timed("modularity", lambda: modularity(info.setdefault("mh", mi_matrix(codes, factors))[0]))
    timed("irs", lambda: irs(codes, factors))
    timed("sap_continuous", lambda: sap(codes, factors, None, None, True))
    timed("sap", lambda: sap(ztr, ytr, zte, yte, False))
    timed("explicitness", lambda: explicitness(ztr, ytr, zte, yte))
    timed("dci", lambda: dci(ztr, ytr, zte, yte))
    sampler = RowSampler(codes, factors)
    timed("betavae", lambda: betavae(sampler, np.random.RandomState(args.seed), 64, args.intervention_train, args.intervention_eval))
    timed("factorvae", lambda: factorvae(sampler, np.random.RandomState(args.seed), 64, args.intervention_train, args.intervention_eval, 10000))
    out["seconds"] = seconds
    out["cpu_seconds"] = cpu
    out["versions"] = {"python": sys.version.split()[0], "numpy": np.__version__, "scipy": scipy.__version__, "sklearn": sklearn.__version__}
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
