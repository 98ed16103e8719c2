// The host's policy for the sandbox's clock and randomness (DESIGN.md, "No ambient authority"): what
// `time.time()` and the `random` module may see of the host. Runs, sessions and the CLI take one
// `HostPolicy`; the VM side (the enums' semantics) is MontyVM/HostPolicy.swift.
import MontyVM

/// What `time.time()`, `time.monotonic()`, `time.perf_counter()` and `time.sleep()` do:
/// `.system` (the real clocks; `sleep` really sleeps, within the time limit), `.fixed(epochSeconds:)`
/// (a frozen clock: `time()` is that value, `monotonic()`/`perf_counter()` are 0.0, `sleep` returns at
/// once) or `.none` (reading a clock raises PermissionError; `sleep` returns at once).
public typealias ClockPolicy = MontyVM.ClockPolicy

/// Where the `random` module's seed comes from when the program does not choose one: `.entropy` (the
/// OS, at the first use), `.seeded(n)` (as if the program began with `random.seed(n)`) or `.none`
/// (random functions raise PermissionError until the program calls `random.seed(x)` itself).
public typealias RandomPolicy = MontyVM.RandomPolicy

/// The clock and randomness a run may use. The default, `.standard`, is what a Python user expects
/// (real clocks, OS-seeded randomness); a host that wants reproducible runs fixes both:
/// `HostPolicy(clock: .fixed(epochSeconds: 1_700_000_000), random: .seeded(0))`.
public struct HostPolicy: Sendable, Equatable {
  public var clock: ClockPolicy
  public var random: RandomPolicy

  public init(clock: ClockPolicy = .system, random: RandomPolicy = .entropy) {
    self.clock = clock
    self.random = random
  }

  /// Real clocks and OS entropy (the default for the API and the CLI).
  public static let standard = HostPolicy()
  /// Fully reproducible: a frozen clock at `epochSeconds` and a generator seeded with `seed`.
  public static func deterministic(epochSeconds: Double = 0, seed: UInt64 = 0) -> HostPolicy {
    HostPolicy(clock: .fixed(epochSeconds: epochSeconds), random: .seeded(seed))
  }
  /// Neither clock nor host entropy.
  public static let denied = HostPolicy(clock: .none, random: .none)
}

extension ClockPolicy {
  /// Parses the CLI spelling: `system`, `fixed:EPOCH_SECONDS` (e.g. `fixed:1700000000.5`) or `none`.
  public init?(argument: String) {
    switch argument {
    case "system": self = .system
    case "none": self = .none
    default:
      guard argument.hasPrefix("fixed:"), let t = Double(argument.dropFirst(6)), t.isFinite else { return nil }
      self = .fixed(epochSeconds: t)
    }
  }
}

extension RandomPolicy {
  /// Parses the CLI spelling: `entropy`, `seed:N` (N a non-negative integer below 2**64) or `none`.
  public init?(argument: String) {
    switch argument {
    case "entropy": self = .entropy
    case "none": self = .none
    default:
      guard argument.hasPrefix("seed:"), let n = UInt64(argument.dropFirst(5)) else { return nil }
      self = .seeded(n)
    }
  }
}

extension Interpreter {
  /// Applies a host policy to a VM (call before running; a changed random policy reseeds).
  func apply(_ policy: HostPolicy) {
    applyHostPolicy(clock: policy.clock, random: policy.random)
  }
}
