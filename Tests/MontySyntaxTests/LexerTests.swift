// Token streams for the lexer's trickier rules: indentation, continuation, numbers, strings.
import MontySyntax
import XCTest

final class LexerTests: XCTestCase {
  func kinds(_ text: String) throws -> [TokenKind] {
    try Lexer.tokenize(SourceFile(name: "t.py", text: text)).tokens.map(\.kind)
  }

  func lexError(_ text: String) -> SyntaxError? {
    do {
      _ = try Lexer.tokenize(SourceFile(name: "t.py", text: text))
      return nil
    } catch {
      return error
    }
  }

  func testIndentDedentAndBlankLines() throws {
    let k = try kinds("if x:\n    y\n\n  # comment\n    z\nw\n")
    XCTAssertEqual(k, [.kwIf, .name, .colon, .newline, .indent, .name, .newline, .name, .newline, .dedent,
                       .name, .newline, .endOfFile])
  }

  func testImplicitJoiningAndContinuation() throws {
    XCTAssertEqual(try kinds("x = (1,\n  2)\n"), [.name, .equal, .lparen, .number, .comma, .number, .rparen,
                                                 .newline, .endOfFile])
    XCTAssertEqual(try kinds("x = 1 + \\\n  2\n"), [.name, .equal, .number, .plus, .number, .newline, .endOfFile])
  }

  func testTabsInconsistentWithSpacesAreTabError() {
    let e = lexError("if x:\n\ty = 1\n        z = 2\n")
    XCTAssertEqual(e?.kind, .tabError)
  }

  func testNumberForms() throws {
    XCTAssertEqual(try kinds("1_000 0x_ff 0o17 0b1 1.5e-3 .5 5. 3j 1e10J\n").filter { $0 == .number }.count, 9)
    XCTAssertEqual(lexError("x = 012\n")?.message,
                   "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
    XCTAssertEqual(lexError("x = 0b102\n")?.message, "invalid digit '2' in binary literal")
    XCTAssertEqual(lexError("x = 1__0\n")?.message, "invalid decimal literal")
    XCTAssertNil(lexError("x = 1if y else 2\n"))
  }

  func testStringsAndPrefixes() throws {
    XCTAssertEqual(try kinds("rb'\\x' f\"{a}\" '''a\nb''' u'x'\n"), [.string, .string, .string, .string, .newline,
                                                                      .endOfFile])
    XCTAssertEqual(lexError("x = 1\ns = 'abc\n")?.message, "unterminated string literal (detected at line 2)")
    XCTAssertEqual(lexError("s = '''abc\n\nx\n")?.message,
                   "unterminated triple-quoted string literal (detected at line 3)")
  }

  func testEveryKeywordIsRecognized() throws {
    let keywords = TokenKind.allCases.filter(\.isKeyword)
    XCTAssertEqual(keywords.count, 35)
    for kind in keywords {
      let word = kind.spelling
      XCTAssertEqual(try kinds(word + "\n"), [kind, .newline, .endOfFile], word)
      XCTAssertEqual(try kinds(word + "_\n"), [.name, .newline, .endOfFile], word)
      XCTAssertEqual(try kinds(String(word.dropLast()) + "\n"), [.name, .newline, .endOfFile], word)
    }
  }

  func testDenseSourceOutgrowsTheFirstTokenEstimate() throws {
    // One token per byte, more than the tokenizer first allows for: it scans again with room for all.
    let n = 10_000
    let k = try kinds("x=[" + Array(repeating: "a", count: n).joined(separator: ",") + "]\n")
    XCTAssertEqual(k.count, 3 + (2 * n - 1) + 1 + 2)
    XCTAssertEqual(k.suffix(3), [.rbracket, .newline, .endOfFile])
  }

  func testBracketErrors() {
    XCTAssertEqual(lexError("x = (1]\n")?.message, "closing parenthesis ']' does not match opening parenthesis '('")
    XCTAssertEqual(lexError("x = 1)\n")?.message, "unmatched ')'")
  }
}
