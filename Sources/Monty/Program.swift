// Programs, runs and limits: compile once, start runs with inputs and limits, pause at external
// calls, resume with a value or an exception (DESIGN.md, "The host-binding ABI").
import MontyCompiler
import MontySyntax
import MontyVM

public typealias HostValue = MontyVM.HostValue

/// Limits of one run; `nil` means unlimited. Every limit is enforced by the VM and, apart from the
/// recursion depth (RecursionError, catchable as in CPython), cannot be caught by the sandboxed code.
public struct ResourceLimits: Sendable, Equatable {
  /// Units of work: one per loop iteration and per call, plus the work of builtins that loop
  /// (sorting, joining, big-int arithmetic…).
  public var fuel: Int?
  /// Bytes of live objects on the VM heap (default 1 GiB).
  public var maxMemoryBytes: Int?
  /// Depth of nested Python calls (RecursionError beyond it).
  public var maxRecursionDepth: Int
  /// Wall-clock time of the run, from `start` (time spent paused at external calls counts too).
  public var maxDuration: Duration?
  /// Bytes of printed output.
  public var maxOutputBytes: Int?
  /// Number of external-function calls.
  public var maxExternalCalls: Int?

  public init(fuel: Int? = nil, maxMemoryBytes: Int? = 1 << 30, maxRecursionDepth: Int = 1000,
              maxDuration: Duration? = nil, maxOutputBytes: Int? = nil, maxExternalCalls: Int? = nil) {
    self.fuel = fuel
    self.maxMemoryBytes = maxMemoryBytes
    self.maxRecursionDepth = maxRecursionDepth
    self.maxDuration = maxDuration
    self.maxOutputBytes = maxOutputBytes
    self.maxExternalCalls = maxExternalCalls
  }

  /// No limits except the recursion depth.
  public static let unlimited = ResourceLimits(maxMemoryBytes: nil)

  var vmLimits: VMLimits {
    var l = VMLimits()
    l.fuel = fuel
    l.maxMemoryBytes = maxMemoryBytes
    l.maxRecursionDepth = maxRecursionDepth
    if let d = maxDuration {
      let (s, atto) = d.components
      let nanos = max(0, s) &* 1_000_000_000 &+ max(0, atto / 1_000_000_000)
      l.maxDurationNanoseconds = UInt64(clamping: nanos)
    }
    l.maxOutputBytes = maxOutputBytes
    l.maxExternalCalls = maxExternalCalls
    return l
  }
}

/// A compiled program: immutable and reusable for many runs.
public final class Program: @unchecked Sendable {
  public let filename: String
  /// Names the program reads as globals, given values at each start.
  public let inputs: [String]
  /// Names of host functions the program may call; each call pauses the run.
  public let externals: [String]
  let unit: CompiledUnit
  /// Peak bytes of syntax tree and code per byte of source (measured on the conformance corpus
  /// with margin), for refusing sources that cannot compile within a memory limit.
  static let compileBytesPerSourceByte = 64

  /// Compiles `source`. Syntax errors are reported like python3 reports them.
  public convenience init(source: String, filename: String = "main.py", inputs: [String] = [],
                          externals: [String] = []) throws(MontyError)
  {
    try self.init(bytes: Array(source.utf8), filename: filename, inputs: inputs, externals: externals)
  }

  /// Compiles UTF-8 source bytes (invalid UTF-8 is a SyntaxError, as in python3). With `limits`, the
  /// compilation itself is bounded: a source whose syntax tree and code would not fit the memory
  /// limit is refused before parsing (compilation uses memory linear in the source size, about
  /// `compileBytesPerSourceByte` per byte), and one that took longer than the time limit fails.
  public init(bytes: [UInt8], filename: String = "main.py", inputs: [String] = [], externals: [String] = [],
              limits: ResourceLimits? = nil) throws(MontyError)
  {
    self.filename = filename
    self.inputs = inputs
    self.externals = externals
    let file = SourceFile(name: filename, bytes: bytes)
    if let memory = limits?.maxMemoryBytes, bytes.count > memory / Program.compileBytesPerSourceByte {
      let message = "memory limit exceeded: compiling \(bytes.count) bytes of source needs more than the limit"
      throw MontyError(type: "MemoryError", message: message, traceback: "MemoryError: \(message)\n", limit: "memory")
    }
    let clock = ContinuousClock()
    let started = clock.now
    do {
      unit = try CompiledUnit.compile(file, returnsLastExpression: true)
    } catch {
      throw MontyError(error, in: file)
    }
    if let allowed = limits?.maxDuration, clock.now - started > allowed {
      let message = "time limit exceeded: compiling took longer than the limit"
      throw MontyError(type: "TimeoutError", message: message, traceback: "TimeoutError: \(message)\n", limit: "time")
    }
  }

  /// Starts a run. Printed text goes to `output` when given, and is captured in `Run.output` otherwise.
  /// External functions named in `functions` are called synchronously inside the run (no pause);
  /// the others pause the run (`Progress.externalCall`).
  public func start(inputs values: [String: HostValue] = [:], limits: ResourceLimits = ResourceLimits(),
                    access: HostAccess = HostAccess(), functions: [String: ExternalFunction] = [:],
                    output: ((String) -> Void)? = nil) -> Run
  {
    let run = Run(output: output)
    let vm = run.vm
    do {
      try access.apply(to: vm)
    } catch {
      run.progress = .failed(error)
      return run
    }
    for (name, f) in functions { vm.hostFunctions[name] = run.bridge(name, f) }
    vm.register(unit)
    let globals = vm.makeMainGlobals()
    run.globals = globals
    vm.applyLimits(limits.vmLimits)
    for name in externals { vm.setGlobal(globals, name, vm.makeExternalFunction(name)) }
    for name in inputs {
      guard let v = values[name] else {
        run.progress = .failed(MontyError(type: "NameError", message: "input '\(name)' was not given a value",
                                          traceback: "NameError: input '\(name)' was not given a value\n"))
        return run
      }
      do {
        vm.setGlobal(globals, name, try vm.value(from: v))
      } catch {
        run.progress = .failed(run.describe(error))
        return run
      }
    }
    let code = unit.code
    run.perform { (vm: Interpreter) throws(PyException) -> RunState in try vm.start(code, globals: globals) }
    return run
  }

  /// Runs to completion, serving external calls with `functions` (each gets positional and keyword
  /// arguments; a thrown `MontyError` is raised in the sandbox as that Python exception).
  public func run(inputs values: [String: HostValue] = [:], limits: ResourceLimits = ResourceLimits(),
                  access: HostAccess = HostAccess(), functions: [String: ExternalFunction] = [:],
                  output: ((String) -> Void)? = nil) -> Result<HostValue, MontyError>
  {
    let run = start(inputs: values, limits: limits, access: access, functions: functions, output: output)
    return run.serve(functions)
  }
}

/// A host function: positional arguments and keyword arguments in, a value out.
public typealias ExternalFunction = (_ args: [HostValue], _ kwargs: [(String, HostValue)]) throws -> HostValue

/// A host function for `Run.serve(async:)`.
public typealias AsyncExternalFunction = (_ args: [HostValue], _ kwargs: [(String, HostValue)]) async throws -> HostValue

/// A call of an external function the run is paused at.
public struct ExternalCall: Sendable {
  public let name: String
  public let args: [HostValue]
  public let kwargs: [(String, HostValue)]
  /// Line of the call in the program.
  public let line: Int?
}

/// Where a run stands.
public enum Progress: Sendable {
  /// Finished: the value of the program's final expression statement (None if it has none).
  case complete(HostValue)
  /// Paused at a call of an external function; answer it with `resume`.
  case externalCall(ExternalCall)
  /// Stopped by an uncaught exception or a limit.
  case failed(MontyError)
}
