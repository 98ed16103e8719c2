// The objects behind the C ABI's opaque pointers: a compiled program with its native functions, and a
// run with the C strings it has handed out. Only the public API of `Monty` is used: this target is the
// wall between C callers and the interpreter. The exported functions themselves are in CABI.swift.
import Monty

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `monty_program *` points to.
final class ProgramHandle {
  /// The source is kept because adding a native function whose name is not yet an external means
  /// compiling again with one more external (a `Program`'s externals are fixed when it is made).
  let source: [UInt8]
  let filename: String
  let inputs: [String]
  private(set) var program: Program
  private(set) var natives: [String: NativeFunction] = [:]
  /// The natives as `Program.start` takes them, rebuilt on each registration so starts only read it.
  private(set) var functions: [String: ExternalFunction] = [:]

  init(source: [UInt8], filename: String, inputs: [String], externals: [String]) throws(MontyError) {
    self.source = source
    self.filename = filename
    self.inputs = inputs
    program = try Program(bytes: source, filename: filename, inputs: inputs, externals: externals)
  }

  func register(_ native: NativeFunction) throws(MontyError) {
    if !program.externals.contains(native.name) {
      program = try Program(bytes: source, filename: filename, inputs: inputs,
                            externals: program.externals + [native.name])
    }
    natives[native.name] = native
    functions[native.name] = native.call
  }
}

/// What `monty_run *` points to: a run, or the error that kept one from starting, plus the C strings
/// returned to the caller, each made on first request and freed when the run changes.
final class RunHandle {
  private(set) var run: Run?
  private let startError: MontyError?
  /// Keeps the program's natives alive for as long as the run may call them.
  private let program: ProgramHandle?

  private var resultJSON: UnsafeMutablePointer<CChar>?
  private var outputText: UnsafeMutablePointer<CChar>?
  private var errorJSON: UnsafeMutablePointer<CChar>?
  private var callName: UnsafeMutablePointer<CChar>?
  private var argsJSON: UnsafeMutablePointer<CChar>?
  private var kwargsJSON: UnsafeMutablePointer<CChar>?
  /// Why the last `monty_snapshot` failed; kept until the next one or the run changes.
  var snapshotError: UnsafeMutablePointer<CChar>? {
    willSet { free(snapshotError) }
  }

  init(run: Run, program: ProgramHandle?) {
    self.run = run
    self.startError = nil
    self.program = program
  }

  init(failed error: MontyError) {
    run = nil
    startError = error
    program = nil
  }

  deinit { invalidate() }

  var progress: Progress {
    if let run { return run.progress }
    return .failed(startError!)
  }

  var isPaused: Bool { run?.isPaused ?? false }

  /// Frees every string handed out; called before the run changes.
  func invalidate() {
    for p in [resultJSON, outputText, errorJSON, callName, argsJSON, kwargsJSON] { free(p) }
    resultJSON = nil
    outputText = nil
    errorJSON = nil
    callName = nil
    argsJSON = nil
    kwargsJSON = nil
    snapshotError = nil
  }

  func result() -> UnsafePointer<CChar>? {
    guard case .complete(let value) = progress else { return nil }
    return cached(&resultJSON) { value.jsonBytes() }
  }

  func output() -> UnsafePointer<CChar>? {
    cached(&outputText) { Array((run?.output ?? "").utf8) }
  }

  func error() -> UnsafePointer<CChar>? {
    guard case .failed(let error) = progress else { return nil }
    return cached(&errorJSON) { error.jsonBytes() }
  }

  func call() -> ExternalCall? {
    guard case .externalCall(let call) = progress else { return nil }
    return call
  }

  func name() -> UnsafePointer<CChar>? {
    guard let call = call() else { return nil }
    return cached(&callName) { Array(call.name.utf8) }
  }

  func args() -> UnsafePointer<CChar>? {
    guard let call = call() else { return nil }
    return cached(&argsJSON) { HostValue.list(call.args).jsonBytes() }
  }

  func kwargs() -> UnsafePointer<CChar>? {
    guard let call = call() else { return nil }
    return cached(&kwargsJSON) { HostValue.dict(call.kwargs.map { .init(.str($0.0), $0.1) }).jsonBytes() }
  }

  private func cached(_ slot: inout UnsafeMutablePointer<CChar>?, _ make: () -> [UInt8])
    -> UnsafePointer<CChar>?
  {
    if slot == nil { slot = makeCString(make()) }
    return UnsafePointer(slot)
  }
}

/// A malloc'd, NUL-terminated copy of UTF-8 `bytes` (the caller frees it with `free`). C sees the
/// text up to the first NUL.
func makeCString(_ bytes: [UInt8]) -> UnsafeMutablePointer<CChar>? {
  guard let p = malloc(bytes.count + 1)?.assumingMemoryBound(to: UInt8.self) else { return nil }
  p.initialize(from: bytes, count: bytes.count)
  p[bytes.count] = 0
  return UnsafeMutableRawPointer(p).assumingMemoryBound(to: CChar.self)
}

/// A malloc'd copy of `text`, as `makeCString(_: [UInt8])`.
func makeCString(_ text: String) -> UnsafeMutablePointer<CChar>? {
  makeCString(Array(text.utf8))
}

extension MontyError {
  /// `{"type", "message", "traceback", "limit", "line"}`, in that order, as UTF-8.
  func jsonBytes() -> [UInt8] {
    HostValue.dict([
      .init("type", .str(type)),
      .init("message", .str(message)),
      .init("traceback", .str(traceback)),
      .init("limit", limit.map { .str($0) } ?? .none),
      .init("line", line.map { .int($0) } ?? .none),
    ]).jsonBytes()
  }

  /// An error of the host's arguments (bad JSON, NULL where a value is needed), as Python's ValueError.
  static func argument(_ message: String, type: String = "ValueError") -> MontyError {
    MontyError(type: type, message: message, traceback: "\(type): \(message)\n")
  }
}
