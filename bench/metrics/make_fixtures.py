#!/usr/bin/python3
"""Reference fixtures for the unit tests of src/empirical/disentanglement: small arrays and the
values numpy/scikit-learn give on them with disentanglement_lib's definitions (the functions of
peer_sklearn.py). Writes test/unit/empirical/disentanglement/fixtures/sklearn-reference.json.

    /usr/bin/python3 bench/metrics/make_fixtures.py
"""
import json
import os
import sys

import numpy as np
import sklearn
from sklearn import ensemble, linear_model, svm

sys.path.insert(0, os.path.dirname(__file__))
import peer_sklearn as peer  # noqa: E402

rs = np.random.RandomState(7)
N = 600
sizes = [3, 5]
factors = np.stack([rs.randint(n, size=N) for n in sizes], axis=1)
# code 0: affine in f0 with noise; code 1: a mix of f1 and f0; code 2: noise; code 3: a float in few values
codes = np.stack([
    2.0 * factors[:, 0] + 0.05 * rs.randn(N),
    0.8 * factors[:, 1] - 0.4 * factors[:, 0] + 0.1 * rs.randn(N),
    rs.randn(N),
    np.round(rs.rand(N) * 4) / 4 + factors[:, 1],
], axis=1)
cut = 400
ztr, ytr, zte, yte = codes[:cut], factors[:cut], codes[cut:], factors[cut:]

m, h = peer.mi_matrix(codes, factors)
binned = [peer.histogram_bins(codes[:, j]).tolist() for j in range(codes.shape[1])]

lr = linear_model.LogisticRegression().fit(ztr, ytr[:, 1])
lr2 = linear_model.LogisticRegression().fit(ztr, ytr[:, 0] == 2)
svc = [svm.LinearSVC(C=0.01, class_weight="balanced").fit(ztr[:, j:j + 1], ytr[:, i]) for j in range(codes.shape[1]) for i in range(len(sizes))]
gbt = ensemble.GradientBoostingClassifier(random_state=0).fit(ztr, ytr[:, 1])

out = {
    "versions": {"numpy": np.__version__, "sklearn": sklearn.__version__},
    "codes": codes.tolist(),
    "factors": factors.tolist(),
    "cut": cut,
    "binned": binned,
    "mi": m.tolist(),
    "entropies": h.tolist(),
    "mig": peer.mig(m, h),
    "dcimig": peer.dcimig(m, h),
    "modularity": peer.modularity(m),
    "irs": peer.irs(codes, factors),
    "sap_continuous": peer.sap(codes, factors, None, None, True),
    "sap_discrete": peer.sap(ztr, ytr, zte, yte, False),
    "svc_accuracy": [float(np.mean(c.predict(zte[:, j:j + 1]) == yte[:, i])) for c, (j, i) in zip(svc, [(j, i) for j in range(codes.shape[1]) for i in range(len(sizes))])],
    "explicitness": peer.explicitness(ztr, ytr, zte, yte),
    "lr_multinomial": {"train_accuracy": float(lr.score(ztr, ytr[:, 1])), "test_accuracy": float(lr.score(zte, yte[:, 1])), "proba_test_first5": lr.predict_proba(zte[:5]).tolist()},
    "lr_binary": {"train_accuracy": float(lr2.score(ztr, ytr[:, 0] == 2)), "proba_test_first5": lr2.predict_proba(zte[:5]).tolist()},
    "gbt": {"importances": gbt.feature_importances_.tolist(), "train_accuracy": float(gbt.score(ztr, ytr[:, 1])), "test_accuracy": float(gbt.score(zte, yte[:, 1]))},
    "dci": peer.dci(ztr, ytr, zte, yte),
}
path = os.path.join(os.path.dirname(__file__), "..", "..", "test", "unit", "empirical", "disentanglement", "fixtures", "sklearn-reference.json")
with open(path, "w") as f:
    json.dump(out, f)
print("wrote", os.path.normpath(path))
