/*
 * Optional native accelerator: the fused kernels of native/wasm/fused.c compiled for three
 * x86-64 ISAs (SSE2, AVX2+FMA, AVX-512) and chosen at load time from what the CPU supports,
 * exposed through N-API with the same ABI as the WebAssembly module: every pointer is a
 * byte offset into one ArrayBuffer the caller owns (offset 0 means null).
 * Built only by `npm run build:native` (scripts/build-native.sh); never at install time.
 */
#include <node_api.h>
#include <stddef.h>
#include <stdint.h>

#define DECLARE(isa)                                                                                            \
  int fused_path_##isa(const int *);                                                                          \
  int fused_params_##isa(const int *);                                                                        \
  int fused_lanes_##isa(void);                                                                                \
  int fused_abi_##isa(void);                                                                                  \
  int fused_train_##isa(const int *, int, float *, float *, float *, const float *, const float *, int,       \
                        const float *, const float *, int, const float *, int, float *);                      \
  int fused_scores_##isa(const int *, int, const float *, const float *, int, float *);
DECLARE(sse2)
DECLARE(avx2)
DECLARE(avx512)

typedef struct {
  const char *name;
  int (*path)(const int *);
  int (*params)(const int *);
  int (*lanes)(void);
  int (*abi)(void);
  int (*train)(const int *, int, float *, float *, float *, const float *, const float *, int, const float *,
               const float *, int, const float *, int, float *);
  int (*scores)(const int *, int, const float *, const float *, int, float *);
} Kernels;

#define KERNELS(isa) {#isa, fused_path_##isa, fused_params_##isa, fused_lanes_##isa, fused_abi_##isa, fused_train_##isa, fused_scores_##isa}
static const Kernels ALL[3] = {KERNELS(sse2), KERNELS(avx2), KERNELS(avx512)};
static const Kernels *K = &ALL[0];

static void pick(void) {
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq"))
    K = &ALL[2];
  else if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
    K = &ALL[1];
  else
    K = &ALL[0];
}

static napi_value num(napi_env env, double x) {
  napi_value v;
  napi_create_double(env, x, &v);
  return v;
}

/* args[0] = ArrayBuffer, args[1..] = int32 offsets / counts */
static int read_args(napi_env env, napi_callback_info info, size_t want, char **base, size_t *len, int32_t *ints) {
  napi_value argv[16];
  size_t argc = 16;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc < want) {
    napi_throw_type_error(env, NULL, "theorycheck_fused: wrong number of arguments");
    return -1;
  }
  void *data;
  if (napi_get_arraybuffer_info(env, argv[0], &data, len) != napi_ok) {
    napi_throw_type_error(env, NULL, "theorycheck_fused: first argument must be an ArrayBuffer");
    return -1;
  }
  *base = (char *)data;
  for (size_t i = 1; i < want; i++) {
    if (napi_get_value_int32(env, argv[i], &ints[i]) != napi_ok) {
      napi_throw_type_error(env, NULL, "theorycheck_fused: offsets must be integers");
      return -1;
    }
  }
  return 0;
}

#define PTR(T, off) ((off) ? (T *)(base + (off)) : (T *)0)

static napi_value js_path(napi_env env, napi_callback_info info) {
  char *base;
  size_t len;
  int32_t a[2];
  if (read_args(env, info, 2, &base, &len, a)) return NULL;
  return num(env, K->path(PTR(const int, a[1])));
}

static napi_value js_params(napi_env env, napi_callback_info info) {
  char *base;
  size_t len;
  int32_t a[2];
  if (read_args(env, info, 2, &base, &len, a)) return NULL;
  return num(env, K->params(PTR(const int, a[1])));
}

static napi_value js_train(napi_env env, napi_callback_info info) {
  char *base;
  size_t len;
  int32_t a[15];
  if (read_args(env, info, 15, &base, &len, a)) return NULL;
  return num(env, K->train(PTR(const int, a[1]), a[2], PTR(float, a[3]), PTR(float, a[4]), PTR(float, a[5]), PTR(const float, a[6]),
                           PTR(const float, a[7]), a[8], PTR(const float, a[9]), PTR(const float, a[10]), a[11],
                           PTR(const float, a[12]), a[13], PTR(float, a[14])));
}

static napi_value js_scores(napi_env env, napi_callback_info info) {
  char *base;
  size_t len;
  int32_t a[7];
  if (read_args(env, info, 7, &base, &len, a)) return NULL;
  return num(env, K->scores(PTR(const int, a[1]), a[2], PTR(const float, a[3]), PTR(const float, a[4]), a[5], PTR(float, a[6])));
}

static napi_value js_info(napi_env env, napi_callback_info info) {
  (void)info;
  napi_value o, s;
  napi_create_object(env, &o);
  napi_create_string_utf8(env, K->name, NAPI_AUTO_LENGTH, &s);
  napi_set_named_property(env, o, "isa", s);
  napi_set_named_property(env, o, "lanes", num(env, K->lanes()));
  napi_set_named_property(env, o, "abi", num(env, K->abi()));
  return o;
}

static napi_value init(napi_env env, napi_value exports) {
  pick();
  napi_property_descriptor props[] = {
      {"path", NULL, js_path, NULL, NULL, NULL, napi_default, NULL},
      {"params", NULL, js_params, NULL, NULL, NULL, napi_default, NULL},
      {"train", NULL, js_train, NULL, NULL, NULL, napi_default, NULL},
      {"scores", NULL, js_scores, NULL, NULL, NULL, napi_default, NULL},
      {"info", NULL, js_info, NULL, NULL, NULL, napi_default, NULL},
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
