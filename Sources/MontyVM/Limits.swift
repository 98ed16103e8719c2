// Resource limits (DESIGN.md, "Decisions that make it safe"). The dispatch loop counts ticks in a
// local and calls `checkLimits` every 1024 back edges or calls; builtins that loop report their work
// with `chargeFuel`, and builtins that build big results ask `reserveMemory` before allocating.
// Fuel, memory, time and output limits stop the run for good: once one has tripped, `unwind`
// no longer enters `except`/`finally` handlers, so sandboxed code cannot catch it.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The limits of one run. `nil` means unlimited.
public struct VMLimits: Sendable {
  /// Units of work: one per loop iteration and call, plus work charged by looping builtins.
  public var fuel: Int?
  /// Bytes of live heap objects.
  public var maxMemoryBytes: Int?
  public var maxRecursionDepth: Int = 1000
  /// Wall-clock time from the start of the run.
  public var maxDurationNanoseconds: UInt64?
  /// Bytes printed (UTF-8).
  public var maxOutputBytes: Int?
  public var maxExternalCalls: Int?
  public init() {}
}

/// Which limit stopped a run.
public enum LimitKind: String, Sendable {
  case fuel, memory, time, output, externalCalls = "external calls"
}

/// Memory a run may use beyond its limit between two collections (garbage not yet collected and the
/// transient copies of one operation); MemoryError comes at once past limit + slack.
func memorySlack(_ limit: Int) -> Int { max(limit / 2, 8 << 20) }

func monotonicNanoseconds() -> UInt64 {
  var ts = timespec()
  clock_gettime(CLOCK_MONOTONIC, &ts)
  return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
}

extension Interpreter {
  /// Applies limits for the run that starts now (the clock starts here).
  public func applyLimits(_ limits: VMLimits) {
    fuelLeft = limits.fuel ?? Int.max
    fuelAtStart = fuelLeft
    fuelBudget = limits.fuel
    memoryLimit = limits.maxMemoryBytes ?? Int.max
    heap.memoryLimit = memoryLimit
    recursionLimit = max(limits.maxRecursionDepth, 1)
    if let d = limits.maxDurationNanoseconds {
      duration = d
      deadline = monotonicNanoseconds() &+ d
    } else {
      duration = 0
      deadline = 0
    }
    outputLimit = limits.maxOutputBytes ?? Int.max
    outputUsed = 0
    externalCallsLeft = limits.maxExternalCalls ?? Int.max
    tripped = nil
  }

  /// Fuel used since the limits were applied (checked in blocks of 1024 ticks, so up to 1023 ticks of
  /// each native entry into the dispatch loop may not be counted yet).
  public var fuelUsed: Int { fuelAtStart &- fuelLeft &+ pendingWork }

  /// Raises the error for a limit and marks the run as stopped by it.
  func limitExceeded(_ kind: LimitKind, _ detail: String) -> PyException {
    tripped = kind
    switch kind {
    case .memory: return makeError(types.memoryError, "memory limit exceeded: \(detail)")
    case .time: return makeError(types.timeoutError, "time limit exceeded: \(detail)")
    case .fuel: return makeError(types.runtimeError, "fuel limit exceeded: \(detail)")
    case .output: return makeError(types.runtimeError, "output limit exceeded: \(detail)")
    case .externalCalls: return makeError(types.runtimeError, "external call limit exceeded: \(detail)")
    }
  }

  /// Called by the dispatch loop every 1024 ticks: charges them with the pending builtin work, checks
  /// fuel, time and interruption, and collects garbage if due.
  func checkLimits(ticks: Int, top: Int) throws(PyException) {
    try checkWork(ticks)
    try safepoint(top: top)
  }

  /// Fuel, time and interruption (no collection: callable from inside builtins).
  func checkWork(_ ticks: Int) throws(PyException) {
    if let kind = tripped { throw limitExceeded(kind, "the run was already stopped") }
    fuelLeft &-= ticks &+ pendingWork
    pendingWork = 0
    if fuelLeft < 0, let budget = fuelBudget {
      throw limitExceeded(.fuel, "used more than \(budget) units")
    }
    if heap.bytesInUse > memoryLimit && heap.bytesInUse - memoryLimit > memorySlack(memoryLimit) {
      throw limitExceeded(.memory, "more than \(formatBytes(memoryLimit)) in use")
    }
    if deadline != 0 && monotonicNanoseconds() > deadline {
      throw limitExceeded(.time, "ran longer than \(formatSeconds(duration))")
    }
    if interruptRequested != 0 {
      interruptRequested = 0
      throw makeError(types.keyboardInterrupt, args: [])
    }
  }

  /// After a collection at a safepoint: live data over the limit is a MemoryError.
  func checkMemoryAfterCollection() throws(PyException) {
    if heap.bytesInUse > memoryLimit && heap.bytesAtLastCollection > memoryLimit {
      throw limitExceeded(.memory, "live objects use more than \(formatBytes(memoryLimit))")
    }
  }

  /// Work done inside one builtin (items sorted, characters joined…): counted against the fuel and
  /// checked (with the clock) once enough has accumulated.
  @inline(__always) func chargeFuel(_ units: Int) throws(PyException) {
    pendingWork &+= units
    if pendingWork >= 4096 { try checkWork(0) }
  }

  /// Asks for `bytes` of new memory before an operation builds a result that big; fails at once when
  /// it cannot fit (so `'x' * 10**10` never fills RAM). The object itself is counted when allocated.
  func reserveMemory(_ bytes: Int) throws(PyException) {
    if bytes > maxObjectBytes {
      throw limitExceeded(.memory, "cannot allocate \(formatBytes(bytes))")
    }
    if memoryLimit == Int.max { return }
    let (total, overflow) = heap.bytesInUse.addingReportingOverflow(bytes)
    if overflow || bytes > memoryLimit - heap.bytesAtLastCollection || total > memoryLimit + memorySlack(memoryLimit) {
      throw limitExceeded(.memory, "cannot allocate \(formatBytes(bytes)) with a limit of \(formatBytes(memoryLimit))")
    }
  }

  /// Counts printed text against the output limit.
  func chargeOutput(_ bytes: Int) throws(PyException) {
    outputUsed &+= bytes
    if outputUsed > outputLimit {
      throw limitExceeded(.output, "printed more than \(formatBytes(outputLimit))")
    }
  }

  /// Largest single object (bytes) the VM builds, whatever the memory limit.
  var maxObjectBytes: Int { 1 << 34 }
}

func formatBytes(_ n: Int) -> String {
  for (unit, shift) in [("GB", 30), ("MB", 20), ("KB", 10)] where n >= 1 << shift {
    if n % (1 << shift) == 0 { return "\(n >> shift) \(unit)" }
    let tenths = Int((Double(n) / Double(1 << shift) * 10).rounded())
    return "\(tenths / 10).\(tenths % 10) \(unit)"
  }
  return "\(n) bytes"
}

func formatSeconds(_ nanos: UInt64) -> String {
  if nanos % 1_000_000_000 == 0 { return "\(nanos / 1_000_000_000) s" }
  if nanos % 1_000_000 == 0 { return "\(nanos / 1_000_000) ms" }
  return "\(Double(nanos) / 1e9) s"
}

// MARK: Native recursion

extension Interpreter {
  /// Enters one level of native recursion over a data structure (repr, ==, <, hash of nested
  /// containers, chains of lazy iterators). Deep structures are a RecursionError, as in CPython,
  /// long before the native stack runs out; the stack itself is also checked, for hosts that run
  /// the VM on threads with small stacks.
  @inline(__always) func enterNested(_ context: StaticString) throws(PyException) {
    nesting &+= 1
    if nesting > recursionLimit || nativeStackIsLow() {
      nesting &-= 1
      throw makeError(types.recursionError, "maximum recursion depth exceeded\(context)")
    }
  }

  @inline(__always) func leaveNested() { nesting &-= 1 }

  /// Whether the native stack is within its reserve (see `updateStackFloor`).
  @inline(__always) func nativeStackIsLow() -> Bool {
    var marker: UInt8 = 0
    return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) } < stackFloor
  }

  /// Finds the lowest safe stack address of the current thread: a quarter of its stack (at most
  /// 1 MB) is kept in reserve for the native code between two checks.
  /// The answer is remembered per thread: `pthread_getattr_np` reads /proc/self/maps for the main
  /// thread (about 270K instructions), which would otherwise dominate starting a small run.
  func updateStackFloor() {
    #if canImport(Glibc)
    let me = pthread_self()
    if me == stackThread { return }
    stackThread = me
    stackFloor = threadStackFloor()
    #endif
  }
}

#if canImport(Glibc)
/// The thread-local slot remembering `threadStackFloor()` (0: not computed yet).
private let stackFloorKey: pthread_key_t = {
  var key = pthread_key_t()
  _ = pthread_key_create(&key, nil)
  return key
}()

/// The lowest safe stack address of the calling thread, computed once per thread.
private func threadStackFloor() -> UInt {
  if let known = pthread_getspecific(stackFloorKey) { return UInt(bitPattern: known) }
  var attr = pthread_attr_t()
  guard threadAttributes(pthread_self(), &attr) == 0 else { return 0 }
  defer { pthread_attr_destroy(&attr) }
  var base: UnsafeMutableRawPointer?
  var size = 0
  guard pthread_attr_getstack(&attr, &base, &size) == 0, let base else { return 0 }
  let floor = UInt(bitPattern: base) + UInt(min(max(size / 4, 64 << 10), 1 << 20))
  _ = pthread_setspecific(stackFloorKey, UnsafeRawPointer(bitPattern: floor))
  return floor
}

/// glibc's `pthread_getattr_np` (a GNU extension the Glibc module does not export).
@_silgen_name("pthread_getattr_np")
private func threadAttributes(_ thread: pthread_t, _ attr: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif
