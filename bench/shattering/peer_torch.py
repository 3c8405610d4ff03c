#!/usr/bin/python3
"""PyTorch peer of the tfjs shattering benchmark (bench/shattering/run.mjs).

Model A of research/vc.md (C_8, 3-tap circular kernel, channels 1-2-2, sum pooling, linear
read-out with bias: W = 25) for all 2^n labelings x R copies of n random functions, trained
as one batched program: shift-stacked inputs, torch.bmm for the per-model channel mixing,
hinge loss summed over models, Adam (lr 0.05). Same workload as the tfjs side: a fixed
number of steps, no early stop. Run with Debian's system python3 (python3-torch).

usage: /usr/bin/python3 peer_torch.py [--steps 20] [--threads 1] [--n 8 10] [--R 8]
prints one JSON object per (n, threads) on stdout.
"""
import argparse
import json
import math
import time

import torch

R_GROUP, TAPS, C1, C2 = 8, (-1, 0, 1), 2, 2


def init(B, gen):
    s = len(TAPS)
    w1 = torch.randn(B, s, C1, generator=gen) * math.sqrt(2 / s)
    b1 = torch.randn(B, 1, C1, generator=gen) * 0.1
    w2 = torch.randn(B, s * C1, C2, generator=gen) * math.sqrt(2 / (s * C1))
    b2 = torch.randn(B, 1, C2, generator=gen) * 0.1
    v = torch.randn(B, C2, 1, generator=gen) / math.sqrt(R_GROUP * C2)
    b0 = torch.zeros(B, 1)
    return [p.requires_grad_() for p in (w1, b1, w2, b2, v, b0)]


def shift_stack(h, dim):
    # (K * h)(g) reads h(g + u): roll by -u along the group axis
    return torch.cat([torch.roll(h, shifts=-u, dims=dim) for u in TAPS], dim=-1)


def forward(params, xs, n):
    w1, b1, w2, b2, v, b0 = params
    B = w1.shape[0]
    h1 = torch.relu(torch.matmul(xs, w1) + b1)                       # [B, n*r, C1]
    h1s = shift_stack(h1.view(B, n, R_GROUP, C1), 2).view(B, n * R_GROUP, len(TAPS) * C1)
    h2 = torch.relu(torch.bmm(h1s, w2) + b2)                         # [B, n*r, C2]
    pooled = h2.view(B, n, R_GROUP, C2).sum(2)                       # [B, n, C2]
    return torch.bmm(pooled, v).view(B, n) + b0                      # [B, n]


def run(n, R, steps, threads, seed=42):
    torch.set_num_threads(threads)
    gen = torch.Generator().manual_seed(seed)
    f = torch.randn(n, R_GROUP, generator=gen)
    xs = shift_stack(f.view(n, R_GROUP, 1), 1).view(1, n * R_GROUP, len(TAPS))
    masks = torch.arange(2 ** n).repeat_interleave(R)
    bits = (masks.view(-1, 1) >> torch.arange(n).view(1, -1)) & 1
    y = bits.float() * 2 - 1
    B = y.shape[0]
    params = init(B, gen)
    opt = torch.optim.Adam(params, lr=0.05)

    def step():
        opt.zero_grad()
        loss = torch.relu(1 - y * forward(params, xs, n)).sum()
        loss.backward()
        opt.step()

    for _ in range(3):
        step()
    t0 = time.perf_counter()
    for _ in range(steps):
        step()
    dt = (time.perf_counter() - t0) / steps
    with torch.no_grad():
        margin = (y * forward(params, xs, n)).min(1).values
        ok = (margin >= 1e-3).view(2 ** n, R).any(1).sum().item()
    return {"impl": "pytorch", "n": n, "R": R, "B": B, "threads": threads, "ms_per_step": dt * 1e3,
            "labeling_steps_per_s": B / dt, "realised_after": int(ok), "steps_before_count": steps + 3}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--n", type=int, nargs="+", default=[8, 10])
    ap.add_argument("--R", type=int, default=8)
    a = ap.parse_args()
    meta = {"torch": torch.__version__, "python": __import__("sys").version.split()[0]}
    for n in a.n:
        for t in a.threads:
            print(json.dumps({**run(n, a.R, a.steps, t), **meta}), flush=True)


if __name__ == "__main__":
    main()
