// What the sandboxed code may read of the host's clock and entropy (DESIGN.md, "No ambient
// authority"): the host picks a `ClockPolicy` and a `RandomPolicy` per interpreter; the `time` and
// `random` modules (Builtins/TimeModule.swift, Builtins/RandomModule.swift) consult them on every call.
// This file holds the policies, the per-VM generator state and its snapshot encoding; not the modules.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What `time.time()`, `time.monotonic()` and `time.perf_counter()` return, and what `time.sleep` does.
public enum ClockPolicy: Sendable, Equatable {
  /// The real clocks; `time.sleep` really sleeps (bounded by the run's time limit, interruptible).
  case system
  /// A frozen clock for reproducible runs: `time.time()` is always `epochSeconds`, `time.monotonic()`
  /// and `time.perf_counter()` are always 0.0 (so measured durations are 0), and `time.sleep` returns
  /// at once without advancing anything.
  case fixed(epochSeconds: Double)
  /// No clock: reading one raises `PermissionError: clock access is not allowed by the host`;
  /// `time.sleep` returns at once (waiting reveals nothing and the time limit bounds the run anyway).
  case none
}

/// Where the `random` module's generator gets its seed when the program does not pick one.
public enum RandomPolicy: Sendable, Equatable {
  /// Seeded from the operating system (`SystemRandomNumberGenerator`: getrandom / /dev/urandom) at the
  /// first use, like CPython at import; `random.seed()` with no argument reseeds from it.
  case entropy
  /// Deterministic: the generator starts as if the program had called `random.seed(n)` (so
  /// `.seeded(42)` gives CPython's `random.seed(42)` sequence); `random.seed()` without an argument
  /// restarts that same sequence.
  case seeded(UInt64)
  /// No host entropy: random functions raise PermissionError until the program calls
  /// `random.seed(x)` with a value of its own (a program-chosen seed is deterministic and harmless).
  case none
}

extension Interpreter {
  /// Sets both policies: the lead's one-line hook for `Program.start`, `Session` and the CLI.
  /// Changing the random policy discards the generator, so the next use seeds it under the new one.
  public func applyHostPolicy(clock: ClockPolicy, random: RandomPolicy) {
    clockPolicy = clock
    randomPolicy = random
  }

  /// The module-level generator, seeded under the random policy at its first use.
  func moduleGenerator() throws(PyException) -> MersenneTwister {
    if let g = randomGenerator { return g }
    let g: MersenneTwister
    switch randomPolicy {
    case .entropy: g = MersenneTwister(key: MersenneTwister.entropyKey())
    case .seeded(let n): g = MersenneTwister(key: MersenneTwister.key(words: [n]))
    case .none: throw randomnessDenied()
    }
    randomGenerator = g
    return g
  }

  func randomnessDenied() -> PyException {
    makeError(types.permissionError, "randomness is not allowed by the host (call random.seed() with a value first)")
  }

  // MARK: Snapshots

  /// The policies and the generator's state, written into snapshots (Snapshot.swift) so that a
  /// restored run continues the same random sequence.
  func writeHostState(_ w: inout SnapshotWriter) {
    switch clockPolicy {
    case .system: w.byte(0)
    case .fixed(let t):
      w.byte(1)
      w.double(t)
    case .none: w.byte(2)
    }
    switch randomPolicy {
    case .entropy: w.byte(0)
    case .seeded(let n):
      w.byte(1)
      w.uint(n)
    case .none: w.byte(2)
    }
    guard let g = randomGenerator else {
      w.bool(false)
      return
    }
    w.bool(true)
    for word in g.state { w.uint(UInt64(word)) }
    w.count(g.index)
    if let x = g.gaussNext {
      w.bool(true)
      w.double(x)
    } else {
      w.bool(false)
    }
  }

  func readHostState(_ r: inout SnapshotReader) throws(SnapshotError) {
    switch try r.byte() {
    case 0: clockPolicy = .system
    case 1: clockPolicy = .fixed(epochSeconds: try r.double())
    case 2: clockPolicy = .none
    default: throw SnapshotError("invalid clock policy in snapshot")
    }
    switch try r.byte() {
    case 0: randomPolicy = .entropy
    case 1: randomPolicy = .seeded(try r.uint())
    case 2: randomPolicy = .none
    default: throw SnapshotError("invalid random policy in snapshot")
    }
    randomGenerator = nil
    guard try r.bool() else { return }
    var state: [UInt32] = []
    state.reserveCapacity(MersenneTwister.n)
    for _ in 0..<MersenneTwister.n {
      guard let word = UInt32(exactly: try r.uint()) else { throw SnapshotError("invalid random state in snapshot") }
      state.append(word)
    }
    let index = try r.count()
    guard index <= MersenneTwister.n else { throw SnapshotError("invalid random state in snapshot") }
    let g = MersenneTwister(state: state, index: index)
    if try r.bool() { g.gaussNext = try r.double() }
    randomGenerator = g
  }
}

// MARK: Clocks

/// Wall-clock time since the Unix epoch, in nanoseconds.
func wallClockNanoseconds() -> Int64 {
  var ts = timespec()
  clock_gettime(CLOCK_REALTIME, &ts)
  return Int64(ts.tv_sec) &* 1_000_000_000 &+ Int64(ts.tv_nsec)
}

// MARK: The modules' hooks

extension BuiltinID {
  /// The IDs of the `random` and `time` modules (one contiguous block), routed by `callBuiltin`.
  static let hostModules = BuiltinID.randomSeed.rawValue...BuiltinID.timeSleep.rawValue
}

extension Interpreter {
  /// The `random` and `time` modules, for `makeBuiltinModule`.
  func makeHostModule(_ name: String) -> Handle? {
    switch name {
    case "random": return makeRandomModule()
    case "time": return makeTimeModule()
    default: return nil
    }
  }

  /// Calls a function of the `random` or `time` module (`BuiltinID.hostModules`).
  func callHostModule(_ id: BuiltinID, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyException) -> Value {
    if id.rawValue >= BuiltinID.timeTime.rawValue { return try timeFunction(id, args, kwargs) }
    return try randomFunction(id, args, kwargs)
  }
}
