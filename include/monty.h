/* monty.h — the C ABI of Monty for Swift, a sandboxed interpreter for a subset of Python 3.11.
 *
 * Link with libmonty.so (built by `swift build -c release --product libmonty`; see README.md).
 * Values cross this boundary as JSON text (UTF-8), in the mapping of HostValue+JSON.swift:
 * null/bool/int/float (written with '.' or an exponent)/str/list as plain JSON, and tagged one-key
 * objects for the rest: {"$tuple":[..]}, {"$bytes":"<base64>"}, {"$set":[..]}, {"$frozenset":[..]},
 * {"$dict":[[k,v],..]} (dicts with non-str keys), {"$float":"nan"|"inf"|"-inf"},
 * {"$object":{"type","repr","attributes"}}, {"$exception":{"type","message"}}.
 *
 * Errors are JSON objects {"type": "ZeroDivisionError", "message": "...", "traceback": "...",
 * "limit": null | "fuel" | "memory" | "time" | "output" | "external calls", "line": 3 | null}.
 *
 * Ownership: `monty_program *` and `monty_run *` are freed with their `_free` function. Strings
 * returned by `monty_run_*` and `monty_call_*` belong to the run and stay valid until the next call
 * that changes the run (resume) or frees it. Strings stored through a `char **error_json` out
 * parameter belong to the caller: free them with `monty_string_free`; bytes from `monty_snapshot`
 * with `monty_bytes_free`.
 *
 * Every function tolerates NULL arguments and misuse (resuming a run that is not paused, reading
 * the call of a run that completed…): it returns NULL or a nonzero code and never crashes.
 * A program may be started from several threads at once; one run must be used by one thread at a time.
 */
#ifndef MONTY_H
#define MONTY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** A compiled program: immutable apart from its native functions, reusable for many runs. */
typedef struct monty_program monty_program;

/** One run of a program: complete, paused at an external call, or failed. */
typedef struct monty_run monty_run;

/** Limits of one run. Zero means unlimited, except `max_recursion_depth`, where 0 means the
 *  default (1000). Every limit but the recursion depth stops the run with an error that the program
 *  cannot catch and whose "limit" names it. */
typedef struct monty_limits {
  /** Units of work: one per loop iteration and per call, plus the work of looping builtins. */
  uint64_t fuel;
  /** Bytes of live objects on the VM heap. */
  uint64_t max_memory_bytes;
  /** Depth of nested Python calls (RecursionError beyond it, catchable as in CPython). */
  uint32_t max_recursion_depth;
  /** Wall-clock seconds from monty_start, time spent paused included. */
  double timeout_seconds;
  /** Bytes of printed output. */
  uint64_t max_output_bytes;
  /** Number of external calls, native functions included. */
  uint64_t max_external_calls;
} monty_limits;

/** Values of monty_run_status. */
enum {
  /** The run finished: monty_run_result_json holds the value of its final expression statement. */
  MONTY_COMPLETE = 0,
  /** The run is paused at a call of an external function: see monty_call_*, answer with monty_resume_*. */
  MONTY_EXTERNAL_CALL = 1,
  /** The run stopped on an uncaught exception or a limit: see monty_run_error_json. */
  MONTY_ERROR = 2
};

/** Compiles `source` (UTF-8; invalid UTF-8 is a SyntaxError). `filename` names it in tracebacks
 *  (NULL: "main.py"). `inputs_json` is a JSON array of the names the program reads as inputs and
 *  `externals_json` one of the names of external functions it may call (NULL: none).
 *  Returns NULL on failure and, when `error_json` is not NULL, stores in it an error object
 *  (a SyntaxError, or a ValueError for bad arguments) that the caller frees with monty_string_free. */
monty_program *monty_compile(const char *source, const char *filename, const char *inputs_json,
                             const char *externals_json, char **error_json);

/** Makes the C function `fnptr` callable from the program under `name`, as a function served
 *  synchronously during the run (the run does not pause). `signature` is the return type followed by
 *  the parameter types in parentheses, one letter each: d double, f float, i int32_t, l int64_t,
 *  b bool, s const char * (UTF-8; a returned string is copied and not freed; None passes NULL and
 *  a NULL return is None), v void (return type only). Example: "d(dd)" for `double pow(double, double)`.
 *  Calls with the wrong number or types of arguments, or with keyword arguments, raise TypeError in the
 *  program. Applies to runs started afterwards; registering a name again replaces it. `name` need not
 *  be among the program's externals. Register before starting runs of the program on other threads:
 *  registering is not safe concurrently with monty_start. The function may be called from whichever
 *  thread runs the program. Returns 0 on success, nonzero for a NULL argument, a bad signature or a
 *  name that is not an identifier. */
int monty_program_register_native(monty_program *program, const char *name, void *fnptr, const char *signature);

/** Frees a program. Runs started from it stay valid. NULL is ignored. */
void monty_program_free(monty_program *program);

/** Starts a run of `program` and runs it until it completes, fails or pauses at an external call.
 *  `inputs_json` is a JSON object from input name to value (NULL: no inputs); `limits` NULL means the
 *  defaults (1 GiB of memory, recursion depth 1000, nothing else limited). A missing input or bad
 *  inputs JSON gives a run with status MONTY_ERROR. Returns NULL only when `program` is NULL. */
monty_run *monty_start(monty_program *program, const char *inputs_json, const monty_limits *limits);

/** MONTY_COMPLETE, MONTY_EXTERNAL_CALL or MONTY_ERROR; MONTY_ERROR for NULL. */
int monty_run_status(const monty_run *run);

/** The result of a completed run as JSON; NULL unless the status is MONTY_COMPLETE. */
const char *monty_run_result_json(monty_run *run);

/** The text the program printed so far (never NULL for a run; NULL for NULL). Text after an
 *  embedded NUL character is not visible through this function. */
const char *monty_run_output(monty_run *run);

/** The error of a failed run as a JSON object (see the top of this file); NULL unless the status is
 *  MONTY_ERROR. */
const char *monty_run_error_json(monty_run *run);

/** The name of the external function the run is paused at; NULL unless paused. */
const char *monty_call_name(monty_run *run);

/** The positional arguments of the pending call as a JSON array; NULL unless paused. */
const char *monty_call_args_json(monty_run *run);

/** The keyword arguments of the pending call as a JSON object (in call order); NULL unless paused. */
const char *monty_call_kwargs_json(monty_run *run);

/** Resumes a paused run: the pending call returns the value `value_json` encodes, and the run goes on
 *  until it completes, fails or pauses again. Returns 0 on success, nonzero (and changes nothing)
 *  when `run` is NULL or not paused or `value_json` is NULL or not valid JSON. */
int monty_resume_value(monty_run *run, const char *value_json);

/** Resumes a paused run: the pending call raises the builtin exception `type` (e.g. "KeyError";
 *  an unknown name raises RuntimeError) with `message` (NULL: empty), which the program may catch.
 *  Returns 0 on success, nonzero (and changes nothing) when `run` or `type` is NULL or the run is not
 *  paused. */
int monty_resume_error(monty_run *run, const char *type, const char *message);

/** Serializes a run (its whole state: heap, frames, pending call) so that monty_restore can continue
 *  it, possibly in another process. On success stores a buffer the caller frees with monty_bytes_free
 *  in `*bytes`, its length in `*len`, and returns 0. Returns nonzero, storing NULL and 0 when those
 *  pointers are not NULL, when an argument is NULL or the run cannot be serialized; the reason is then
 *  given by monty_snapshot_error_json. Native functions are not part of a snapshot: in a restored run,
 *  calls of them pause like external calls. */
int monty_snapshot(monty_run *run, uint8_t **bytes, size_t *len);

/** Why the last monty_snapshot of `run` failed, as a JSON error object; NULL if it did not fail. */
const char *monty_snapshot_error_json(monty_run *run);

/** A run from bytes made by monty_snapshot. Returns NULL on failure and, when `error_json` is not
 *  NULL, stores an error object in it (free it with monty_string_free). */
monty_run *monty_restore(const uint8_t *bytes, size_t len, char **error_json);

/** Frees a run and every string it returned. NULL is ignored. */
void monty_run_free(monty_run *run);

/** Frees a string stored through an `error_json` out parameter. NULL is ignored. */
void monty_string_free(char *string);

/** Frees a buffer made by monty_snapshot. NULL is ignored. */
void monty_bytes_free(uint8_t *bytes);

#ifdef __cplusplus
}
#endif

#endif /* MONTY_H */
