// RuntimeTable (Sources/MontyVM/RuntimeTable.swift): lookups by code object identity across growth and
// removal.
import MontyCompiler
import MontySyntax
@testable import MontyVM
import XCTest

final class RuntimeTableTests: XCTestCase {
  func testInsertFindReplaceRemove() throws {
    let source = (0..<40).map { "def f\($0)(): return \($0)" }.joined(separator: "\n")
    let unit = try CompiledUnit.compile(SourceFile(name: "t.py", text: source))
    let codes = unit.allCodes
    XCTAssertEqual(codes.count, 41)
    var table = RuntimeTable()
    var made: [ObjectIdentifier: CodeRuntime] = [:]
    for c in codes {
      let r = CodeRuntime(code: c, constants: [], nameValues: [])
      table[ObjectIdentifier(c)] = r
      made[ObjectIdentifier(c)] = r
    }
    XCTAssertEqual(table.count, codes.count)
    for c in codes { XCTAssertTrue(table[ObjectIdentifier(c)] === made[ObjectIdentifier(c)]) }
    let other = try CompiledUnit.compile(SourceFile(name: "u.py", text: "x = 1")).code
    XCTAssertNil(table[ObjectIdentifier(other)])
    // Replacing keeps the count; removing every other one keeps the rest findable.
    let replacement = CodeRuntime(code: codes[3], constants: [], nameValues: [])
    table[ObjectIdentifier(codes[3])] = replacement
    XCTAssertEqual(table.count, codes.count)
    XCTAssertTrue(table[ObjectIdentifier(codes[3])] === replacement)
    for (i, c) in codes.enumerated() where i % 2 == 0 { table[ObjectIdentifier(c)] = nil }
    for (i, c) in codes.enumerated() { XCTAssertEqual(table[ObjectIdentifier(c)] == nil, i % 2 == 0) }
    XCTAssertEqual(table.count, codes.count / 2)
    XCTAssertEqual(table.values.count, table.count)
    table.removeAll(keepingCapacity: true)
    XCTAssertTrue(table.isEmpty)
    for c in codes { XCTAssertNil(table[ObjectIdentifier(c)]) }
  }
}
