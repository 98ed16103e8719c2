// The public `Monty` entry points as clients use them.
import Monty
import XCTest

final class MontyAPITests: XCTestCase {
  func testCheckAcceptsValidAndLocatesInvalid() {
    XCTAssertNil(Monty.check(source: Array("def f(x):\n    return x\n".utf8), filename: "ok.py"))
    let error = Monty.check(source: Array("x = 1\nif x\n    pass\n".utf8), filename: "bad.py")
    XCTAssertEqual(error?.type, "SyntaxError")
    XCTAssertEqual(error?.message, "expected ':'")
    XCTAssertEqual(error?.line, 2)
    XCTAssertEqual(error?.traceback, "  File \"bad.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n")
  }

  func testIndentationErrorType() {
    let error = Monty.check(source: Array("def f():\nreturn 1\n".utf8), filename: "t.py")
    XCTAssertEqual(error?.type, "IndentationError")
    XCTAssertEqual(error?.message, "expected an indented block after function definition on line 1")
    XCTAssertEqual(error?.line, 2)
  }

  func testDumpAST() {
    guard case .success(let text) = Monty.dumpAST(source: Array("x = 1\n".utf8), filename: "t.py") else {
      return XCTFail("valid source rejected")
    }
    XCTAssertEqual(text, "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])")
  }
}
