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

  init(output: ((String) -> Void)?, vm: Interpreter = Interpreter()) {
    self.vm = vm
    self.callback = output
    if let output {
      vm.output = output
    } else {
      vm.output = { [unowned self] text in self.output += text }
    }
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
    while true {
      switch progress {
      case .complete(let v): return .success(v)
      case .failed(let e): return .failure(e)
      case .externalCall(let call):
        guard let f = functions[call.name] else {
          resume(raising: "NameError", message: "external function '\(call.name)' has no implementation")
          continue
        }
        do {
          resume(returning: try f(call.args, call.kwargs))
        } catch let e as MontyError {
          resume(raising: e.type, message: e.message)
        } catch {
          resume(raising: "RuntimeError", message: "\(error)")
        }
      }
    }
  }

  /// Serves external calls with async host functions until the run completes or fails.
  public func serve(async functions: [String: AsyncExternalFunction]) async -> Result<HostValue, MontyError> {
    while true {
      switch progress {
      case .complete(let v): return .success(v)
      case .failed(let e): return .failure(e)
      case .externalCall(let call):
        guard let f = functions[call.name] else {
          resume(raising: "NameError", message: "external function '\(call.name)' has no implementation")
          continue
        }
        do {
          resume(returning: try await f(call.args, call.kwargs))
        } catch let e as MontyError {
          resume(raising: e.type, message: e.message)
        } catch {
          resume(raising: "RuntimeError", message: "\(error)")
        }
      }
    }
  }

  /// A Swift function as a VM host function: arguments converted out, the result (or the thrown
  /// MontyError, as that Python exception) converted in.
  func bridge(_ name: String, _ f: @escaping ExternalFunction) -> HostFunction {
    { [unowned vm] (args: [Value], kwargs: [(String, Value)]) throws(PyException) -> Value in
      let result: HostValue
      do {
        result = try f(args.map(vm.hostValue), kwargs.map { ($0.0, vm.hostValue($0.1)) })
      } catch let e as MontyError {
        throw vm.makeHostError(type: e.type, message: e.message)
      } catch {
        throw vm.makeHostError(type: "RuntimeError", message: "\(error)")
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
