// One run of a program (or one entry of a session): owns the VM while the run is paused, answers
// external calls, and can be snapshotted to bytes and restored in another process (Snapshot.swift).
import MontyCompiler
import MontySyntax
import MontyVM

public final class Run {
  let vm: Interpreter
  var globals: MontyVM.Handle = 0
  /// Where the run stands now.
  public internal(set) var progress: Progress = .complete(.none)
  /// Printed text, when no output callback was given.
  public private(set) var output = ""
  private let callback: ((String) -> Void)?

  /// The VM comes from the pool of reset VMs and goes back to it when the run is released
  /// (MontyVM/InterpreterPool.swift).
  init(output: ((String) -> Void)?, vm: Interpreter = .reusable()) {
    self.vm = vm
    self.callback = output
    if let output {
      vm.output = output
    } else {
      vm.output = { [unowned self] text in self.output += text }
    }
  }

  deinit { vm.recycle() }

  /// The paused run as bytes (versioned format) that `Run(restoring:)` resumes, here or in another
  /// process. Only a run paused at an external call can be snapshotted.
  public func snapshot() throws(MontyError) -> [UInt8] {
    guard isPaused else {
      throw MontyError(type: "RuntimeError", message: "only a run paused at an external call can be snapshotted",
                       traceback: "")
    }
    var extra = SnapshotWriterPublic()
    extra.string(callback == nil ? output : "")
    do {
      return try vm.snapshot(globals: globals, extra: extra.bytes)
    } catch {
      throw MontyError(type: "RuntimeError", message: "cannot snapshot: \(error.message)", traceback: "")
    }
  }

  /// A paused run restored from `snapshot()` bytes; it continues with `resume`. Printed text goes to
  /// `output` when given (and is captured otherwise, after the text captured before the snapshot).
  /// Malformed or hostile bytes are an error, never a crash.
  public convenience init(restoring bytes: [UInt8], output: ((String) -> Void)? = nil) throws(MontyError) {
    let restored: (vm: Interpreter, globals: MontyVM.Handle, extra: [UInt8])
    var captured = ""
    do {
      restored = try Interpreter.restore(bytes)
      var r = SnapshotReaderPublic(restored.extra)
      captured = try r.string()
    } catch {
      throw MontyError(type: "ValueError", message: "invalid snapshot: \(error.message)", traceback: "")
    }
    guard let call = restored.vm.pendingCall else {
      throw MontyError(type: "ValueError", message: "invalid snapshot: the run is not paused at an external call",
                       traceback: "")
    }
    self.init(output: output, vm: restored.vm)
    self.globals = restored.globals
    if output == nil { self.output = captured }
    progress = .externalCall(ExternalCall(
      name: call.name, args: call.args.map(vm.hostValue), kwargs: call.kwargs.map { ($0.0, vm.hostValue($0.1)) },
      line: vm.currentLine))
  }

  /// Units of fuel used so far (in blocks of 1024 loop iterations and calls).
  public var fuelUsed: Int { vm.fuelUsed }

  /// Whether the run is paused at an external call.
  public var isPaused: Bool {
    if case .externalCall = progress { return true }
    return false
  }

  /// Resumes a paused run: the external call returns `value`.
  @discardableResult
  public func resume(returning value: HostValue) -> Progress {
    guard isPaused else { return progress }
    let vm = self.vm
    do {
      let v = try vm.value(from: value)
      perform { (vm: Interpreter) throws(PyException) -> RunState in try vm.resume(returning: v) }
    } catch {
      perform { (vm: Interpreter) throws(PyException) -> RunState in try vm.resume(raising: error) }
    }
    return progress
  }

  /// Resumes a paused run: the external call raises `type(message)`, which the program can catch.
  /// Unknown type names raise RuntimeError.
  @discardableResult
  public func resume(raising type: String, message: String) -> Progress {
    guard isPaused else { return progress }
    let error = vm.makeHostError(type: type, message: message)
    perform { (vm: Interpreter) throws(PyException) -> RunState in try vm.resume(raising: error) }
    return progress
  }

  /// Serves external calls with `functions` until the run completes or fails.
  public func serve(_ functions: [String: ExternalFunction]) -> Result<HostValue, MontyError> {
    while case .externalCall(let call) = progress {
      guard let f = functions[call.name] else {
        answerUnknown(call)
        continue
      }
      answer(Result { try f(call.args, call.kwargs) })
    }
    return outcome
  }

  /// Serves external calls with async host functions until the run completes or fails.
  public func serve(async functions: [String: AsyncExternalFunction]) async -> Result<HostValue, MontyError> {
    while case .externalCall(let call) = progress {
      guard let f = functions[call.name] else {
        answerUnknown(call)
        continue
      }
      do {
        answer(.success(try await f(call.args, call.kwargs)))
      } catch {
        answer(.failure(error))
      }
    }
    return outcome
  }

  /// The result of a run that is no longer paused.
  private var outcome: Result<HostValue, MontyError> {
    switch progress {
    case .complete(let v): return .success(v)
    case .failed(let e): return .failure(e)
    case .externalCall(let call):
      return .failure(MontyError(type: "RuntimeError", message: "paused at external call '\(call.name)'", traceback: ""))
    }
  }

  /// Resumes with a host function's value, or raises its error in the sandbox (a `MontyError` as
  /// that Python exception, anything else as RuntimeError).
  private func answer(_ result: Result<HostValue, any Error>) {
    switch result {
    case .success(let v): resume(returning: v)
    case .failure(let error):
      let (type, message) = Run.pythonError(error)
      resume(raising: type, message: message)
    }
  }

  private func answerUnknown(_ call: ExternalCall) {
    resume(raising: "NameError", message: "external function '\(call.name)' has no implementation")
  }

  /// The Python exception a host function's thrown error stands for.
  static func pythonError(_ error: any Error) -> (type: String, message: String) {
    if let e = error as? MontyError { return (e.type, e.message) }
    return ("RuntimeError", "\(error)")
  }

  /// A Swift function as a VM host function: arguments converted out, the result (or the thrown
  /// MontyError, as that Python exception) converted in.
  func bridge(_ name: String, _ f: @escaping ExternalFunction) -> HostFunction {
    { [unowned vm] (args: [Value], kwargs: [(String, Value)]) throws(PyException) -> Value in
      let result: HostValue
      do {
        result = try f(args.map(vm.hostValue), kwargs.map { ($0.0, vm.hostValue($0.1)) })
      } catch {
        let (type, message) = Run.pythonError(error)
        throw vm.makeHostError(type: type, message: message)
      }
      return try vm.value(from: result)
    }
  }

  /// Runs one step of the VM and records where the run stands afterwards.
  func perform(_ step: (Interpreter) throws(PyException) -> RunState) {
    do {
      switch try step(vm) {
      case .complete(let v):
        progress = .complete(vm.hostValue(v))
      case .paused(let call):
        progress = .externalCall(ExternalCall(
          name: call.name, args: call.args.map(vm.hostValue), kwargs: call.kwargs.map { ($0.0, vm.hostValue($0.1)) },
          line: vm.currentLine))
      }
    } catch {
      progress = .failed(describe(error))
    }
  }

  func describe(_ error: PyException) -> MontyError {
    let (type, message, line) = vm.describe(error)
    return MontyError(type: type, message: message, traceback: vm.formatTraceback(error.value), line: line,
                      limit: vm.tripped?.rawValue)
  }
}
