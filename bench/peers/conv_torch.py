"""PyTorch peer of the conv training step (bench/conv.ts; research/backends-and-tooling.md §1):
batch N x 1 x H x W images, Conv2d(1, F, 3, padding 1) + ReLU, flatten, Linear(H*W*F, classes),
softmax cross-entropy (mean over the batch), torch.optim.Adam(lr 1e-3).

usage: /usr/bin/python3 bench/peers/conv_torch.py N H F CLASSES WARMUP STEPS [THREADS]
prints one JSON line with per-step wall_ms and cpu_ms.
"""
import json
import sys
import time

import torch


def main():
    N, H, F, classes, warmup, steps = (int(a) for a in sys.argv[1:7])
    threads = int(sys.argv[7]) if len(sys.argv) > 7 else 1
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    x = torch.randn(N, 1, H, H)
    y = torch.randint(0, classes, (N,))
    model = torch.nn.Sequential(
        torch.nn.Conv2d(1, F, 3, padding=1), torch.nn.ReLU(), torch.nn.Flatten(), torch.nn.Linear(H * H * F, classes)
    )
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    lossf = torch.nn.CrossEntropyLoss()

    def step():
        opt.zero_grad(set_to_none=True)
        loss = lossf(model(x), y)
        loss.backward()
        opt.step()

    for _ in range(warmup):
        step()
    wall, cpu = [], []
    for _ in range(steps):
        t0, c0 = time.perf_counter(), time.process_time()
        step()
        wall.append((time.perf_counter() - t0) * 1e3)
        cpu.append((time.process_time() - c0) * 1e3)
    print(json.dumps({"N": N, "H": H, "F": F, "wall_ms": wall, "cpu_ms": cpu, "torch": torch.__version__, "threads": torch.get_num_threads()}))


if __name__ == "__main__":
    main()
