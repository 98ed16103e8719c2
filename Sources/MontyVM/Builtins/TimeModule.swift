// The `time` module: the clocks and `sleep`, answered under the host's ClockPolicy (HostPolicy.swift).
// `.system` reads the real clocks and really sleeps, within the run's time limit and interruptibly;
// `.fixed` answers a frozen clock; `.none` refuses to read a clock. Not here: struct_time,
// `gmtime`/`localtime`/`strftime`, `process_time` (the host process's CPU time is not the sandbox's).
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

extension Interpreter {
  func makeTimeModule() -> Handle {
    let d = heap.allocate(PyDict())
    let fns: [(String, BuiltinID)] = [
      ("time", .timeTime), ("time_ns", .timeTimeNs), ("monotonic", .timeMonotonic),
      ("monotonic_ns", .timeMonotonicNs), ("perf_counter", .timePerfCounter),
      ("perf_counter_ns", .timePerfCounterNs), ("sleep", .timeSleep),
    ]
    for (n, id) in fns { dictSetString(d, n, .object(heap.allocate(PyBuiltin(id, name: n)))) }
    return heap.allocate(PyModule(name: "time", dict: d))
  }

  func timeFunction(_ id: BuiltinID, _ a: [Value], _ kw: [(String, Value)]) throws(PyException) -> Value {
    let name = "time.\(timeFunctionName(id))"
    try noKeywords(name, kw)
    if id == .timeSleep {
      try expectArgs(name, a, 1, 1)
      try sleep(a[0])
      return .none
    }
    try expectArgs(name, a, 0, 0)
    let wall = id == .timeTime || id == .timeTimeNs
    let nanos: Int64
    switch clockPolicy {
    case .none:
      throw makeError(types.permissionError, "clock access is not allowed by the host")
    case .fixed(let epoch):
      guard wall else {
        nanos = 0
        break
      }
      if id == .timeTime { return .float(epoch) }
      return makeInt(fixedNanoseconds(epoch))
    case .system:
      nanos = wall ? wallClockNanoseconds() : Int64(clamping: monotonicNanoseconds())
    }
    switch id {
    case .timeTimeNs, .timeMonotonicNs, .timePerfCounterNs: return .int(nanos)
    default: return .float(Double(nanos) / 1e9)
    }
  }

  private func timeFunctionName(_ id: BuiltinID) -> String {
    switch id {
    case .timeTime: return "time"
    case .timeTimeNs: return "time_ns"
    case .timeMonotonic: return "monotonic"
    case .timeMonotonicNs: return "monotonic_ns"
    case .timePerfCounter: return "perf_counter"
    case .timePerfCounterNs: return "perf_counter_ns"
    default: return "sleep"
    }
  }

  /// `time.time_ns()` of a fixed clock: the epoch's exact value in nanoseconds, rounded to nearest.
  private func fixedNanoseconds(_ epoch: Double) -> BigInt {
    guard epoch.isFinite else { return 0 }
    let whole = epoch.rounded(.down)
    let fraction = ((epoch - whole) * 1e9).rounded()
    return (BigInt(exactly: whole) ?? 0) * 1_000_000_000 + BigInt(fraction)
  }

  /// `time.sleep(secs)`: validated as CPython does; under `.system` it sleeps in short slices,
  /// checking for interruption between them, and fails at once with the time-limit error when the
  /// sleep would end after the run's deadline. Under `.fixed` and `.none` it returns at once.
  func sleep(_ secs: Value) throws(PyException) {
    let nanos: Int64
    switch numeric(secs) {
    case .float(let d)?:
      if d.isNaN { throw makeError(types.valueError, "Invalid value NaN (not a number)") }
      let ns = (d * 1e9).rounded(.up)
      guard ns >= -0x1p63 && ns < 0x1p63 else {
        throw makeError(types.overflowError, "timestamp out of range for platform time_t")
      }
      nanos = Int64(ns)
    case .int(let i)?:
      let (n, overflow) = i.multipliedReportingOverflow(by: 1_000_000_000)
      if overflow { throw makeError(types.overflowError, "timestamp too large to convert to C _PyTime_t") }
      nanos = n
    case .big?:
      throw makeError(types.overflowError, "timestamp too large to convert to C _PyTime_t")
    case nil:
      throw makeError(types.typeError, "'\(typeName(secs))' object cannot be interpreted as an integer")
    }
    if nanos < 0 { throw makeError(types.valueError, "sleep length must be non-negative") }
    guard case .system = clockPolicy, nanos > 0 else { return }
    let start = monotonicNanoseconds()
    let end = start &+ UInt64(nanos)
    if deadline != 0 && (end > deadline || end < start) {
      let call = "time.sleep(\(try repr(secs)))"
      throw limitExceeded(.time, "\(call) would end after the limit of \(formatSeconds(duration))")
    }
    // Slices short enough that cancellation (`interruptRequested`) is noticed promptly.
    let slice: UInt64 = 20_000_000
    while true {
      let now = monotonicNanoseconds()
      if now >= end { break }
      let step = min(end - now, slice)
      var ts = timespec(tv_sec: Int(step / 1_000_000_000), tv_nsec: Int(step % 1_000_000_000))
      _ = nanosleep(&ts, nil)
      try checkWork(0)
    }
  }
}
