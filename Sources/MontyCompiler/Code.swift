// Compiled code objects: what the compiler produces and the VM executes. Immutable after compilation,
// so one compiled Program can be run many times (and from several threads) without copying.

/// A compile-time constant; the VM turns each into a heap value once per code object.
public indirect enum CodeConstant: Sendable {
  case none
  case bool(Bool)
  case int(Int64)
  case bigInt(String, radix: Int)
  case float(Double)
  case imaginary(Double)
  case string(String)
  case bytes([UInt8])
  case ellipsis
  case tuple([CodeConstant])
  case code(CodeObject)
}

/// A `try` region: an exception raised at an instruction in `start..<end` jumps to `handler` with the
/// exception in register `register`. Inner regions come before outer ones, so the first match wins.
public struct ExceptionHandlerEntry: Sendable {
  public var start: Int
  public var end: Int
  public var handler: Int
  public var register: Int
  /// How many `except`/`finally` handlers of the same function enclose the `try`: the VM trims the
  /// stack of exceptions being handled to this depth (plus the frame's) when it enters the handler.
  public var handlerDepth: Int
}

public final class CodeObject: @unchecked Sendable {
  public enum Kind: Sendable { case module, function, lambda, classBody, comprehension, generatorExpression }

  public let name: String
  public let qualifiedName: String
  public let filename: String
  public let kind: Kind
  public internal(set) var instructions: [Instruction] = []
  /// Source line of each instruction (parallel to `instructions`).
  public internal(set) var lines: [Int32] = []
  public internal(set) var constants: [CodeConstant] = []
  public internal(set) var names: [String] = []
  public internal(set) var handlers: [ExceptionHandlerEntry] = []
  public internal(set) var registerCount = 0
  /// Parameters, in register order: positional (posonly first), keyword-only, then *args, **kwargs.
  public internal(set) var parameterNames: [String] = []
  public internal(set) var positionalCount = 0
  public internal(set) var positionalOnlyCount = 0
  public internal(set) var keywordOnlyCount = 0
  public internal(set) var hasVarargs = false
  public internal(set) var hasVarkw = false
  /// Registers holding cells created at entry (captured locals), and those receiving the closure's cells.
  public internal(set) var cellRegisters: [Int] = []
  public internal(set) var freeRegisters: [Int] = []
  /// Parameters (by register) that are also cells: wrapped after arguments are bound.
  public internal(set) var cellParameters: [Int] = []
  public internal(set) var isGenerator = false
  public internal(set) var isCoroutine = false
  /// Register → local name, for UnboundLocalError messages and debugging.
  public internal(set) var registerNames: [String] = []
  public let firstLine: Int
  /// The docstring: a string literal as the first statement of a function, class or module body.
  public internal(set) var docstring: String?

  init(name: String, qualifiedName: String, filename: String, kind: Kind, firstLine: Int) {
    self.name = name
    self.qualifiedName = qualifiedName
    self.filename = filename
    self.kind = kind
    self.firstLine = firstLine
  }
}
