// `\N{…}` lookups: names are read in code point order only as far as a lookup needs and remembered,
// so lookups in any order, repeated ones, and misses after a full read must all agree.
import MontySyntax
import XCTest

final class UnicodeNameTests: XCTestCase {
  func stringValue(_ literal: String) throws -> String? {
    let m = try Parser.parse(SourceFile(name: "t.py", text: "x = " + literal + "\n"))
    guard case .assign(_, let value) = m.body.first?.kind, case .constant(.string(let s, _)) = value.kind else {
      return nil
    }
    return s
  }

  func testLookupsInAnyOrder() throws {
    // The second and third names come before the first in code point order: found in the memo.
    XCTAssertEqual(try stringValue(#""\N{SNOWMAN}\N{latin small letter e with acute}\N{GREEK SMALL LETTER ALPHA}""#),
                   "\u{2603}\u{E9}\u{3B1}")
    XCTAssertEqual(try stringValue(#""\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}\N{GREEK SMALL LETTER ALPHA}""#),
                   "\u{3B1}\u{2603}\u{3B1}")
    XCTAssertEqual(try stringValue(#""\N{GRINNING FACE}\N{CJK UNIFIED IDEOGRAPH-4E00}""#), "\u{1F600}\u{4E00}")
  }

  func testUnknownNameAfterAFullRead() throws {
    XCTAssertThrowsError(try stringValue(#""\N{SNOWMAN}\N{NO SUCH CHARACTER NAME}""#)) { error in
      XCTAssertEqual((error as? SyntaxError)?.message,
                     "(unicode error) 'unicodeescape' codec can't decode bytes in position 11-36: unknown Unicode character name")
    }
  }
}
