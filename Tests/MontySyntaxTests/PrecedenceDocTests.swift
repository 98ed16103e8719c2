// Grammar/PRECEDENCE.md documents the parser's precedence table; this keeps the two in step, and
// checks the table's effect on real parses.
import Foundation
import MontySyntax
import XCTest

final class PrecedenceDocTests: XCTestCase {
  func testDocumentMatchesTable() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let text = try String(contentsOf: root.appendingPathComponent("Grammar/PRECEDENCE.md"), encoding: .utf8)
    var rows: [(Int, String, [String], String)] = []
    for line in text.split(separator: "\n") where line.hasPrefix("| ") && !line.hasPrefix("| level") {
      let cells = line.replacingOccurrences(of: "\\|", with: "\u{1}").split(separator: "|")
        .map { $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{1}", with: "|") }
      guard cells.count == 4, let level = Int(cells[0]) else { continue }
      let ops = cells[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`")) }
      rows.append((level, cells[1], ops, cells[3]))
    }
    XCTAssertEqual(rows.count, Precedence.table.count)
    for (row, doc) in zip(Precedence.table, rows) {
      XCTAssertEqual(row.level.rawValue, doc.0)
      XCTAssertEqual("\(row.level)", doc.1)
      XCTAssertEqual(row.operators, doc.2)
      XCTAssertEqual(row.associativity, doc.3)
    }
  }

  func testPrecedenceShapesTrees() throws {
    func dump(_ s: String) throws -> String { ASTPrinter.dump(try Parser.parse(SourceFile(name: "t", text: s))) }
    // Expected dumps recorded from CPython 3.11's ast.dump.
    XCTAssertEqual(try dump("-2**2"),
      "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(), right=Constant(value=2))))], type_ignores=[])")
    XCTAssertEqual(try dump("not a == b"),
      "Module(body=[Expr(value=UnaryOp(op=Not(), operand=Compare(left=Name(id='a', ctx=Load()), ops=[Eq()], comparators=[Name(id='b', ctx=Load())])))], type_ignores=[])")
    XCTAssertEqual(try dump("a | b ^ c & d << e + f * g ** h"),
      "Module(body=[Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=BitOr(), right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(), right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(), right=BinOp(left=Name(id='d', ctx=Load()), op=LShift(), right=BinOp(left=Name(id='e', ctx=Load()), op=Add(), right=BinOp(left=Name(id='f', ctx=Load()), op=Mult(), right=BinOp(left=Name(id='g', ctx=Load()), op=Pow(), right=Name(id='h', ctx=Load())))))))))], type_ignores=[])")
  }
}
