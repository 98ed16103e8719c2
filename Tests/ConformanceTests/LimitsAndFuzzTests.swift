// Hostile and malformed input: deep nesting, huge lines, long flat chains, and random mutations of
// the conformance corpus. Each must end in a tree or a SyntaxError, never a crash or a deep native stack.
import MontySyntax
import XCTest

final class LimitsAndFuzzTests: XCTestCase {
  func parse(_ text: String) -> Result<Module, SyntaxError> {
    do {
      return .success(try Parser.parse(SourceFile(name: "t.py", text: text)))
    } catch {
      return .failure(error)
    }
  }

  func message(_ text: String) -> String? {
    if case .failure(let e) = parse(text) { return e.message }
    return nil
  }

  func testDeeplyNestedBracketsAreASyntaxError() {
    for open in ["(", "[", "{"] {
      let text = "x = " + String(repeating: open, count: 100_000) + "\n"
      XCTAssertEqual(message(text), "too many nested parentheses")
    }
    // 200 levels is CPython's limit and still valid.
    let ok = "x = " + String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199) + "\n"
    if case .failure(let e) = parse(ok) { XCTFail("199 levels rejected: \(e)") }
  }

  func testDeepPrefixChainsAreBoundedNotCrashing() {
    for prefix in ["not ", "-", "~", "lambda: ", "+"] {
      let text = "x = " + String(repeating: prefix, count: 100_000) + "1\n"
      XCTAssertEqual(message(text), "too many nested parentheses", prefix)
    }
    let power = "x = 2" + String(repeating: " ** 2", count: 100_000) + "\n"
    XCTAssertEqual(message(power), "too many nested parentheses")
    let ternary = "x = 1" + String(repeating: " if a else 1", count: 100_000) + "\n"
    XCTAssertEqual(message(ternary), "too many nested parentheses")
  }

  func testLongFlatChainsParse() throws {
    let terms = 1_000_000
    var sum = "x = a"
    sum.reserveCapacity(terms * 4)
    for _ in 1..<terms { sum += " + a" }
    guard case .success(let m) = parse(sum + "\n") else { return XCTFail("sum chain rejected") }
    XCTAssertEqual(m.body.count, 1)
    XCTAssertTrue(ASTPrinter.dump(m).hasSuffix("right=Name(id='a', ctx=Load())))], type_ignores=[])"))
    // A long chain followed by an error: the partial tree is released without deep recursion too.
    if case .success = parse(sum + "\n$\n") { XCTFail("error after a long chain accepted") }
    let attrs = "x = a" + String(repeating: ".a", count: 500_000) + "\n"
    if case .failure(let e) = parse(attrs) { XCTFail("attribute chain rejected: \(e)") }
    let calls = "x = f" + String(repeating: "()", count: 500_000) + "\n"
    if case .failure(let e) = parse(calls) { XCTFail("call chain rejected: \(e)") }
    let compares = "x = a" + String(repeating: " < a", count: 500_000) + "\n"
    if case .failure(let e) = parse(compares) { XCTFail("comparison chain rejected: \(e)") }
  }

  func testMegabyteLineParses() {
    let line = "x = [" + String(repeating: "1, ", count: 350_000) + "]\n"
    XCTAssertGreaterThan(line.utf8.count, 1_000_000)
    if case .failure(let e) = parse(line) { XCTFail("1 MB line rejected: \(e)") }
  }

  func testIndentationDepthLimitMatchesCPython() {
    func nested(_ levels: Int) -> String {
      var s = ""
      for k in 0..<levels { s += String(repeating: " ", count: k) + "if x:\n" }
      return s + String(repeating: " ", count: levels) + "pass\n"
    }
    if case .failure(let e) = parse(nested(98)) { XCTFail("98 levels rejected: \(e)") }
    XCTAssertEqual(message(nested(120)), "too many levels of indentation")
  }

  func testNulAndInvalidUTF8AreSyntaxErrors() {
    let nul = SourceFile(name: "t.py", bytes: Array("x = 1\ny = 2\0\n".utf8))
    XCTAssertThrowsError(try Parser.parse(nul)) { error in
      guard let e = error as? SyntaxError else { return XCTFail("wrong error type") }
      XCTAssertEqual(e.message, "source code cannot contain null bytes")
      XCTAssertEqual(e.line(in: nul), 2)
    }
    let bad = SourceFile(name: "t.py", bytes: Array("x = 1\ny = '".utf8) + [0xFF, 0xFE] + Array("'\n".utf8))
    XCTAssertThrowsError(try Parser.parse(bad)) { error in
      guard let e = error as? SyntaxError else { return XCTFail("wrong error type") }
      XCTAssertTrue(e.message.hasPrefix("Non-UTF-8 code starting with '\\xff'"), e.message)
    }
  }

  /// SplitMix64: a small deterministic generator so a failing mutation can be reproduced.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  func testMutatedCorpusNeverCrashes() {
    var rng = Generator(state: 2026)
    let interesting: [[UInt8]] = ["(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "'", "\"", "\"\"\"", "f'{",
                                   "\\", "#", "=", ",", "*", "**", "lambda", "yield", "async ", "match ", "case ",
                                   "\u{00e9}", "\u{201c}", "0x", "1_", "1e", ".", "@", ":=", "\r"].map { Array($0.utf8) }
    var parsed = 0
    var rejected = 0
    for c in Conformance.cases where !c.source.isEmpty {
      for _ in 0..<6 {
        var bytes = c.source
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
          let at = Int.random(in: 0..<bytes.count, using: &rng)
          switch Int.random(in: 0..<5, using: &rng) {
          case 0: bytes.removeSubrange(at..<bytes.count)  // truncate
          case 1: bytes[at] = UInt8.random(in: 0...255, using: &rng)  // byte flip
          case 2: bytes.insert(contentsOf: interesting.randomElement(using: &rng) ?? [], at: at)
          case 3: bytes.remove(at: at)
          default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + 40)], at: at)  // duplicate
          }
          if bytes.isEmpty { break }
        }
        switch Result(catching: { try Parser.parse(SourceFile(name: "m.py", bytes: bytes)) }) {
        case .success(let m): parsed += 1; _ = ASTPrinter.dump(m)
        case .failure: rejected += 1
        }
      }
    }
    XCTAssertGreaterThan(parsed + rejected, 1000)
    XCTAssertGreaterThan(rejected, 0)
  }
}
