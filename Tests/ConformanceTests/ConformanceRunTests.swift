// Every conformance case run in-process through the public `Monty.run`, compared with what CPython
// 3.11 printed: stdout, exit status, and the final line of the traceback. Cases listed in
// Conformance/passing.txt must pass (a regression fails the test); the others are reported.
import Foundation
import Monty
import XCTest

final class ConformanceRunTests: XCTestCase {
  /// The outcome of running one case, or nil when it matches CPython.
  static func problem(_ c: ConformanceCase) -> String? {
    guard let wantOut = c.expected["stdout"] as? String, let wantExit = c.expected["exit_code"] as? Int else {
      return nil
    }
    var out = ""
    let error = Monty.run(source: c.source, filename: c.name) { out += $0 }
    if out != wantOut {
      let w = wantOut.split(separator: "\n", omittingEmptySubsequences: false)
      let g = out.split(separator: "\n", omittingEmptySubsequences: false)
      let i = zip(w, g).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(w.count, g.count)
      return "stdout differs at line \(i + 1): want \(i < w.count ? String(w[i]) : "<end>"), got \(i < g.count ? String(g[i]) : "<end>")"
    }
    let exit = error == nil ? 0 : 1
    if exit != wantExit { return "exit \(exit), want \(wantExit): \(error?.description ?? "")" }
    if let error, let stderr = c.stderr {
      let want = Conformance.summary(ofReport: stderr).message
      let got = Conformance.summary(ofReport: error.traceback).message
      if want != got { return "final stderr line: want \(want), got \(got)" }
    }
    return nil
  }

  func testCasesRunLikeCPython() throws {
    let listPath = Conformance.root + "/passing.txt"
    let listed = Set(try String(contentsOfFile: listPath, encoding: .utf8).split(separator: "\n")
      .filter { !$0.hasPrefix("#") }.map(String.init))
    var regressions: [String] = []
    var passed = 0
    var total = 0
    for c in Conformance.cases where c.expected["stdout"] is String {
      total += 1
      if let p = Self.problem(c) {
        if listed.contains(c.relativePath) { regressions.append("\(c.relativePath): \(p)") }
      } else {
        passed += 1
      }
    }
    print("conformance (in-process): \(passed) of \(total) runnable cases match CPython; \(listed.count) are required")
    XCTAssertGreaterThan(listed.count, 0)
    XCTAssertEqual(regressions, [], "\(regressions.count) cases in passing.txt no longer match CPython")
  }
}
