"""PyTorch peer of the fused shattering step (bench/shattering.ts).

B independent networks trained at once as a researcher would write it in PyTorch: batched
parameters, bmm/matmul, summed hinge (or logistic) loss, autograd, torch.optim.Adam(lr 0.05).
Families: 'mlp' (2-16-1 ReLU MLP on n points in R^2) and 'gcnn-a' (model A of research/vc.md:
C_8, taps -1,0,1, channels 1-2-2, circular G-correlation, sum pooling, linear read-out).

usage: /usr/bin/python3 bench/peers/shattering_torch.py FAMILY B N LOSS WARMUP STEPS [THREADS]
prints one JSON line: {"ms": [per-step times], "torch": version, "threads": n, ...}
"""
import json
import sys
import time

import torch


def mlp_model(B, n, gen):
    X = torch.randn(n, 2, generator=gen)
    W1 = (torch.randn(B, 16, 2, generator=gen) * 0.7).requires_grad_()
    b1 = torch.zeros(B, 16).requires_grad_()
    v = (torch.randn(B, 16, generator=gen) * 0.25).requires_grad_()
    b0 = torch.zeros(B).requires_grad_()
    Xb = X.unsqueeze(0).expand(B, n, 2)

    def scores():
        h = torch.relu(torch.baddbmm(b1.unsqueeze(1), Xb, W1.transpose(1, 2)))  # [B, n, 16]
        return torch.bmm(h, v.unsqueeze(2)).squeeze(2) + b0.unsqueeze(1)  # [B, n]

    return [W1, b1, v, b0], scores


def gcnn_a_model(B, n, gen):
    r, taps, c0, c1, c2 = 8, (-1, 0, 1), 1, 2, 2
    s = len(taps)
    f = torch.randn(n, r, c0, generator=gen)
    # shift-stacked inputs: X1[i, g, u*c0 + c] = f[i, (g + taps[u]) mod r, c]
    X1 = torch.cat([torch.roll(f, -t, dims=1) for t in taps], dim=2).reshape(n * r, s * c0)
    W1 = (torch.randn(B, s * c0, c1, generator=gen) * (2 / (s * c0)) ** 0.5).requires_grad_()
    b1 = (torch.randn(B, 1, c1, generator=gen) * 0.1).requires_grad_()
    W2 = (torch.randn(B, s * c1, c2, generator=gen) * (2 / (s * c1)) ** 0.5).requires_grad_()
    b2 = (torch.randn(B, 1, c2, generator=gen) * 0.1).requires_grad_()
    v = (torch.randn(B, c2, 1, generator=gen) * (1 / (r * c2)) ** 0.5).requires_grad_()
    b0 = torch.zeros(B, 1).requires_grad_()

    def scores():
        h1 = torch.relu(torch.matmul(X1, W1) + b1).reshape(B, n, r, c1)  # [B, n, r, c1]
        st = torch.cat([torch.roll(h1, -t, dims=2) for t in taps], dim=3).reshape(B, n * r, s * c1)
        h2 = torch.relu(torch.bmm(st, W2) + b2).reshape(B, n, r, c2)
        return torch.bmm(h2.sum(2), v).squeeze(2) + b0  # [B, n]

    return [W1, b1, W2, b2, v, b0], scores


def main():
    family, B, n, loss, warmup, steps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5]), int(sys.argv[6])
    threads = int(sys.argv[7]) if len(sys.argv) > 7 else 1
    torch.set_num_threads(threads)
    gen = torch.Generator().manual_seed(0)
    params, scores = (mlp_model if family == 'mlp' else gcnn_a_model)(B, n, gen)
    y = torch.randint(0, 2, (B, n), generator=gen).float() * 2 - 1
    opt = torch.optim.Adam(params, lr=0.05)

    def step():
        opt.zero_grad(set_to_none=True)
        ys = y * scores()
        L = torch.relu(1 - ys).sum() if loss == 'hinge' else torch.nn.functional.softplus(-ys).sum()
        L.backward()
        opt.step()
        return L

    for _ in range(warmup):
        step()
    wall, cpu = [], []
    for _ in range(steps):
        t0, c0 = time.perf_counter(), time.process_time()
        step()
        wall.append((time.perf_counter() - t0) * 1e3)
        cpu.append((time.process_time() - c0) * 1e3)
    print(json.dumps({"family": family, "B": B, "n": n, "loss": loss, "wall_ms": wall, "cpu_ms": cpu,
                      "torch": torch.__version__, "threads": torch.get_num_threads(), "python": sys.version.split()[0]}))


if __name__ == "__main__":
    main()
