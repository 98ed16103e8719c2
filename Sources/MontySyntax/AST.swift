// The abstract syntax tree. Node shapes follow CPython's `ast` module (so `monty ast` can print the
// same dump as `ast.dump`), with a byte range on every statement, expression and pattern.
// This file only declares the tree; the parser builds it and ASTPrinter.swift prints it.

/// A parsed module. Flat chains such as `a + a + … + a` or `x.a.a…a` are legal at any length and
/// make left spines up to a million nodes deep; releasing such a spine the default way (each indirect
/// enum box releasing its child) would recurse that deep on the native stack. `spines` keeps every
/// 64th node of long spines alive until `body` is gone and then releases them outermost first, so no
/// release ever frees more than 64 nested nodes.
public final class Module: @unchecked Sendable {
  public private(set) var body: [Stmt]
  let spines: SpineKeeper

  public init(body: [Stmt]) {
    self.body = body
    self.spines = SpineKeeper()
  }

  init(body: [Stmt], spines: SpineKeeper) {
    self.body = body
    self.spines = spines
  }

  deinit { body = [] }  // statements go first, while `spines` still holds the long chains
}

/// Holds periodic nodes of long expression spines; see `Module`.
final class SpineKeeper {
  /// A spine node is retained every `interval` links; a release recurses at most this deep.
  static let interval = 64
  var nodes: [Expr] = []

  deinit {
    // Outermost first: each release then only frees down to the next retained node.
    while nodes.popLast() != nil {}
  }
}

// MARK: - Statements

public struct Stmt: Sendable {
  public var kind: StmtKind
  public var range: SourceRange
  public init(_ kind: StmtKind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// Small, common statements are stored inline in `Stmt`; the larger ones are boxed (`indirect`), so
/// that a `Stmt` stays at most a few words and a body of simple statements costs one allocation.
public enum StmtKind: Sendable {
  case expr(Expr)
  case assign(targets: [Expr], value: Expr)
  indirect case augAssign(target: Expr, op: BinaryOp, value: Expr)
  /// `simple` is true for a bare name target not in parentheses (CPython's `simple=1`).
  indirect case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
  case `return`(Expr?)
  case delete([Expr])
  case pass
  case `break`
  case `continue`
  indirect case raise(exception: Expr?, cause: Expr?)
  case global([String])
  case nonlocal([String])
  indirect case assert(test: Expr, message: Expr?)
  case `import`([Alias])
  case importFrom(module: String?, names: [Alias], level: Int)
  indirect case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
  indirect case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
  indirect case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], isAsync: Bool)
  case with(items: [WithItem], body: [Stmt], isAsync: Bool)
  case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt], isStar: Bool)
  indirect case functionDef(FunctionDef)
  indirect case classDef(ClassDef)
  indirect case match(subject: Expr, cases: [MatchCase])
}

public struct Alias: Sendable {
  public var name: String
  public var asname: String?
  public var range: SourceRange
}

public struct WithItem: Sendable {
  public var contextExpr: Expr
  public var optionalVars: Expr?
}

public struct ExceptHandler: Sendable {
  public var type: Expr?
  public var name: String?
  public var body: [Stmt]
  public var range: SourceRange
}

public struct FunctionDef: Sendable {
  public var name: String
  public var parameters: Parameters
  public var body: [Stmt]
  public var decorators: [Expr]
  public var returns: Expr?
  public var isAsync: Bool
}

public struct ClassDef: Sendable {
  public var name: String
  public var bases: [Expr]
  public var keywords: [Keyword]
  public var body: [Stmt]
  public var decorators: [Expr]
}

/// A parameter list, split by kind as in CPython's `arguments` node.
public struct Parameters: Sendable {
  public var posonly: [Parameter] = []
  public var args: [Parameter] = []
  public var vararg: Parameter?
  public var kwonly: [Parameter] = []
  /// One entry per keyword-only parameter; nil where it has no default.
  public var kwDefaults: [Expr?] = []
  public var kwarg: Parameter?
  /// Defaults of the last positional parameters (posonly and args together).
  public var defaults: [Expr] = []
  public init() {}
}

public struct Parameter: Sendable {
  public var name: String
  public var annotation: Expr?
  public var range: SourceRange
}

// MARK: - Expressions

public struct Expr: Sendable {
  public var kind: ExprKind
  public var range: SourceRange
  public init(_ kind: ExprKind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

/// Leaves (names, constants) and the displays, whose payload is only arrays, are stored inline;
/// every other case is boxed (`indirect`), which halves the allocations of a typical tree.
public enum ExprKind: Sendable {
  case name(String)
  case constant(Constant)
  /// An f-string (or a concatenation containing one): literal text and formatted values in order.
  case joinedStr([Expr])
  /// `{value!conversion:formatSpec}` inside an f-string; conversion is `s`, `r`, `a` or nil.
  indirect case formattedValue(value: Expr, conversion: UInt8?, formatSpec: Expr?)
  case boolOp(BoolOp, [Expr])
  indirect case namedExpr(target: Expr, value: Expr)
  indirect case binOp(Expr, BinaryOp, Expr)
  indirect case unaryOp(UnaryOp, Expr)
  indirect case lambda(Parameters, Expr)
  indirect case ifExp(test: Expr, body: Expr, orelse: Expr)
  /// A dict display; a nil key marks `**mapping` unpacking.
  case dict(keys: [Expr?], values: [Expr])
  case set([Expr])
  case list([Expr])
  case tuple([Expr])
  indirect case listComp(Expr, [Comprehension])
  indirect case setComp(Expr, [Comprehension])
  indirect case dictComp(key: Expr, value: Expr, [Comprehension])
  indirect case generatorExp(Expr, [Comprehension])
  indirect case await(Expr)
  indirect case yield(Expr?)
  indirect case yieldFrom(Expr)
  indirect case compare(Expr, [CompareOp], [Expr])
  indirect case call(function: Expr, args: [Expr], keywords: [Keyword])
  indirect case attribute(Expr, String)
  indirect case `subscript`(Expr, Expr)
  indirect case starred(Expr)
  indirect case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

public enum Constant: Sendable {
  case none
  case bool(Bool)
  case int(Int64)
  /// An integer literal too large for Int64: its digits (no prefix, no underscores) in `radix`.
  /// Boxed: it is rare, and inline it would make every `Expr` a word larger.
  indirect case bigInt(String, radix: Int)
  case float(Double)
  case imaginary(Double)
  /// A str; `unicodeKind` records a `u` prefix (CPython's `kind='u'`).
  case string(String, unicodeKind: Bool = false)
  case bytes([UInt8])
  case ellipsis
}

public struct Keyword: Sendable {
  /// nil for `**mapping`.
  public var name: String?
  public var value: Expr
  public var range: SourceRange
}

public struct Comprehension: Sendable {
  public var target: Expr
  public var iter: Expr
  public var ifs: [Expr]
  public var isAsync: Bool
}

public enum BoolOp: Sendable { case and, or }

public enum BinaryOp: String, Sendable, CaseIterable {
  case add = "+", sub = "-", mult = "*", matMult = "@", div = "/", mod = "%", pow = "**"
  case lShift = "<<", rShift = ">>", bitOr = "|", bitXor = "^", bitAnd = "&", floorDiv = "//"
}

public enum UnaryOp: String, Sendable { case invert = "~", not = "not", uAdd = "+", uSub = "-" }

public enum CompareOp: String, Sendable {
  case eq = "==", notEq = "!=", lt = "<", ltE = "<=", gt = ">", gtE = ">=", `is` = "is", isNot = "is not"
  case `in` = "in", notIn = "not in"
}

// MARK: - Patterns (match statements)

public struct MatchCase: Sendable {
  public var pattern: Pattern
  public var guardExpr: Expr?
  public var body: [Stmt]
}

public struct Pattern: Sendable {
  public var kind: PatternKind
  public var range: SourceRange
}

public indirect enum PatternKind: Sendable {
  case value(Expr)
  case singleton(Constant)
  case sequence([Pattern])
  case mapping(keys: [Expr], patterns: [Pattern], rest: String?)
  case `class`(cls: Expr, patterns: [Pattern], kwdAttrs: [String], kwdPatterns: [Pattern])
  case star(String?)
  /// `pattern as name`, a capture (`pattern` nil) or the wildcard `_` (both nil).
  case `as`(pattern: Pattern?, name: String?)
  case or([Pattern])
}
