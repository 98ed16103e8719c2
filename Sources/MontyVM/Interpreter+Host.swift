// Runs that pause: the host starts a module, the run stops at a call of an external function (the
// frame stack stays as it is), and the host resumes it with a value or an exception. Because Python
// calls never recurse natively, the outermost dispatch loop can simply return and be entered again.
// A call made from inside a builtin's callback (a sort key, a generator pulled by `sum`) has Swift
// frames under it and cannot pause: it is served by `synchronousExternal`, or fails with RuntimeError.
import MontyCompiler
import MontySyntax

/// An external call the run is paused at.
public struct PendingCall {
  public let name: String
  public let args: [Value]
  public let kwargs: [(String, Value)]
  /// Absolute register that receives the result.
  let resultRegister: Int
}

/// A host function called synchronously, without pausing the run.
public typealias HostFunction = (_ args: [Value], _ kwargs: [(String, Value)]) throws(PyException) -> Value

/// Where a started or resumed run stands.
public enum RunState {
  /// The module finished; its value is the value of a final expression statement (or None).
  case complete(Value)
  /// Paused at `pendingCall`.
  case paused(PendingCall)
}

extension Interpreter {
  /// Starts running a module in `globals` until it completes or pauses at an external call.
  public func start(_ code: CodeObject, globals: Handle) throws(PyException) -> RunState {
    pendingCall = nil
    frames.removeAll(keepingCapacity: true)
    handled.removeAll(keepingCapacity: true)
    let runtime = self.runtime(for: code)
    let fn = PyFunction(runtime: runtime, globals: globals, defaults: [], kwDefaults: .none, closure: [])
    let fh = heap.allocate(fn)
    let c = runtime.code
    try ensureRegisters(c.registerCount + 1)
    for i in 0..<c.registerCount { registers[i] = .unbound }
    try pushFrame(fn, functionHandle: fh, base: 0, returnTo: -1, boundary: true)
    return try continueRun()
  }

  /// Resumes a paused run: the external call returns `value`.
  public func resume(returning value: Value) throws(PyException) -> RunState {
    guard let call = pendingCall else { throw makeError(types.runtimeError, "the run is not paused at an external call") }
    pendingCall = nil
    registers[call.resultRegister] = value
    return try continueRun()
  }

  /// Resumes a paused run: the external call raises `error` (catchable by the sandboxed code).
  public func resume(raising error: PyException) throws(PyException) -> RunState {
    guard pendingCall != nil else { throw makeError(types.runtimeError, "the run is not paused at an external call") }
    pendingCall = nil
    attachContext(error.value)
    do {
      try unwind(error)
    } catch {
      frames.removeAll(keepingCapacity: true)
      throw error
    }
    return try continueRun()
  }

  private func continueRun() throws(PyException) -> RunState {
    let exit: FrameExit
    do {
      exit = try run()
    } catch {
      frames.removeAll(keepingCapacity: true)
      throw error
    }
    switch exit {
    case .returned(let v), .yielded(let v):
      frames.removeAll(keepingCapacity: true)
      return .complete(v)
    case .suspended:
      guard let call = pendingCall else { throw makeError(types.runtimeError, "lost the pending external call") }
      return .paused(call)
    }
  }

  /// Whether the VM is paused at an external call.
  public var isPaused: Bool { pendingCall != nil }

  /// The source line of the innermost frame (for the position of a pending call).
  public var currentLine: Int? {
    guard let f = frames.last else { return nil }
    let pc = max(f.pc - 1, 0)
    let lines = f.runtime.code.lines
    return pc < lines.count ? Int(lines[pc]) : nil
  }

  /// An object standing for a host function: calling it pauses the run (or is served synchronously).
  public func makeExternalFunction(_ name: String) -> Value {
    .object(heap.allocate(PyBuiltin(.externalFunction, name: name)))
  }

  /// Binds a global name in a module namespace.
  public func setGlobal(_ globals: Handle, _ name: String, _ value: Value) {
    dictSetString(globals, name, value)
    namespaceEpoch &+= 1
  }

  /// Reads a global name.
  public func global(_ globals: Handle, _ name: String) -> Value? { dictGetString(globals, name) }

  /// An exception of a builtin exception type named by the host (RuntimeError for unknown names).
  public func makeHostError(type: String, message: String) -> PyException {
    if case .object(let h)? = dictGetString(builtins, type), heap.get(h, PyType.self)?.isException == true {
      return makeError(h, message)
    }
    return makeError(types.runtimeError, "\(type): \(message)")
  }

  func countExternalCall() throws(PyException) {
    externalCallsLeft -= 1
    if externalCallsLeft < 0 { throw limitExceeded(.externalCalls, "made too many external calls") }
  }

  /// An external function called where the run cannot pause.
  func callExternalSynchronously(_ name: String, args: [Value], kwargs: [(String, Value)]) throws(PyException) -> Value {
    try countExternalCall()
    if let f = hostFunctions[name] { return try f(args, kwargs) }
    guard let serve = synchronousExternal else {
      throw makeError(types.runtimeError,
                      "external function '\(name)' cannot be called here: the run cannot pause inside a callback "
                        + "from a builtin (a sort key, a generator consumed by a builtin, a class body…)")
    }
    return try serve(PendingCall(name: name, args: args, kwargs: kwargs, resultRegister: -1))
  }
}
