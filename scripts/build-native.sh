#!/usr/bin/env bash
# Optional: build the native accelerator native/addon/build/theorycheck_fused.node (N-API),
# the kernels of native/wasm/fused.c for SSE2, AVX2+FMA and AVX-512 with run-time dispatch.
# Needs a C compiler (cc/gcc/clang) and Node's headers (node_api.h; Debian: nodejs's
# /usr/include/node, or NODE_INCLUDE=...). Never run at install: without it the WebAssembly
# kernels are used. x86-64 only.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
CC="${CC:-cc}"
inc="${NODE_INCLUDE:-}"
if [ -z "$inc" ]; then
  for d in "$(dirname "$(dirname "$(command -v node)")")/include/node" /usr/include/node /usr/local/include/node; do
    [ -f "$d/node_api.h" ] && inc="$d" && break
  done
fi
[ -n "$inc" ] && [ -f "$inc/node_api.h" ] || { echo "build-native: node_api.h not found (set NODE_INCLUDE)" >&2; exit 3; }
command -v "$CC" >/dev/null || { echo "build-native: no C compiler ($CC)" >&2; exit 3; }
[ "$(uname -m)" = x86_64 ] || { echo "build-native: x86-64 only" >&2; exit 3; }
out="$root/native/addon/build"
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
common=(-O3 -fPIC -std=gnu11 -fno-math-errno -ffp-contract=off -Wall -Wno-unused-function -Wno-psabi)
"$CC" "${common[@]}" -DFUSED_ISA=sse2 -msse2 -c "$root/native/wasm/fused.c" -o "$tmp/sse2.o"
"$CC" "${common[@]}" -DFUSED_ISA=avx2 -mavx2 -mfma -c "$root/native/wasm/fused.c" -o "$tmp/avx2.o"
"$CC" "${common[@]}" -DFUSED_ISA=avx512 -mavx512f -mavx512dq -mavx512vl -mfma -c "$root/native/wasm/fused.c" -o "$tmp/avx512.o"
"$CC" "${common[@]}" -I"$inc" -DNODE_GYP_MODULE_NAME=theorycheck_fused -c "$root/native/addon/addon.c" -o "$tmp/addon.o"
"$CC" -shared -o "$out/theorycheck_fused.node" "$tmp/addon.o" "$tmp/sse2.o" "$tmp/avx2.o" "$tmp/avx512.o"
echo "build-native: $out/theorycheck_fused.node"
