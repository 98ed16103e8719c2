// The parser takes its tokens from the lexer a chunk at a time (TokenStream) and drops the ones it
// is done with. These cases put the interesting token far from the start, across chunk boundaries,
// and check that the result is what a whole-file tokenization gives.
import MontySyntax
import XCTest

final class TokenStreamTests: XCTestCase {
  /// Enough statements to span several chunks of tokens.
  let filler = String(repeating: "x = [a, b, c, d, e, f, g]\n", count: 20_000)

  func message(_ text: String) -> String? {
    do {
      _ = try Parser.parse(SourceFile(name: "t.py", text: text))
      return nil
    } catch {
      return error.message
    }
  }

  func testTokenizerErrorFarAfterAParserErrorWins() {
    // The whole input is tokenized before parsing, in effect: the later tokenizer error is reported.
    XCTAssertEqual(message("x = = 1\n" + filler + "s = 'abc\n"), "unterminated string literal (detected at line 20002)")
    XCTAssertEqual(message(filler + "x = = 1\n" + filler + "y = 1 $ 2\n" + filler + "z = 0b12\n"),
                   "invalid digit '2' in binary literal")
  }

  func testTokenizerErrorWithoutParserError() {
    XCTAssertEqual(message(filler + "y = 012\n" + filler), 
                   "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
  }

  func testUnclosedBracketFarAway() {
    XCTAssertEqual(message(filler + "f(1,\n" + filler), "'(' was never closed")
  }

  func testBacktrackingAcrossChunks() throws {
    // `with (` is first tried as a parenthesized item list; a long one spans chunks before the
    // parser returns to the parenthesis.
    let items = Array(repeating: "a", count: 30_000).joined(separator: ", ")
    XCTAssertNil(message("with (" + items + ") as t:\n    pass\n"))
    XCTAssertNil(message("with (" + items + "):\n    pass\n"))
    // `match` is looked ahead of to the end of its line, and then parsed or taken as a name.
    XCTAssertNil(message(filler + "match (" + items + "):\n    case _:\n        pass\n" + filler))
    XCTAssertNil(message(filler + "match (" + items + ")\n" + filler))
    XCTAssertEqual(message(filler + "match x\n" + filler), "expected ':'")
  }

  func testLongModuleParsesToTheSameTree() throws {
    let m = try Parser.parse(SourceFile(name: "t.py", text: filler))
    XCTAssertEqual(m.body.count, 20_000)
  }
}
