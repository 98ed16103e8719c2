// The VM target links and its pure helpers are reachable from tests.
@testable import MontyVM
import XCTest

final class SmokeTests: XCTestCase {
  func testVMTargetLinks() throws {
    XCTAssertNotNil(VM.self)
  }
}
