// The one precedence table of the expression parser (Wren's `rules[]`, Lua's `priority[]`).
// Grammar/PRECEDENCE.md documents the same table; a test checks that the two agree.

/// Binding levels, lowest first. A binary operator at level L takes right operands parsed at L + 1
/// (left-associative), except `**` which is right-associative and takes a unary operand.
public enum Precedence: Int, Sendable, CaseIterable, Comparable {
  case lambda = 1
  case conditional
  case or
  case and
  case not
  case comparison
  case bitOr
  case bitXor
  case bitAnd
  case shift
  case additive
  case multiplicative
  case unary
  case power
  case await
  case primary

  public static func < (a: Precedence, b: Precedence) -> Bool { a.rawValue < b.rawValue }

  /// One row of the documented table.
  public struct Row: Sendable {
    public var level: Precedence
    public var operators: [String]
    public var associativity: String
  }

  /// The table as documented in Grammar/PRECEDENCE.md, lowest binding first.
  public static let table: [Row] = [
    Row(level: .lambda, operators: ["lambda"], associativity: "prefix"),
    Row(level: .conditional, operators: ["if else"], associativity: "right"),
    Row(level: .or, operators: ["or"], associativity: "left"),
    Row(level: .and, operators: ["and"], associativity: "left"),
    Row(level: .not, operators: ["not"], associativity: "prefix"),
    Row(level: .comparison,
        operators: ["in", "not in", "is", "is not", "<", "<=", ">", ">=", "!=", "=="], associativity: "chain"),
    Row(level: .bitOr, operators: ["|"], associativity: "left"),
    Row(level: .bitXor, operators: ["^"], associativity: "left"),
    Row(level: .bitAnd, operators: ["&"], associativity: "left"),
    Row(level: .shift, operators: ["<<", ">>"], associativity: "left"),
    Row(level: .additive, operators: ["+", "-"], associativity: "left"),
    Row(level: .multiplicative, operators: ["*", "@", "/", "//", "%"], associativity: "left"),
    Row(level: .unary, operators: ["+x", "-x", "~x"], associativity: "prefix"),
    Row(level: .power, operators: ["**"], associativity: "right"),
    Row(level: .await, operators: ["await"], associativity: "prefix"),
    Row(level: .primary, operators: ["x.attr", "x[i]", "x(args)"], associativity: "left"),
  ]

  /// The level and operator of a binary-operator token, or nil if the token is not one.
  /// (`not in` and `is not` are two tokens; the parser handles them in the comparison loop.)
  @inline(__always)
  static func infix(_ kind: TokenKind) -> (Precedence, BinaryOp?)? {
    switch kind {
    case .kwOr: return (.or, nil)
    case .kwAnd: return (.and, nil)
    case .less, .greater, .lessEqual, .greaterEqual, .equalEqual, .notEqual, .kwIn, .kwIs, .kwNot:
      return (.comparison, nil)
    case .vbar: return (.bitOr, .bitOr)
    case .circumflex: return (.bitXor, .bitXor)
    case .amper: return (.bitAnd, .bitAnd)
    case .leftShift: return (.shift, .lShift)
    case .rightShift: return (.shift, .rShift)
    case .plus: return (.additive, .add)
    case .minus: return (.additive, .sub)
    case .star: return (.multiplicative, .mult)
    case .at: return (.multiplicative, .matMult)
    case .slash: return (.multiplicative, .div)
    case .doubleSlash: return (.multiplicative, .floorDiv)
    case .percent: return (.multiplicative, .mod)
    case .doubleStar: return (.power, .pow)
    default: return nil
    }
  }
}
