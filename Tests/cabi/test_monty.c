/* The C ABI as a C host uses it: compile errors, results, output, external calls resumed by value and
 * by error, limits, native functions, snapshots, and misuse that must not crash.
 * Built and run by Tests/cabi/run.sh; exits nonzero if any check fails. */
#include "monty.h"

#include <ctype.h>
#include <pthread.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;
static int checks = 0;

#define CHECK(cond)                                                        \
  do {                                                                     \
    checks++;                                                              \
    if (!(cond)) {                                                         \
      failures++;                                                          \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                      \
  } while (0)

/* Exact string comparison that tolerates NULL and prints both sides on failure. */
#define CHECK_STR(actual, expected)                                                             \
  do {                                                                                          \
    const char *a_ = (actual), *e_ = (expected);                                                \
    checks++;                                                                                   \
    if (!(a_ == e_ || (a_ && e_ && strcmp(a_, e_) == 0))) {                                     \
      failures++;                                                                               \
      fprintf(stderr, "%s:%d: %s\n  got:      %s\n  expected: %s\n", __FILE__, __LINE__, #actual, \
              a_ ? a_ : "(NULL)", e_ ? e_ : "(NULL)");                                          \
    }                                                                                           \
  } while (0)

#define CHECK_CONTAINS(actual, needle)                                                         \
  do {                                                                                         \
    const char *a_ = (actual);                                                                 \
    checks++;                                                                                  \
    if (!(a_ && strstr(a_, needle))) {                                                         \
      failures++;                                                                              \
      fprintf(stderr, "%s:%d: %s\n  got:      %s\n  expected to contain: %s\n", __FILE__, __LINE__, \
              #actual, a_ ? a_ : "(NULL)", needle);                                            \
    }                                                                                          \
  } while (0)

static monty_program *compile(const char *source, const char *inputs, const char *externals) {
  char *error = NULL;
  monty_program *p = monty_compile(source, "main.py", inputs, externals, &error);
  if (!p) {
    fprintf(stderr, "unexpected compile error: %s\n", error ? error : "(NULL)");
    failures++;
  }
  monty_string_free(error);
  return p;
}

static void test_compile_errors(void) {
  char *error = NULL;
  monty_program *p = monty_compile("x = (1,\n", "bad.py", NULL, NULL, &error);
  CHECK(p == NULL);
  CHECK_CONTAINS(error, "\"type\":\"SyntaxError\"");
  CHECK_CONTAINS(error, "\"message\":\"'(' was never closed\"");
  CHECK_CONTAINS(error, "\"limit\":null");
  CHECK_CONTAINS(error, "\"line\":1");
  CHECK_CONTAINS(error, "File \\\"bad.py\\\", line 1");
  monty_string_free(error);

  /* Names that are not a JSON array of strings. */
  error = NULL;
  p = monty_compile("1", NULL, "[1]", NULL, &error);
  CHECK(p == NULL);
  CHECK_CONTAINS(error, "\"type\":\"ValueError\"");
  monty_string_free(error);
  error = NULL;
  p = monty_compile("1", NULL, NULL, "[\"f\"", &error);
  CHECK(p == NULL);
  CHECK_CONTAINS(error, "externals_json");
  monty_string_free(error);

  /* Invalid UTF-8 is a SyntaxError, as in python3; a NULL error_json is allowed. */
  CHECK(monty_compile("x = '\xff'\n", NULL, NULL, NULL, NULL) == NULL);
  error = NULL;
  CHECK(monty_compile(NULL, NULL, NULL, NULL, &error) == NULL);
  CHECK_CONTAINS(error, "source is NULL");
  monty_string_free(error);
}

static void test_complete_run(void) {
  monty_program *p = compile("print('hello', 42)\nprint('again')\nx = [1, 2.5, 'x', None, (1, 2), {'k': b'hi'}]\nx\n",
                             NULL, NULL);
  monty_run *r = monty_start(p, NULL, NULL);
  CHECK(monty_run_status(r) == MONTY_COMPLETE);
  CHECK_STR(monty_run_result_json(r), "[1,2.5,\"x\",null,{\"$tuple\":[1,2]},{\"k\":{\"$bytes\":\"aGk=\"}}]");
  CHECK_STR(monty_run_output(r), "hello 42\nagain\n");
  CHECK(monty_run_error_json(r) == NULL);
  CHECK(monty_call_name(r) == NULL);
  CHECK(monty_call_args_json(r) == NULL);
  CHECK(monty_call_kwargs_json(r) == NULL);
  /* The same pointer until the run changes. */
  CHECK(monty_run_result_json(r) == monty_run_result_json(r));
  monty_run_free(r);

  /* A program runs many times, and outlives its runs' needs: free it before the run. */
  r = monty_start(p, NULL, NULL);
  monty_program_free(p);
  CHECK(monty_run_status(r) == MONTY_COMPLETE);
  CHECK_STR(monty_run_output(r), "hello 42\nagain\n");
  monty_run_free(r);

  /* No final expression: None. */
  p = compile("x = 1\n", NULL, NULL);
  r = monty_start(p, NULL, NULL);
  CHECK_STR(monty_run_result_json(r), "null");
  CHECK_STR(monty_run_output(r), "");
  monty_run_free(r);
  monty_program_free(p);
}

static void test_inputs(void) {
  monty_program *p = compile("{'sum': a + b, 'name': name.upper(), 't': type(t).__name__}", "[\"a\", \"b\", \"name\", \"t\"]",
                             NULL);
  monty_run *r = monty_start(p, "{\"a\": 2, \"b\": 100000000000000000000, \"name\": \"ada\", \"t\": {\"$tuple\": []}}",
                             NULL);
  CHECK(monty_run_status(r) == MONTY_COMPLETE);
  CHECK_STR(monty_run_result_json(r), "{\"sum\":100000000000000000002,\"name\":\"ADA\",\"t\":\"tuple\"}");
  monty_run_free(r);

  /* A missing input, and inputs that are not a JSON object, give failed runs. */
  r = monty_start(p, "{\"a\": 1}", NULL);
  CHECK(monty_run_status(r) == MONTY_ERROR);
  CHECK_CONTAINS(monty_run_error_json(r), "\"type\":\"NameError\"");
  CHECK(monty_run_result_json(r) == NULL);
  CHECK_STR(monty_run_output(r), "");
  monty_run_free(r);
  r = monty_start(p, "[1]", NULL);
  CHECK(monty_run_status(r) == MONTY_ERROR);
  CHECK_CONTAINS(monty_run_error_json(r), "\"type\":\"ValueError\"");
  monty_run_free(r);
  r = monty_start(p, "{\"a\": ", NULL);
  CHECK(monty_run_status(r) == MONTY_ERROR);
  CHECK_CONTAINS(monty_run_error_json(r), "inputs_json");
  monty_run_free(r);
  monty_program_free(p);
}

static void test_runtime_error(void) {
  monty_program *p = compile("print('before')\ndef f(n):\n    return 10 // n\nf(0)\n", NULL, NULL);
  monty_run *r = monty_start(p, NULL, NULL);
  CHECK(monty_run_status(r) == MONTY_ERROR);
  CHECK_STR(monty_run_error_json(r),
            "{\"type\":\"ZeroDivisionError\",\"message\":\"integer division or modulo by zero\","
            "\"traceback\":\"Traceback (most recent call last):\\n  File \\\"main.py\\\", line 4, in <module>\\n    f(0)\\n"
            "  File \\\"main.py\\\", line 3, in f\\n    return 10 // n\\nZeroDivisionError: integer division or modulo by zero\\n\","
            "\"limit\":null,\"line\":3}");
  CHECK_STR(monty_run_output(r), "before\n");
  monty_run_free(r);
  monty_program_free(p);
}

static void test_external_calls(void) {
  monty_program *p = compile("print('start')\nr = fetch(1, 'two', k=[3], flag=True)\nprint('got', r)\nr * 2\n", NULL,
                             "[\"fetch\"]");
  monty_run *r = monty_start(p, NULL, NULL);
  CHECK(monty_run_status(r) == MONTY_EXTERNAL_CALL);
  CHECK_STR(monty_call_name(r), "fetch");
  CHECK_STR(monty_call_args_json(r), "[1,\"two\"]");
  CHECK_STR(monty_call_kwargs_json(r), "{\"k\":[3],\"flag\":true}");
  CHECK_STR(monty_run_output(r), "start\n");
  CHECK(monty_run_result_json(r) == NULL);
  CHECK(monty_run_error_json(r) == NULL);
  /* Bad JSON is refused and leaves the run paused. */
  CHECK(monty_resume_value(r, "{oops") != 0);
  CHECK(monty_run_status(r) == MONTY_EXTERNAL_CALL);
  CHECK(monty_resume_value(r, "21") == 0);
  CHECK(monty_run_status(r) == MONTY_COMPLETE);
  CHECK_STR(monty_run_result_json(r), "42");
  CHECK_STR(monty_run_output(r), "start\ngot 21\n");
  CHECK(monty_call_name(r) == NULL);
  /* A second resume is misuse: refused, nothing changes. */
  CHECK(monty_resume_value(r, "1") != 0);
  CHECK(monty_resume_error(r, "KeyError", "x") != 0);
  CHECK_STR(monty_run_result_json(r), "42");
  monty_run_free(r);
  monty_program_free(p);

  /* Resumed by an error the program catches. */
  p = compile("out = []\nfor i in range(3):\n    try:\n        out.append(fetch(i))\n    except KeyError as e:\n"
              "        out.append('caught ' + repr(e))\nout\n",
              NULL, "[\"fetch\"]");
  r = monty_start(p, NULL, NULL);
  CHECK_STR(monty_call_args_json(r), "[0]");
  CHECK(monty_resume_value(r, "{\"$tuple\": [\"a\", 1.5]}") == 0);
  CHECK_STR(monty_call_args_json(r), "[1]");
  CHECK(monty_resume_error(r, "KeyError", "missing") == 0);
  CHECK(monty_run_status(r) == MONTY_EXTERNAL_CALL);
  CHECK_STR(monty_call_kwargs_json(r), "{}");
  CHECK(monty_resume_value(r, "null") == 0);
  CHECK_STR(monty_run_result_json(r), "[{\"$tuple\":[\"a\",1.5]},\"caught KeyError('missing')\",null]");
  monty_run_free(r);
  monty_program_free(p);

  /* Resumed by an error the program does not catch: it fails with that error. */
  p = compile("def g():\n    return fetch()\ng()\n", NULL, "[\"fetch\"]");
  r = monty_start(p, NULL, NULL);
  CHECK(monty_resume_error(r, "ValueError", NULL) == 0);
  CHECK(monty_run_status(r) == MONTY_ERROR);
  CHECK_CONTAINS(monty_run_error_json(r), "\"type\":\"ValueError\"");
  CHECK_CONTAINS(monty_run_error_json(r), "line 2, in g");
  monty_run_free(r);
  monty_program_free(p);
}

static void test_limits(void) {
  monty_limits limits = {0};
  limits.fuel = 1000;
  monty_program *p = compile("n = 0\nwhile True:\n    n += 1\n", NULL, NULL);
  monty_run *r = monty_start(p, NULL, &limits);
  CHECK(monty_run_status(r) == MONTY_ERROR);
  CHECK_CONTAINS(monty_run_error_json(r), "\"limit\":\"fuel\"");
  monty_run_free(r);

  limits.fuel = 0;
  limits.timeout_seconds = 0.05;
  r = monty_start(p, NULL, &limits);
  CHECK(monty_run_status(r) == MONTY_ERROR);
  CHECK_CONTAINS(monty_run_error_json(r), "\"limit\":\"time\"");
  monty_run_free(r);
  monty_program_free(p);

  monty_limits output = {0};
  output.max_output_bytes = 100;
  p = compile("while True:\n    print('spam')\n", NULL, NULL);
  r = monty_start(p, NULL, &output);
  CHECK_CONTAINS(monty_run_error_json(r), "\"limit\":\"output\"");
  monty_run_free(r);
  monty_program_free(p);

  monty_limits memory = {0};
  memory.max_memory_bytes = 1 << 20;
  p = compile("x = []\nwhile True:\n    x.append('a' * 1000)\n", NULL, NULL);
  r = monty_start(p, NULL, &memory);
  CHECK_CONTAINS(monty_run_error_json(r), "\"limit\":\"memory\"");
  monty_run_free(r);
  monty_program_free(p);

  monty_limits calls = {0};
  calls.max_external_calls = 2;
  p = compile("for i in range(5):\n    fetch(i)\n", NULL, "[\"fetch\"]");
  r = monty_start(p, NULL, &calls);
  CHECK(monty_resume_value(r, "null") == 0);
  CHECK(monty_resume_value(r, "null") == 0);
  CHECK(monty_run_status(r) == MONTY_ERROR);
  CHECK_CONTAINS(monty_run_error_json(r), "\"limit\":\"external calls\"");
  monty_run_free(r);
  monty_program_free(p);

  /* Absurd limits are no limits, not crashes. */
  monty_limits huge = {0};
  huge.timeout_seconds = 1e300;
  huge.fuel = UINT64_MAX;
  huge.max_recursion_depth = UINT32_MAX;
  p = compile("sum(range(100))\n", NULL, NULL);
  r = monty_start(p, NULL, &huge);
  CHECK_STR(monty_run_result_json(r), "4950");
  monty_run_free(r);
  monty_program_free(p);

  /* Recursion depth: a RecursionError the program can catch; 0 means the default of 1000. */
  monty_limits depth = {0};
  depth.max_recursion_depth = 50;
  p = compile("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    r = 'deep'\nr\n", NULL, NULL);
  r = monty_start(p, NULL, &depth);
  CHECK_STR(monty_run_result_json(r), "\"deep\"");
  monty_run_free(r);
  monty_program_free(p);
}

/* Native functions: ours, and libm's pow. shout uppercases ASCII only (toupper), bytes pass through. */
static const char *shout(const char *s) {
  static char buffer[256];
  if (!s) return NULL;
  size_t i = 0;
  for (; s[i] && i < sizeof buffer - 2; i++) buffer[i] = (char)toupper((unsigned char)s[i]);
  buffer[i++] = '!';
  buffer[i] = 0;
  return buffer;
}
static int32_t add32(int32_t a, int32_t b) { return a + b; }
static int64_t mul64(int64_t a, int64_t b) { return a * b; }
static float halve(float x) { return x / 2; }
static bool is_even(int64_t n) { return n % 2 == 0; }
static int ticks = 0;
static void tick(void) { ticks++; }

static void test_native_functions(void) {
  monty_program *p = compile(
      "out = [c_pow(2.0, 10), c_pow(2, 0.5), shout('hi é'), shout(None), add32(-2, 5), mul64(1 << 40, 3), halve(3),\n"
      "       is_even(4), is_even(7), tick(), tick()]\n"
      "for bad in [lambda: c_pow(1), lambda: c_pow('x', 1), lambda: shout(1), lambda: c_pow(1, y=2),\n"
      "            lambda: add32(2 ** 40, 1), lambda: add32(1.5, 1)]:\n"
      "    try:\n"
      "        bad()\n"
      "    except (TypeError, OverflowError) as e:\n"
      "        out.append(type(e).__name__ + ': ' + str(e))\n"
      "out\n",
      NULL, NULL);
  CHECK(monty_program_register_native(p, "c_pow", (void *)pow, "d(dd)") == 0);
  CHECK(monty_program_register_native(p, "shout", (void *)shout, "s(s)") == 0);
  CHECK(monty_program_register_native(p, "add32", (void *)add32, "i(ii)") == 0);
  CHECK(monty_program_register_native(p, "mul64", (void *)mul64, "l(ll)") == 0);
  CHECK(monty_program_register_native(p, "halve", (void *)halve, "f(f)") == 0);
  CHECK(monty_program_register_native(p, "is_even", (void *)is_even, "b(l)") == 0);
  CHECK(monty_program_register_native(p, "tick", (void *)tick, "v()") == 0);
  /* Bad signatures and names are refused. */
  CHECK(monty_program_register_native(p, "x", (void *)tick, "v") != 0);
  CHECK(monty_program_register_native(p, "x", (void *)tick, "q()") != 0);
  CHECK(monty_program_register_native(p, "x", (void *)tick, "d(v)") != 0);
  CHECK(monty_program_register_native(p, "x", (void *)tick, "d(dd") != 0);
  CHECK(monty_program_register_native(p, "not a name", (void *)tick, "v()") != 0);
  CHECK(monty_program_register_native(p, "x", NULL, "v()") != 0);
  monty_run *r = monty_start(p, NULL, NULL);
  CHECK(monty_run_status(r) == MONTY_COMPLETE);
  CHECK_STR(monty_run_result_json(r),
            "[1024.0,1.4142135623730951,\"HI é!\",null,3,3298534883328,1.5,true,false,null,null,"
            "\"TypeError: c_pow() takes exactly 2 arguments (1 given)\","
            "\"TypeError: c_pow() argument 1 must be float, not str\","
            "\"TypeError: shout() argument 1 must be str or None, not int\","
            "\"TypeError: c_pow() takes no keyword arguments\","
            "\"OverflowError: Python int too large to convert to C int\","
            "\"TypeError: add32() argument 1 must be int, not float\"]");
  CHECK(ticks == 2);
  monty_run_free(r);

  /* Natives run synchronously, also where an external call could not pause (a sort key). */
  monty_program_free(p);
  p = compile("sorted([3, 1, 2], key=lambda x: c_pow(x, 2) * -1)\n", NULL, NULL);
  CHECK(monty_program_register_native(p, "c_pow", (void *)pow, "d(dd)") == 0);
  r = monty_start(p, NULL, NULL);
  CHECK_STR(monty_run_result_json(r), "[3,2,1]");
  monty_run_free(r);
  monty_program_free(p);

  /* A native next to a pausing external. */
  p = compile("c_pow(fetch(), 2)\n", NULL, "[\"fetch\"]");
  CHECK(monty_program_register_native(p, "c_pow", (void *)pow, "d(dd)") == 0);
  r = monty_start(p, NULL, NULL);
  CHECK_STR(monty_call_name(r), "fetch");
  CHECK(monty_resume_value(r, "3") == 0);
  CHECK_STR(monty_run_result_json(r), "9.0");
  monty_run_free(r);
  monty_program_free(p);
}

static void test_snapshots(void) {
  monty_program *p = compile("x = fetch(1)\nprint('x is', x)\nx + 1\n", NULL, "[\"fetch\"]");
  monty_run *r = monty_start(p, NULL, NULL);
  uint8_t *bytes = (uint8_t *)1;
  size_t len = 99;
  if (monty_snapshot(r, &bytes, &len) == 0) {
    CHECK(bytes != NULL && len > 0);
    CHECK(monty_snapshot_error_json(r) == NULL);
    char *error = NULL;
    monty_run *restored = monty_restore(bytes, len, &error);
    CHECK(restored != NULL && error == NULL);
    monty_string_free(error);
    CHECK(monty_run_status(restored) == MONTY_EXTERNAL_CALL);
    CHECK_STR(monty_call_name(restored), "fetch");
    CHECK(monty_resume_value(restored, "41") == 0);
    CHECK_STR(monty_run_result_json(restored), "42");
    CHECK_STR(monty_run_output(restored), "x is 41\n");
    monty_run_free(restored);
    monty_bytes_free(bytes);
    printf("snapshots: restored and resumed\n");
  } else {
    CHECK(bytes == NULL && len == 0);
    CHECK_CONTAINS(monty_snapshot_error_json(r), "\"type\":\"NotImplementedError\"");
    printf("snapshots: not available in this build (%s)\n", monty_snapshot_error_json(r));
  }
  /* The original run is unaffected either way. */
  CHECK(monty_resume_value(r, "1") == 0);
  CHECK_STR(monty_run_result_json(r), "2");
  monty_run_free(r);
  monty_program_free(p);

  /* Garbage does not restore. */
  char *error = NULL;
  const uint8_t garbage[] = {1, 2, 3, 4, 5};
  CHECK(monty_restore(garbage, sizeof garbage, &error) == NULL);
  CHECK_CONTAINS(error, "\"type\":");
  monty_string_free(error);
  CHECK(monty_restore(NULL, 0, NULL) == NULL);
  CHECK(monty_restore(garbage, (size_t)-1, NULL) == NULL);
}

static void test_misuse(void) {
  CHECK(monty_start(NULL, NULL, NULL) == NULL);
  CHECK(monty_run_status(NULL) == MONTY_ERROR);
  CHECK(monty_run_result_json(NULL) == NULL);
  CHECK(monty_run_output(NULL) == NULL);
  CHECK(monty_run_error_json(NULL) == NULL);
  CHECK(monty_call_name(NULL) == NULL);
  CHECK(monty_call_args_json(NULL) == NULL);
  CHECK(monty_call_kwargs_json(NULL) == NULL);
  CHECK(monty_resume_value(NULL, "1") != 0);
  CHECK(monty_resume_error(NULL, "KeyError", "x") != 0);
  CHECK(monty_snapshot(NULL, NULL, NULL) != 0);
  CHECK(monty_snapshot_error_json(NULL) == NULL);
  CHECK(monty_program_register_native(NULL, "f", (void *)tick, "v()") != 0);
  monty_program_free(NULL);
  monty_run_free(NULL);
  monty_string_free(NULL);
  monty_bytes_free(NULL);

  monty_program *p = compile("fetch()\n", NULL, "[\"fetch\"]");
  monty_run *r = monty_start(p, NULL, NULL);
  CHECK(monty_resume_value(r, NULL) != 0);
  CHECK(monty_resume_error(r, NULL, "x") != 0);
  CHECK(monty_snapshot(r, NULL, NULL) != 0);
  CHECK(monty_run_status(r) == MONTY_EXTERNAL_CALL);
  /* An unknown exception type raises RuntimeError. */
  CHECK(monty_resume_error(r, "NoSuchError", "boom") == 0);
  CHECK_CONTAINS(monty_run_error_json(r), "\"type\":\"RuntimeError\"");
  CHECK(monty_resume_error(r, "KeyError", "again") != 0);
  monty_run_free(r);
  monty_program_free(p);
}

/* One program, runs on several threads at once, each with a native function and a paused call. */
static monty_program *shared_program;

static void *worker(void *arg) {
  long failed = 0;
  for (int i = 0; i < 50; i++) {
    monty_run *r = monty_start(shared_program, "{\"n\": 3}", NULL);
    if (monty_run_status(r) != MONTY_EXTERNAL_CALL || monty_resume_value(r, "4") != 0) failed++;
    const char *result = monty_run_result_json(r);
    if (!result || strcmp(result, "[81.0,4]") != 0) failed++;
    monty_run_free(r);
  }
  *(long *)arg = failed;
  return NULL;
}

static void test_threads(void) {
  shared_program = compile("[c_pow(n, 4), fetch()]", "[\"n\"]", "[\"fetch\"]");
  CHECK(monty_program_register_native(shared_program, "c_pow", (void *)pow, "d(dd)") == 0);
  pthread_t threads[4];
  long failed[4] = {0};
  for (int i = 0; i < 4; i++) CHECK(pthread_create(&threads[i], NULL, worker, &failed[i]) == 0);
  for (int i = 0; i < 4; i++) {
    pthread_join(threads[i], NULL);
    CHECK(failed[i] == 0);
  }
  monty_program_free(shared_program);
}

int main(void) {
  test_compile_errors();
  test_complete_run();
  test_inputs();
  test_runtime_error();
  test_external_calls();
  test_limits();
  test_native_functions();
  test_snapshots();
  test_misuse();
  test_threads();
  printf("test_monty: %d checks, %d failed\n", checks, failures);
  return failures == 0 ? 0 : 1;
}
