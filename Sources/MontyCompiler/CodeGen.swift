// The register compiler: syntax tree → CodeObjects of 64-bit instructions (Opcode.swift).
// Locals live in fixed registers (parameters first); temporaries are allocated above them in stack
// order and released at the end of each statement. Calls place the callee and its arguments in
// consecutive registers at the top, so the callee's frame starts right on its arguments (Lua's
// overlapping register windows). `try` regions become exception-table entries; `finally` bodies are
// copied onto every exit path (normal, break, continue, return), as CPython does.
import MontySyntax

extension Compiler {
  /// Compiles a module. Errors are SyntaxErrors located in the source (CPython's compile-time errors).
  public static func compile(_ source: SourceFile) throws(SyntaxError) -> CodeObject {
    let module = try Parser.parse(source)
    return try compile(module, source: source)
  }

  /// `interactive`: expression statements at top level print their value (the REPL's 'single' mode).
  /// `returnsLastExpression`: when the module ends with an expression statement, the module code
  /// returns its value (the result of a run in the embedding API).
  public static func compile(_ module: Module, source: SourceFile, interactive: Bool = false,
                             returnsLastExpression: Bool = false) throws(SyntaxError) -> CodeObject {
    let futureLine = try checkFutureImports(module, source: source)
    let (root, scopes) = try Resolver.resolve(module, source: source)
    let unit = CompileUnit(source: source, scopes: scopes)
    unit.futureLine = futureLine
    unit.postponedAnnotations = module.body.contains { s in
      if case .importFrom("__future__"?, let names, 0) = s.kind { return names.contains { $0.name == "annotations" } }
      return false
    }
    let builder = FunctionBuilder(unit: unit, scope: root, name: "<module>", qualifiedName: "<module>", kind: .module,
                                  firstLine: 1)
    if containsAnnotatedName(module.body) { builder.emit(.setupAnnotations) }
    for (i, s) in module.body.enumerated() {
      if returnsLastExpression, i == module.body.count - 1, case .expr(let e) = s.kind {
        builder.setLine(s.range.start)
        let r = try builder.expression(e)
        builder.emit(.return, a: r)
        return builder.finish()
      }
      if interactive, case .expr(let e) = s.kind {
        builder.setLine(s.range.start)
        let r = try builder.expression(e)
        builder.emit(.printExpr, a: r)
        builder.nextRegister = 0
        continue
      }
      try builder.statement(s)
    }
    builder.emit(.loadNone, a: 0)
    builder.emit(.return, a: 0)
    return builder.finish()
  }

  /// Whether a module or class body has an annotated assignment (at its own level, also inside
  /// if/for/while/try/with/match blocks): then it starts with `setupAnnotations`, as in CPython.
  static func containsAnnotatedName(_ body: [Stmt]) -> Bool {
    body.contains { s in
      switch s.kind {
      case .annAssign: return true
      case .if(_, let a, let b), .while(_, let a, let b), .for(_, _, let a, let b, _):
        return containsAnnotatedName(a) || containsAnnotatedName(b)
      case .with(_, let a, _): return containsAnnotatedName(a)
      case .try(let a, let handlers, let b, let c, _):
        return containsAnnotatedName(a + b + c) || handlers.contains { containsAnnotatedName($0.body) }
      case .match(_, let cases): return cases.contains { containsAnnotatedName($0.body) }
      default: return false
      }
    }
  }

  /// The features `from __future__ import …` may name in CPython 3.11. All are accepted and have no
  /// effect here (`annotations` is how Monty treats annotations anyway; the rest are long mandatory).
  static let futureFeatures: Set<String> = [
    "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
    "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
  ]

  /// CPython's future.c: the `from __future__` imports at the top of the module (after an optional
  /// docstring) must name known features. Returns the line of the last of them (0 if none): a later
  /// `__future__` import is the compiler's "must occur at the beginning of the file" error.
  static func checkFutureImports(_ module: Module, source: SourceFile) throws(SyntaxError) -> Int32 {
    var futureLine: Int32 = 0
    var body = module.body[...]
    if case .expr(let e)? = body.first?.kind, case .constant(.string) = e.kind { body = body.dropFirst() }
    for s in body {
      guard case .importFrom("__future__"?, let names, 0) = s.kind else { break }
      for a in names {
        if a.name == "braces" { throw SyntaxError("not a chance", at: Int(s.range.start)) }
        if !futureFeatures.contains(a.name) {
          throw SyntaxError("future feature \(a.name) is not defined", at: Int(s.range.start))
        }
      }
      futureLine = Int32(source.location(of: Int(s.range.start)).line)
    }
    return futureLine
  }
}

/// State shared by all functions of one compilation.
final class CompileUnit {
  let source: SourceFile
  let scopes: [UInt32: Scope]
  /// Line of the last leading `from __future__` import (0 if none); see `checkFutureImports`.
  var futureLine: Int32 = 0
  /// `from __future__ import annotations`: annotations are kept as their source text, not evaluated.
  var postponedAnnotations = false
  init(source: SourceFile, scopes: [UInt32: Scope]) {
    self.source = source
    self.scopes = scopes
  }
  func line(_ offset: UInt32) -> Int32 { Int32(source.location(of: Int(offset)).line) }
}

/// Limits of the instruction format (16-bit operands).
enum FormatLimits {
  static let maxRegisters = 60_000
  static let maxConstants = 65_000
}

/// Control-flow context for break/continue/return.
enum Block {
  case loop(continueTarget: Int, breaks: [Int], iteratorRegister: Int?)
  /// A `try` with `finally`: exits copy the finally body; `tryIndex` names the protected region.
  case finally(body: [Stmt], tryIndex: Int)
  /// Inside an `except` clause: exits must leave the handler.
  case handler(nameToClear: String?)
  /// Inside a `with` body: exits call `__exit__(None, None, None)` on the manager in `exitRegister`.
  case with(exitRegister: Int, tryIndex: Int)
}

/// A protected region being compiled; closed ranges are collected so that copied `finally` code
/// emitted inside the region is not itself protected by it.
struct TryRegion {
  var ranges: [(Int, Int)] = []
  var openStart: Int?
  var handler = -1
  var register = 0
  var handlerDepth = 0
}

final class FunctionBuilder {
  let unit: CompileUnit
  let scope: Scope
  let code: CodeObject
  var registers: [String: Int] = [:]
  var nextRegister = 0
  var maxRegister = 0
  var constantIndex: [String: Int] = [:]
  /// str constants by their UTF-8 bytes: Swift `String` keys would merge canonically equivalent
  /// strings ("é" and "e\u{301}"), which Python keeps apart.
  var stringConstantIndex: [[UInt8]: Int] = [:]
  var nameIndex: [String: Int] = [:]
  var line: Int32
  var blocks: [Block] = []
  var regions: [TryRegion] = []
  /// Region indices in emission order of their handler entries (inner before outer).
  var finishedRegions: [Int] = []
  /// Comprehension condition jumps waiting for their loop header: (instruction, loop index).
  var patchLater: [(Int, Int)] = []
  /// Compile-time nesting of loops, `try`, `except` and `with` bodies, counted as CPython counts
  /// its frame blocks (`compiler_push_fblock`), which it limits to 20 (CO_MAXBLOCKS).
  var nestedBlocks = 0
  static let maxNestedBlocks = 20

  init(unit: CompileUnit, scope: Scope, name: String, qualifiedName: String, kind: CodeObject.Kind, firstLine: Int) {
    self.unit = unit
    self.scope = scope
    self.line = Int32(firstLine)
    code = CodeObject(name: name, qualifiedName: qualifiedName, filename: unit.source.name, kind: kind,
                      firstLine: firstLine)
    code.isGenerator = scope.isGenerator
    code.isCoroutine = scope.isCoroutine
    if scope.kind == .function || scope.kind == .comprehension {
      // Parameters first, in order; then the other locals, cells and free variables.
      for p in scope.parameters { assignRegister(p) }
      for n in scope.boundOrder where !scope.parameters.contains(n) {
        let r = scope.resolve(n)
        if r == .local || r == .cell { assignRegister(n) }
      }
      for n in scope.cells.sorted() where registers[n] == nil { assignRegister(n) }
      for n in scope.freeOrder { assignRegister(n) }
      code.parameterNames = scope.parameters
      code.cellRegisters = scope.cells.sorted().compactMap { n in scope.parameters.contains(n) ? nil : registers[n] }
      code.cellParameters = scope.cells.sorted().compactMap { n in scope.parameters.contains(n) ? registers[n] : nil }
      code.freeRegisters = scope.freeOrder.compactMap { registers[$0] }
    } else if scope.kind == .classBody {
      for n in scope.freeOrder { assignRegister(n) }
      code.freeRegisters = scope.freeOrder.compactMap { registers[$0] }
    }
    code.registerNames = Array(repeating: "", count: nextRegister)
    for (n, r) in registers { code.registerNames[r] = n }
  }

  func assignRegister(_ n: String) {
    registers[n] = nextRegister
    nextRegister += 1
    maxRegister = max(maxRegister, nextRegister)
  }

  func finish() -> CodeObject {
    code.registerCount = max(maxRegister, 1) + 1
    for i in finishedRegions {
      let region = regions[i]
      for (s, e) in region.ranges where e > s {
        code.handlers.append(ExceptionHandlerEntry(start: s, end: e, handler: region.handler, register: region.register,
                                                   handlerDepth: region.handlerDepth))
      }
    }
    return code
  }

  // MARK: Emission

  var pc: Int { code.instructions.count }

  @discardableResult
  func emit(_ op: Opcode, a: Int = 0, b: Int = 0, c: Int = 0, d: Int = 0) -> Int {
    code.instructions.append(Instruction(op, a: a, b: b, c: c, d: d))
    code.lines.append(line)
    return code.instructions.count - 1
  }

  @discardableResult
  func emitJump(_ op: Opcode, a: Int = 0, to target: Int = 0) -> Int {
    code.instructions.append(Instruction.jump(op, a: a, target: target))
    code.lines.append(line)
    return code.instructions.count - 1
  }

  func patch(_ at: Int, to target: Int) {
    let old = code.instructions[at]
    code.instructions[at] = Instruction.jump(old.op, a: old.a, target: target)
  }

  func temp() throws(SyntaxError) -> Int {
    let r = nextRegister
    nextRegister += 1
    if nextRegister > FormatLimits.maxRegisters {
      throw SyntaxError(.notImplemented, "too many local variables or temporaries in one function", at: 0)
    }
    maxRegister = max(maxRegister, nextRegister)
    return r
  }

  func temps(_ n: Int) throws(SyntaxError) -> Int {
    let r = nextRegister
    for _ in 0..<n { _ = try temp() }
    return r
  }

  func constant(_ c: CodeConstant) throws(SyntaxError) -> Int {
    if case .string(let text) = c {
      let bytes = Array(text.utf8)
      if let i = stringConstantIndex[bytes] { return i }
      let i = try appendConstant(c)
      stringConstantIndex[bytes] = i
      return i
    }
    var key: String?
    switch c {
    case .none: key = "N"
    case .bool(let b): key = b ? "T" : "F"
    case .int(let v): key = "i\(v)"
    case .bigInt(let s, let r): key = "b\(r):\(s)"
    case .float(let d): key = "f\(d.bitPattern)"
    case .ellipsis: key = "E"
    default: key = nil
    }
    if let key, let i = constantIndex[key] { return i }
    let i = try appendConstant(c)
    if let key { constantIndex[key] = i }
    return i
  }

  private func appendConstant(_ c: CodeConstant) throws(SyntaxError) -> Int {
    code.constants.append(c)
    let i = code.constants.count - 1
    if i >= FormatLimits.maxConstants {
      throw SyntaxError(.notImplemented, "too many constants in one function", at: 0)
    }
    return i
  }

  func name(_ n: String) -> Int {
    if let i = nameIndex[n] { return i }
    code.names.append(n)
    nameIndex[n] = code.names.count - 1
    return code.names.count - 1
  }

  func setLine(_ offset: UInt32) { line = unit.line(offset) }

  func error(_ message: String, _ range: SourceRange) -> SyntaxError {
    SyntaxError(message, at: Int(range.start), end: Int(range.end))
  }

  var inFunction: Bool { scope.kind == .function || scope.kind == .comprehension }

  /// Runs `body` inside `count` more CPython frame blocks (see `nestedBlocks`); `range` locates the error.
  func nested(_ count: Int = 1, at range: SourceRange, _ body: () throws(SyntaxError) -> Void) throws(SyntaxError) {
    if nestedBlocks + count > Self.maxNestedBlocks {
      throw SyntaxError("too many statically nested blocks", at: Int(range.start))
    }
    nestedBlocks += count
    defer { nestedBlocks -= count }
    try body()
  }
}
