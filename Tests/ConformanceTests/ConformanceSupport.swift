// Loads the data-driven conformance cases (Conformance/<area>/<name>.py + .expected.json, recorded
// from CPython 3.11 by Conformance/record.py) for the syntax tests.
import Foundation
import XCTest

struct ConformanceCase {
  var path: String
  var relativePath: String
  var source: [UInt8]
  var expected: [String: Any]

  var name: String { (path as NSString).lastPathComponent }
  var astDump: String? { expected["ast_dump"] as? String }
  var parseError: [String: Any]? { expected["parse_error"] as? [String: Any] }
  var stderr: String? { expected["stderr"] as? String }
}

enum Conformance {
  static let root: String = {
    // Tests/MontySyntaxTests/ConformanceSupport.swift → repository root
    let file = URL(fileURLWithPath: #filePath)
    return file.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Conformance").path
  }()

  nonisolated(unsafe) static let cases: [ConformanceCase] = {
    var out: [ConformanceCase] = []
    let fm = FileManager.default
    guard let walker = fm.enumerator(atPath: root) else { return [] }
    var paths: [String] = []
    while let rel = walker.nextObject() as? String {
      if rel.hasSuffix(".py") && rel != "record.py" && rel != "run_cli.py" { paths.append(rel) }
    }
    for rel in paths.sorted() {
      let path = root + "/" + rel
      let jsonPath = String(path.dropLast(3)) + ".expected.json"
      guard let data = fm.contents(atPath: jsonPath),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let source = fm.contents(atPath: path)
      else { continue }
      out.append(ConformanceCase(path: path, relativePath: rel, source: Array(source), expected: object))
    }
    return out
  }()

  /// The line number and the final `Type: message` line of a `python3` syntax-error report.
  static func summary(ofReport text: String) -> (line: Int?, message: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
    var lineNumber: Int?
    for l in lines where l.hasPrefix("  File ") {
      if let r = l.range(of: "line ", options: .backwards) { lineNumber = Int(l[r.upperBound...]) }
    }
    return (lineNumber, lines.last.map(String.init) ?? "")
  }
}
