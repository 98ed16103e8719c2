// The public mount API (`import Monty` only): the CLI syntax and building a file system.
import Foundation
import Monty
import XCTest

final class MountTests: XCTestCase {
  func testParsesTheCommandLineSyntax() throws {
    XCTAssertEqual(try Mount(parsing: "./data:/data"), Mount(hostPath: "./data", virtualPath: "/data", mode: .readOnly))
    XCTAssertEqual(try Mount(parsing: "/srv/in:/in:ro"), Mount(hostPath: "/srv/in", virtualPath: "/in"))
    XCTAssertEqual(try Mount(parsing: "out:/out:rw"), Mount(hostPath: "out", virtualPath: "/out", mode: .readWrite))
    XCTAssertEqual(try Mount(parsing: "r:/r:overlay"), Mount(hostPath: "r", virtualPath: "/r", mode: .overlay))
    XCTAssertEqual(try Mount(parsing: "C:/x:/x:rw"), Mount(hostPath: "C:/x", virtualPath: "/x", mode: .readWrite))
    XCTAssertEqual(try Mount(parsing: "a:b:/v"), Mount(hostPath: "a:b", virtualPath: "/v"))
    for bad in ["", "data", "data:rel", ":/v", "/h:/v:xx", "/h:rw"] {
      XCTAssertThrowsError(try Mount(parsing: bad), bad) {
        XCTAssertEqual($0 as? MountError, .invalidSpecification(bad))
      }
    }
  }

  func testMakesAFileSystem() throws {
    let dir = NSTemporaryDirectory() + "monty-mount-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fs = try makeFileSystem([Mount(hostPath: dir, virtualPath: "/data/", mode: .overlay)], writeLimit: 100)
    XCTAssertEqual(fs.mounts.first?.virtualPath, "/data")
    XCTAssertEqual(fs.currentDirectory, "/data")
    XCTAssertEqual(fs.writeLimit, 100)
    XCTAssertEqual(try fs.listDirectory("/"), ["data"])
    XCTAssertThrowsError(try makeFileSystem([Mount(hostPath: dir + "/nope", virtualPath: "/x")]))
    XCTAssertEqual(String(describing: MountError.invalidSpecification("x")),
                   "invalid mount 'x' (expected HOST:VIRTUAL[:ro|rw|overlay])")
  }
}
