// Tokens: a kind and a byte range, 12 bytes each. The text of a token is never copied by the lexer;
// the parser slices the source bytes when it needs a literal, and decodes each distinct name once.

public enum TokenKind: UInt8, Sendable, CaseIterable {
  case endOfFile, newline, indent, dedent
  case name, number, string
  // Brackets
  case lparen, rparen, lbracket, rbracket, lbrace, rbrace
  // Punctuation
  case colon, comma, semicolon, dot, ellipsis, arrow, at, atEqual, equal, colonEqual
  // Operators
  case plus, minus, star, doubleStar, slash, doubleSlash, percent, tilde
  case amper, vbar, circumflex, leftShift, rightShift
  case less, greater, lessEqual, greaterEqual, equalEqual, notEqual
  // Augmented assignment operators
  case plusEqual, minusEqual, starEqual, doubleStarEqual, slashEqual, doubleSlashEqual, percentEqual
  case amperEqual, vbarEqual, circumflexEqual, leftShiftEqual, rightShiftEqual
  // Keywords
  case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass, kwContinue
  case kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal, kwIf, kwImport
  case kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise, kwReturn, kwTry, kwWhile
  case kwWith, kwYield
  /// A character the tokenizer cannot place (`$`, `?`, a backtick); the parser reports "invalid syntax".
  case errorToken

  /// Keywords by spelling. Soft keywords (`match`, `case`, `_`) are names; the parser recognizes them.
  static let keywords: [String: TokenKind] = [
    "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs, "assert": .kwAssert,
    "async": .kwAsync, "await": .kwAwait, "break": .kwBreak, "class": .kwClass, "continue": .kwContinue,
    "def": .kwDef, "del": .kwDel, "elif": .kwElif, "else": .kwElse, "except": .kwExcept,
    "finally": .kwFinally, "for": .kwFor, "from": .kwFrom, "global": .kwGlobal, "if": .kwIf,
    "import": .kwImport, "in": .kwIn, "is": .kwIs, "lambda": .kwLambda, "nonlocal": .kwNonlocal,
    "not": .kwNot, "or": .kwOr, "pass": .kwPass, "raise": .kwRaise, "return": .kwReturn, "try": .kwTry,
    "while": .kwWhile, "with": .kwWith, "yield": .kwYield,
  ]

  public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue && rawValue <= TokenKind.kwYield.rawValue }

  /// How CPython spells the token in messages ("expected ':'").
  public var spelling: String {
    switch self {
    case .endOfFile: return "end of file"
    case .newline: return "newline"
    case .indent: return "indent"
    case .dedent: return "dedent"
    case .name: return "name"
    case .number: return "number"
    case .string: return "string"
    case .lparen: return "("
    case .rparen: return ")"
    case .lbracket: return "["
    case .rbracket: return "]"
    case .lbrace: return "{"
    case .rbrace: return "}"
    case .colon: return ":"
    case .comma: return ","
    case .semicolon: return ";"
    case .dot: return "."
    case .ellipsis: return "..."
    case .arrow: return "->"
    case .at: return "@"
    case .atEqual: return "@="
    case .equal: return "="
    case .colonEqual: return ":="
    case .plus: return "+"
    case .minus: return "-"
    case .star: return "*"
    case .doubleStar: return "**"
    case .slash: return "/"
    case .doubleSlash: return "//"
    case .percent: return "%"
    case .tilde: return "~"
    case .amper: return "&"
    case .vbar: return "|"
    case .circumflex: return "^"
    case .leftShift: return "<<"
    case .rightShift: return ">>"
    case .less: return "<"
    case .greater: return ">"
    case .lessEqual: return "<="
    case .greaterEqual: return ">="
    case .equalEqual: return "=="
    case .notEqual: return "!="
    case .plusEqual: return "+="
    case .minusEqual: return "-="
    case .starEqual: return "*="
    case .doubleStarEqual: return "**="
    case .slashEqual: return "/="
    case .doubleSlashEqual: return "//="
    case .percentEqual: return "%="
    case .amperEqual: return "&="
    case .vbarEqual: return "|="
    case .circumflexEqual: return "^="
    case .leftShiftEqual: return "<<="
    case .rightShiftEqual: return ">>="
    case .errorToken: return "error"
    default:
      for (k, v) in TokenKind.keywords where v == self { return k }
      return "?"
    }
  }
}

public struct Token: Sendable {
  public var kind: TokenKind
  /// For a `.name` token of a module, the name's number in `Lexer.Output.names` plus one (0: none),
  /// split in two to fit the padding after `kind`, so a token stays 12 bytes.
  var nameIDHigh: UInt8 = 0
  var nameIDLow: UInt16 = 0
  public var start: UInt32
  public var end: UInt32

  @inlinable public var range: SourceRange { SourceRange(start: start, end: end) }

  init(kind: TokenKind, start: UInt32, end: UInt32) {
    self.kind = kind
    self.start = start
    self.end = end
  }

  /// The largest name number a token can carry; later names are left unnumbered.
  static let maxNameID = 0xFF_FFFF

  var nameID: Int {
    get { Int(nameIDHigh) << 16 | Int(nameIDLow) }
    set {
      nameIDHigh = UInt8(truncatingIfNeeded: newValue >> 16)
      nameIDLow = UInt16(truncatingIfNeeded: newValue)
    }
  }
}
