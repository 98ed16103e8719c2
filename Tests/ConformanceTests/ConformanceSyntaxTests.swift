// Every conformance case through the front end, compared with what CPython 3.11 recorded:
// valid programs must give the same tree as `ast.dump`, invalid ones the same line and message
// as `python3 FILE` prints.
import MontySyntax
import XCTest

final class ConformanceSyntaxTests: XCTestCase {
  func testCorpusIsPresent() {
    let valid = Conformance.cases.filter { $0.astDump != nil }
    let invalid = Conformance.cases.filter { $0.parseError != nil }
    XCTAssertGreaterThanOrEqual(valid.count, 200, "the issue asks for at least 200 valid programs")
    XCTAssertGreaterThanOrEqual(invalid.count, 60)
  }

  func testValidProgramsParseToCPythonsTree() {
    var failures: [String] = []
    var checked = 0
    for c in Conformance.cases {
      guard let want = c.astDump else { continue }
      checked += 1
      do {
        let module = try Parser.parse(SourceFile(name: c.name, bytes: c.source))
        let got = ASTPrinter.dump(module)
        if got != want { failures.append("\(c.relativePath): tree differs from ast.dump") }
      } catch {
        failures.append("\(c.relativePath): rejected: \(error)")
      }
    }
    XCTAssertGreaterThan(checked, 0)
    XCTAssertEqual(failures, [], "\(failures.count) of \(checked) valid programs differ")
  }

  func testInvalidProgramsReportCPythonsLineAndMessage() {
    var failures: [String] = []
    var checked = 0
    for c in Conformance.cases {
      guard c.parseError != nil, let report = c.stderr else { continue }
      checked += 1
      let want = Conformance.summary(ofReport: report)
      let file = SourceFile(name: c.name, bytes: c.source)
      do {
        _ = try Parser.parse(file)
        failures.append("\(c.relativePath): accepted, CPython says \(want.message)")
      } catch {
        let got = Conformance.summary(ofReport: error.render(in: file))
        if got.line != want.line || got.message != want.message {
          failures.append("\(c.relativePath): got line \(got.line ?? -1) \(got.message); "
                            + "want line \(want.line ?? -1) \(want.message)")
        }
      }
    }
    XCTAssertGreaterThan(checked, 0)
    XCTAssertEqual(failures, [], "\(failures.count) of \(checked) invalid programs differ")
  }
}
