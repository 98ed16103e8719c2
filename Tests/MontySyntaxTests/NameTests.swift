// Identifiers are decoded once per distinct name (the lexer numbers them): many names, long names,
// names that share their first 8 bytes, repeats and non-ASCII names must all come back as written.
import MontySyntax
import XCTest

final class NameTests: XCTestCase {
  func listNames(_ source: String) throws -> [String] {
    let m = try Parser.parse(SourceFile(name: "t.py", text: source))
    guard case .assign(_, let value) = m.body.first?.kind, case .list(let items) = value.kind else { return [] }
    return items.map { item in
      if case .name(let n) = item.kind { return n }
      return "?"
    }
  }

  func testManyDistinctAndRepeatedNames() throws {
    var names: [String] = []
    for i in 0..<5000 {
      // Short, exactly 8 bytes, and long names sharing a 16-byte prefix.
      names.append(["v\(i)", "abcdefg" + String(i % 10), "shared_prefix_xx_\(i)_tail"][i % 3])
      names.append("v\(i / 2)")  // repeats of earlier names
    }
    XCTAssertEqual(try listNames("x = [" + names.joined(separator: ", ") + "]\n"), names)
  }

  func testNonASCIINamesAreNormalizedOnce() throws {
    // Fullwidth letters normalize (NFKC) to ASCII; the same spelling twice gives the same name.
    XCTAssertEqual(try listNames("x = [\u{FF41}\u{FF42}, café, \u{FF41}\u{FF42}, ab]\n"), ["ab", "café", "ab", "ab"])
  }
}
