/* What crossing the C ABI costs: µs and heap allocations per operation for the smallest possible work,
 * so that the numbers are the fixed cost of the boundary (compile, start a run, pause and resume), not
 * of executing Python. Not a test: it prints a table. Build and run with Benchmarks/abi_overhead.sh.
 *
 * Allocations are counted by interposing malloc and friends in this executable (glibc's __libc_*
 * entry points do the work), which libmonty's calls resolve to. Time is the best of several batches
 * (the least disturbed by other load on a shared machine) and their median. */
#define _GNU_SOURCE
#include "monty.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- allocation counting ---- */
extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);
extern void __libc_free(void *);

static uint64_t allocations = 0;

void *malloc(size_t n) { allocations++; return __libc_malloc(n); }
void *calloc(size_t n, size_t m) { allocations++; return __libc_calloc(n, m); }
void *realloc(void *p, size_t n) { allocations++; return __libc_realloc(p, n); }
void free(void *p) { __libc_free(p); }
void *memalign(size_t a, size_t n) { allocations++; return __libc_memalign(a, n); }
void *aligned_alloc(size_t a, size_t n) { allocations++; return __libc_memalign(a, n); }
int posix_memalign(void **out, size_t a, size_t n) {
  allocations++;
  void *p = __libc_memalign(a, n);
  if (!p) return 12; /* ENOMEM */
  *out = p;
  return 0;
}

/* ---- the operations ---- */
static monty_program *one_plus_one, *calls_fetch, *native_loop, *plain_loop;
static int failures = 0;

static void expect(int ok, const char *what) {
  if (!ok && failures++ == 0) fprintf(stderr, "abi_overhead: unexpected result in %s\n", what);
}

static void compile_and_run(void) {
  monty_program *p = monty_compile("1 + 1", "bench.py", NULL, NULL, NULL);
  monty_run *r = monty_start(p, NULL, NULL);
  expect(monty_run_status(r) == MONTY_COMPLETE, "compile+run");
  monty_run_free(r);
  monty_program_free(p);
}

static void rerun(void) {
  monty_run *r = monty_start(one_plus_one, NULL, NULL);
  expect(monty_run_status(r) == MONTY_COMPLETE, "re-run");
  monty_run_free(r);
}

static void rerun_with_result(void) {
  monty_run *r = monty_start(one_plus_one, NULL, NULL);
  const char *json = monty_run_result_json(r);
  expect(json && json[0] == '2', "re-run + result");
  monty_run_free(r);
}

static void external_round_trip(void) {
  monty_run *r = monty_start(calls_fetch, NULL, NULL);
  expect(monty_run_status(r) == MONTY_EXTERNAL_CALL, "round trip (pause)");
  const char *name = monty_call_name(r);
  const char *args = monty_call_args_json(r);
  expect(name && args && strcmp(args, "[1]") == 0, "round trip (args)");
  monty_resume_value(r, "2");
  expect(monty_run_status(r) == MONTY_COMPLETE, "round trip (complete)");
  monty_run_free(r);
}

enum { LOOP = 1000 };

static void native_calls(void) {
  monty_run *r = monty_start(native_loop, NULL, NULL);
  expect(monty_run_status(r) == MONTY_COMPLETE, "native calls");
  monty_run_free(r);
}

static void plain_calls(void) {
  monty_run *r = monty_start(plain_loop, NULL, NULL);
  expect(monty_run_status(r) == MONTY_COMPLETE, "plain loop");
  monty_run_free(r);
}

/* ---- measurement ---- */
static double now_us(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

static int compare(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

typedef struct {
  double best, median, allocs;
} result;

/* µs per call of `op`: batches of `n` calls, best and median of `batches`. */
static result measure(void (*op)(void), int n, int batches) {
  for (int i = 0; i < n / 10 + 1; i++) op(); /* warm up caches and lazy initialization */
  double times[64];
  uint64_t a0 = allocations;
  for (int b = 0; b < batches; b++) {
    double t0 = now_us();
    for (int i = 0; i < n; i++) op();
    times[b] = (now_us() - t0) / n;
  }
  result r;
  r.allocs = (double)(allocations - a0) / ((double)n * batches);
  qsort(times, batches, sizeof times[0], compare);
  r.best = times[0];
  r.median = times[batches / 2];
  return r;
}

static void row(const char *name, result r, const char *target) {
  printf("| %-48s | %9.3f | %9.3f | %8.1f | %-7s |\n", name, r.best, r.median, r.allocs, target);
}

static const struct {
  const char *key;
  void (*op)(void);
} ops[] = {
    {"compile", compile_and_run}, {"rerun", rerun}, {"result", rerun_with_result},
    {"external", external_round_trip}, {"native", native_calls}, {"plain", plain_calls},
};

static int setup(void) {
  one_plus_one = monty_compile("1 + 1", "bench.py", NULL, NULL, NULL);
  calls_fetch = monty_compile("fetch(1)", "bench.py", NULL, "[\"fetch\"]", NULL);
  plain_loop = monty_compile("for i in range(1000):\n    x = 2.0 + 3.0\n", "bench.py", NULL, NULL, NULL);
  native_loop = monty_compile("for i in range(1000):\n    x = c_pow(2.0, 3.0)\n", "bench.py", NULL, NULL, NULL);
  if (!one_plus_one || !calls_fetch || !plain_loop || !native_loop ||
      monty_program_register_native(native_loop, "c_pow", (void *)pow, "d(dd)") != 0) {
    fprintf(stderr, "abi_overhead: setup failed\n");
    return 0;
  }
  return 1;
}

/* `abi_overhead [N]` prints the table (N calls per batch); `abi_overhead --only KEY N` runs one
 * operation N times and prints nothing, for counting instructions under callgrind. */
int main(int argc, char **argv) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  if (!setup()) return 1;
  if (argc == 4 && strcmp(argv[1], "--only") == 0) {
    int count = atoi(argv[3]);
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++) {
      if (strcmp(ops[i].key, argv[2]) == 0) {
        for (int k = 0; k < count; k++) ops[i].op();
        return failures ? 1 : 0;
      }
    }
    fprintf(stderr, "abi_overhead: no operation %s\n", argv[2]);
    return 2;
  }
  int n = argc > 1 ? atoi(argv[1]) : 2000;
  if (n < 10) n = 10;

  printf("| %-48s | %9s | %9s | %8s | %-7s |\n", "operation (per op)", "best µs", "median µs", "allocs", "target");
  printf("|%s|%s|%s|%s|%s|\n", "--------------------------------------------------", "-----------",
         "-----------", "----------", "---------");
  row("compile + start + status + free of `1 + 1`", measure(compile_and_run, n, 15), "<= 2");
  result re = measure(rerun, n, 15);
  row("re-run: monty_start + status + free", re, "<= 0.3");
  row("re-run + monty_run_result_json", measure(rerun_with_result, n, 15), "");
  result trip = measure(external_round_trip, n, 15);
  row("external call: start, pause, args, resume, done", trip, "<= 1");
  result extra = {trip.best - re.best, trip.median - re.median, trip.allocs - re.allocs};
  row("  of which pause + resume (minus re-run)", extra, "");
  result native = measure(native_calls, n / 100 + 1, 15), plain = measure(plain_calls, n / 100 + 1, 15);
  result per_call = {(native.best - plain.best) / LOOP, (native.median - plain.median) / LOOP,
                     (native.allocs - plain.allocs) / LOOP};
  row("native d(dd) call via libffi (each, in a loop)", per_call, "");

  monty_program_free(one_plus_one);
  monty_program_free(calls_fetch);
  monty_program_free(plain_loop);
  monty_program_free(native_loop);
  return failures ? 1 : 0;
}
