// The virtual file system and its Python surface (open, os, os.path, glob, pathlib): mounts in each
// mode, escapes that must fail, the write limit, descriptors, and CPython's exception types and
// messages. Behaviour shared with CPython is data: Tests/FileSystemCases/*.py with expectations
// recorded by python3 (record.py there); the tests below cover what CPython cannot show (mount modes,
// escapes, limits). Expected messages in them were printed by python3 3.11 on equivalent real files.
import Foundation
import MontyCompiler
import MontySyntax
@testable import MontyVM
import XCTest

final class FileSystemTests: XCTestCase {
  var root = ""
  var data: String { root + "/data" }

  override func setUpWithError() throws {
    root = NSTemporaryDirectory() + "monty-fs-\(UUID().uuidString)"
    try makeFixture(data)
    try "secret".write(toFile: root + "/outside.txt", atomically: true, encoding: .utf8)
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(atPath: root)
  }

  /// The fixture of Tests/FileSystemCases/record.py.
  func makeFixture(_ dir: String) throws {
    let fm = FileManager.default
    try fm.createDirectory(atPath: dir + "/sub", withIntermediateDirectories: true)
    try fm.createDirectory(atPath: dir + "/empty", withIntermediateDirectories: true)
    let files: [(String, [UInt8])] = [
      ("a.txt", Array("hello\nworld\n".utf8)), ("sub/b.txt", Array("inner".utf8)),
      ("crlf.txt", [0x61, 0x62, 13, 10, 0x63, 0x64, 13, 0x65, 0x66, 10, 0xC3, 0xA9, 10]),
      ("bad.bin", [0x61, 0x62, 0xFF, 0x63, 0x64]),
    ]
    for (name, bytes) in files {
      XCTAssertTrue(fm.createFile(atPath: dir + "/" + name, contents: Data(bytes)))
    }
  }

  /// Runs `source` on a fresh interpreter with `fs`; returns the printed output plus the last line of
  /// the traceback of an uncaught error (as python3 prints it).
  func run(_ source: String, _ fs: VirtualFileSystem) throws -> String {
    let vm = Interpreter()
    vm.fileSystem = fs
    var out = ""
    vm.output = { out += $0 }
    let code = try Compiler.compile(SourceFile(name: "t.py", text: source))
    do {
      _ = try vm.runModule(code)
    } catch {
      out += (vm.formatTraceback(error.value).split(separator: "\n").last.map(String.init) ?? "") + "\n"
    }
    return out
  }

  func run(_ source: String, mode: Mount.Mode = .readWrite, writeLimit: Int? = nil) throws -> String {
    try run(source, mount(mode, writeLimit: writeLimit))
  }

  func mount(_ mode: Mount.Mode, writeLimit: Int? = nil) throws -> VirtualFileSystem {
    try VirtualFileSystem(mounts: [Mount(hostPath: data, virtualPath: "/data", mode: mode)], writeLimit: writeLimit)
  }

  func host(_ path: String) -> String? { try? String(contentsOfFile: root + "/" + path, encoding: .utf8) }

  /// Every file under `dir` with its content (to show that a run left the host untouched).
  func snapshot(_ dir: String) -> [String: Data] {
    var out: [String: Data] = [:]
    let fm = FileManager.default
    guard let walker = fm.enumerator(atPath: dir) else { return out }
    while let rel = walker.nextObject() as? String {
      out[rel] = fm.contents(atPath: dir + "/" + rel) ?? Data("<dir>".utf8)
    }
    return out
  }

  // MARK: Recorded cases (CPython's behaviour on real files)

  /// Each case in a read-write mount and in an overlay (which must look the same to the program and
  /// leave the host untouched).
  func testRecordedCases() throws {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("FileSystemCases").path
    let names = try FileManager.default.contentsOfDirectory(atPath: dir)
      .filter { $0.hasSuffix(".py") && $0 != "record.py" }.sorted()
    XCTAssertGreaterThanOrEqual(names.count, 5)
    for name in names {
      for mode in [Mount.Mode.readWrite, .overlay] {
        let base = dir + "/" + name.dropLast(3)
        let caseRoot = root + "/case-\(mode)-" + name.dropLast(3)
        try makeFixture(caseRoot)
        let before = snapshot(caseRoot)
        let source = try String(contentsOfFile: base + ".py", encoding: .utf8)
        let expected = try String(contentsOfFile: base + ".expected", encoding: .utf8)
        let fs = try VirtualFileSystem(mounts: [Mount(hostPath: caseRoot, virtualPath: "/data", mode: mode)])
        let output = try run(source, fs)
        if mode == .overlay { XCTAssertEqual(snapshot(caseRoot), before, "\(name): the overlay changed the host") }
        if output != expected {
          let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
          let b = output.split(separator: "\n", omittingEmptySubsequences: false)
          let i = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
          let python = i < a.count ? a[i] : "<end>", monty = i < b.count ? b[i] : "<end>"
          XCTFail("\(name) (\(mode)) line \(i + 1):\n  python3: \(python)\n  monty:   \(monty)")
        }
      }
    }
  }

  // MARK: Mount modes

  func testReadWriteMountChangesTheHost() throws {
    let out = try run("""
      with open('/data/new.txt', 'w') as f:
          print(f.write('one\\n'))
      with open('/data/new.txt', 'a') as f:
          f.write('two\\n')
      open('/data/x.bin', 'xb').write(b'\\x00\\x01')
      import os
      os.makedirs('/data/d/e')
      os.rename('/data/x.bin', '/data/d/e/y.bin')
      os.remove('/data/a.txt')
      print(sorted(os.listdir('/data')))
      """)
    XCTAssertEqual(out, "4\n['bad.bin', 'crlf.txt', 'd', 'empty', 'new.txt', 'sub']\n")
    XCTAssertEqual(host("data/new.txt"), "one\ntwo\n")
    XCTAssertEqual(FileManager.default.contents(atPath: data + "/d/e/y.bin"), Data([0, 1]))
    XCTAssertNil(host("data/a.txt"))
  }

  func testReadOnlyMountRefusesEveryChange() throws {
    let before = snapshot(data)
    let out = try run("""
      import os
      from pathlib import Path
      def attempt(f):
          try:
              f()
              print('allowed')
          except OSError as e:
              print(type(e).__name__, e)
      print(open('/data/a.txt').read(5))
      attempt(lambda: open('/data/a.txt', 'w'))
      attempt(lambda: open('/data/a.txt', 'a'))
      attempt(lambda: open('/data/a.txt', 'r+'))
      attempt(lambda: open('/data/new.txt', 'w'))
      attempt(lambda: open('/data/a.txt', 'x'))
      attempt(lambda: open('/data/nodir/new.txt', 'w'))
      attempt(lambda: os.remove('/data/a.txt'))
      attempt(lambda: os.mkdir('/data/d'))
      attempt(lambda: os.mkdir('/data/sub'))
      attempt(lambda: os.rmdir('/data/empty'))
      attempt(lambda: os.rename('/data/a.txt', '/data/b.txt'))
      attempt(lambda: Path('/data/p.txt').write_text('x'))
      attempt(lambda: Path('/data/a.txt').unlink())
      """, mode: .readOnly)
    XCTAssertEqual(out, """
      hello
      OSError [Errno 30] Read-only file system: '/data/a.txt'
      OSError [Errno 30] Read-only file system: '/data/a.txt'
      OSError [Errno 30] Read-only file system: '/data/a.txt'
      OSError [Errno 30] Read-only file system: '/data/new.txt'
      FileExistsError [Errno 17] File exists: '/data/a.txt'
      FileNotFoundError [Errno 2] No such file or directory: '/data/nodir/new.txt'
      OSError [Errno 30] Read-only file system: '/data/a.txt'
      OSError [Errno 30] Read-only file system: '/data/d'
      FileExistsError [Errno 17] File exists: '/data/sub'
      OSError [Errno 30] Read-only file system: '/data/empty'
      OSError [Errno 30] Read-only file system: '/data/a.txt' -> '/data/b.txt'
      OSError [Errno 30] Read-only file system: '/data/p.txt'
      OSError [Errno 30] Read-only file system: '/data/a.txt'

      """)
    XCTAssertEqual(snapshot(data), before)
  }

  func testOverlayKeepsWritesInMemory() throws {
    let before = snapshot(data)
    let fs = try mount(.overlay)
    let out = try run("""
      import os
      from pathlib import Path
      open('/data/a.txt', 'a').write('more\\n')
      Path('/data/new.txt').write_text('fresh')
      os.makedirs('/data/d/e')
      open('/data/d/e/f.txt', 'w').write('deep')
      os.remove('/data/crlf.txt')
      os.rename('/data/sub/b.txt', '/data/moved.txt')
      os.rmdir('/data/sub')
      os.rmdir('/data/empty')
      os.mkdir('/data/empty')
      print(open('/data/a.txt').read(), end='')
      print(open('/data/new.txt').read(), open('/data/moved.txt').read(), open('/data/d/e/f.txt').read())
      print(sorted(os.listdir('/data')), os.listdir('/data/empty'), os.path.exists('/data/crlf.txt'))
      for top, dirs, files in os.walk('/data'):
          print(top, sorted(dirs), sorted(files))
      try:
          os.rename('/data/d', '/data/d2')
      except OSError as e:
          print(e)
      """, fs)
    XCTAssertEqual(out, """
      hello
      world
      more
      fresh inner deep
      ['a.txt', 'bad.bin', 'd', 'empty', 'moved.txt', 'new.txt'] [] False
      /data ['d', 'empty'] ['a.txt', 'bad.bin', 'moved.txt', 'new.txt']
      /data/d ['e'] []
      /data/d/e [] ['f.txt']
      /data/empty [] []
      [Errno 18] Invalid cross-device link: '/data/d' -> '/data/d2'

      """)
    XCTAssertEqual(snapshot(data), before, "an overlay run must not change the host")
    // The host can read what the run wrote.
    XCTAssertEqual(try fs.readFile("/data/new.txt"), Array("fresh".utf8))
    XCTAssertEqual(try fs.listDirectory("/data/d/e"), ["f.txt"])
    XCTAssertNil(fs.kind("/data/crlf.txt"))
  }

  func testOverlayHidesHostContentOfARecreatedDirectory() throws {
    let out = try run("""
      import os
      os.remove('/data/sub/b.txt')
      os.rmdir('/data/sub')
      os.mkdir('/data/sub')
      print(os.listdir('/data/sub'), os.path.exists('/data/sub/b.txt'))
      open('/data/sub/c.txt', 'w').write('c')
      print(os.listdir('/data/sub'))
      """, mode: .overlay)
    XCTAssertEqual(out, "[] False\n['c.txt']\n")
    XCTAssertEqual(host("data/sub/b.txt"), "inner")
  }

  // MARK: Escapes

  func testPathsCannotLeaveTheMount() throws {
    let out = try run("""
      import os
      def attempt(f):
          try:
              print('escaped:', f())
          except OSError as e:
              print(type(e).__name__, e)
      attempt(lambda: open('/data/../../etc/passwd').read())
      attempt(lambda: open('/data/../outside.txt').read())
      attempt(lambda: open('../outside.txt').read())
      attempt(lambda: open('\(root)/outside.txt').read())
      attempt(lambda: open('/etc/passwd').read())
      attempt(lambda: os.listdir('/data/..'))
      attempt(lambda: open('/data/../data/../outside.txt', 'w'))
      print(open('/data/sub/../a.txt').read(5), os.listdir('/'), os.path.exists('/data/../outside.txt'))
      """)
    XCTAssertEqual(out, """
      FileNotFoundError [Errno 2] No such file or directory: '/data/../../etc/passwd'
      FileNotFoundError [Errno 2] No such file or directory: '/data/../outside.txt'
      FileNotFoundError [Errno 2] No such file or directory: '../outside.txt'
      FileNotFoundError [Errno 2] No such file or directory: '\(root)/outside.txt'
      FileNotFoundError [Errno 2] No such file or directory: '/etc/passwd'
      escaped: ['data']
      FileNotFoundError [Errno 2] No such file or directory: '/data/../data/../outside.txt'
      hello ['data'] False

      """)
    XCTAssertEqual(host("outside.txt"), "secret")
  }

  func testSymlinksAreRefused() throws {
    let fm = FileManager.default
    try fm.createSymbolicLink(atPath: data + "/passwd", withDestinationPath: "/etc/passwd")
    try fm.createSymbolicLink(atPath: data + "/secret", withDestinationPath: root + "/outside.txt")
    try fm.createSymbolicLink(atPath: data + "/up", withDestinationPath: root)
    try fm.createSymbolicLink(atPath: data + "/inside", withDestinationPath: data + "/a.txt")
    try fm.createSymbolicLink(atPath: data + "/dangling", withDestinationPath: root + "/made-by-sandbox.txt")
    for mode in [Mount.Mode.readOnly, .readWrite, .overlay] {
      let out = try run("""
        import os
        from pathlib import Path
        def attempt(f):
            try:
                print('escaped:', f())
            except OSError as e:
                print(type(e).__name__, e)
        attempt(lambda: open('/data/passwd').read())
        attempt(lambda: open('/data/secret').read())
        attempt(lambda: open('/data/inside').read())
        attempt(lambda: open('/data/up/outside.txt').read())
        attempt(lambda: os.listdir('/data/up'))
        attempt(lambda: open('/data/secret', 'w').write('pwned'))
        attempt(lambda: open('/data/secret', 'a').write('pwned'))
        attempt(lambda: open('/data/dangling', 'w').write('pwned'))
        attempt(lambda: open('/data/up/new.txt', 'w').write('pwned'))
        attempt(lambda: os.mkdir('/data/up/newdir'))
        attempt(lambda: Path('/data/secret').read_text())
        print([os.path.exists(p) for p in ['/data/passwd', '/data/up', '/data/up/outside.txt', '/data/inside']])
        print([os.path.isfile('/data/secret'), os.path.isdir('/data/up'), sorted(os.listdir('/data'))[-1]])
        """, mode: mode)
      XCTAssertEqual(out, """
        PermissionError [Errno 13] Permission denied: '/data/passwd'
        PermissionError [Errno 13] Permission denied: '/data/secret'
        PermissionError [Errno 13] Permission denied: '/data/inside'
        PermissionError [Errno 13] Permission denied: '/data/up/outside.txt'
        PermissionError [Errno 13] Permission denied: '/data/up'
        PermissionError [Errno 13] Permission denied: '/data/secret'
        PermissionError [Errno 13] Permission denied: '/data/secret'
        PermissionError [Errno 13] Permission denied: '/data/dangling'
        PermissionError [Errno 13] Permission denied: '/data/up/new.txt'
        PermissionError [Errno 13] Permission denied: '/data/up/newdir'
        PermissionError [Errno 13] Permission denied: '/data/secret'
        [False, False, False, False]
        [False, False, 'up']

        """, "mode \(mode)")
      XCTAssertEqual(host("outside.txt"), "secret")
      XCTAssertFalse(fm.fileExists(atPath: root + "/made-by-sandbox.txt"))
      XCTAssertFalse(fm.fileExists(atPath: root + "/new.txt"))
      XCTAssertFalse(fm.fileExists(atPath: root + "/newdir"))
    }
  }

  func testRemovingASymlinkRemovesOnlyTheLink() throws {
    try FileManager.default.createSymbolicLink(atPath: data + "/secret", withDestinationPath: root + "/outside.txt")
    XCTAssertEqual(try run("import os\nos.remove('/data/secret')\nprint(os.listdir('/data/'))\n"),
                   "['a.txt', 'bad.bin', 'crlf.txt', 'empty', 'sub']\n")
    XCTAssertEqual(host("outside.txt"), "secret")
  }

  func testMountRootIsFixedWhenTheMountIsMade() throws {
    let fs = try mount(.readWrite)
    try FileManager.default.moveItem(atPath: data, toPath: root + "/moved")
    try FileManager.default.createSymbolicLink(atPath: data, withDestinationPath: "/etc")
    XCTAssertEqual(try run("print(open('/data/a.txt').read(5), open('/data/passwd').read() if False else '')", fs),
                   "hello \n")
    XCTAssertEqual(try run("open('/data/passwd')", fs),
                   "FileNotFoundError: [Errno 2] No such file or directory: '/data/passwd'\n")
  }

  func testEmbeddedNulIsRejected() throws {
    XCTAssertEqual(try run("open('/data/a.txt\\0/../x')"), "ValueError: embedded null byte\n")
    XCTAssertThrowsError(try mount(.readWrite).listDirectory("/data/a\0b"))
  }

  // MARK: Limits

  func testWriteLimitCountsEveryWrite() throws {
    for mode in [Mount.Mode.readWrite, .overlay] {
      let fs = try mount(mode, writeLimit: 10)
      let out = try run("""
        f = open('/data/w.txt', 'w')
        print(f.write('123456'))
        try:
            f.write('7890ab')
        except OSError as e:
            print(type(e).__name__, e.errno, e)
        print(f.write('7890'))
        f.close()
        print(open('/data/w.txt').read())
        open('/data/other.bin', 'wb').write(b'x')
        """, fs)
      XCTAssertEqual(out, """
        6
        OSError 122 [Errno 122] write limit exceeded (10 bytes per run): '/data/w.txt'
        4
        1234567890
        OSError: [Errno 122] write limit exceeded (10 bytes per run): '/data/other.bin'

        """, "mode \(mode)")
      XCTAssertEqual(fs.bytesWritten, 10)
    }
    XCTAssertEqual(host("data/w.txt"), "1234567890")
  }

  func testOverlayCopiesCountAgainstTheWriteLimit() throws {
    let fs = try mount(.overlay, writeLimit: 20)
    XCTAssertEqual(try run("""
      open('/data/a.txt', 'a').write('!')
      print(open('/data/a.txt').read(), end='')
      open('/data/crlf.txt', 'a')
      """, fs), "hello\nworld\n!OSError: [Errno 122] write limit exceeded (20 bytes per run): '/data/crlf.txt'\n")
    XCTAssertEqual(fs.bytesWritten, 13)
  }

  func testPositionsFromTheProgramAreBounded() throws {
    for mode in [Mount.Mode.readWrite, .overlay] {
      let out = try run("""
        f = open('/data/w.bin', 'wb')
        for where in [2**62, 2**40, 10**30]:
            f.seek(where)
            try:
                f.write(b'x')
            except OSError as e:
                print(e)
        try:
            f.seek(2**62, 1)
            f.seek(2**62, 1)
        except OverflowError as e:
            print(e)
        try:
            f.truncate(2**40)
        except OSError as e:
            print(e)
        f.seek(3)
        print(f.write(b'y'), f.tell())
        f.close()
        print(open('/data/w.bin', 'rb').read())
        """, mode: mode, writeLimit: 100)
      XCTAssertEqual(out, """
        [Errno 27] File too large: '/data/w.bin'
        [Errno 27] File too large: '/data/w.bin'
        [Errno 27] File too large: '/data/w.bin'
        Python int too large to convert to C long
        [Errno 27] File too large
        1 4
        b'\\x00\\x00\\x00y'

        """, "mode \(mode)")
    }
  }

  func testUnclosedFilesDoNotExhaustDescriptors() throws {
    let fs = try mount(.readWrite)
    fs.maxOpenDescriptors = 4
    let before = openDescriptorCount()
    let out = try run("""
      files = [open('/data/f%d.txt' % i, 'w') for i in range(50)]
      for i, f in enumerate(files):
          f.write('line %d\\n' % i)
      for i, f in enumerate(files):
          f.write('again %d\\n' % i)
      readers = [open('/data/f%d.txt' % i) for i in range(50)]
      print(sum(len(r.readline()) for r in readers), readers[49].read())
      """, fs)
    XCTAssertEqual(out, "390 again 49\n\n")
    XCTAssertEqual(host("data/f7.txt"), "line 7\nagain 7\n")
    if let before, let after = openDescriptorCount() { XCTAssertLessThanOrEqual(after, before + 4) }
  }

  func openDescriptorCount() -> Int? { try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count }

  // MARK: No mounts and synthetic directories

  func testNoMountsMeansNoFiles() throws {
    let out = try run("""
      import os, os.path, pathlib
      for f in [lambda: open('/etc/passwd'), lambda: open('x.txt', 'w'), lambda: open('/tmp/x', 'a')]:
          try:
              f()
          except OSError as e:
              print(type(e).__name__, e)
      print(os.getcwd(), os.listdir('/'), os.path.exists('/etc'), pathlib.Path('/etc/passwd').exists())
      try:
          os.system
      except AttributeError as e:
          print(e)
      """, VirtualFileSystem())
    XCTAssertEqual(out, """
      FileNotFoundError [Errno 2] No such file or directory: '/etc/passwd'
      FileNotFoundError [Errno 2] No such file or directory: 'x.txt'
      FileNotFoundError [Errno 2] No such file or directory: '/tmp/x'
      / [] False False
      module 'os' has no attribute 'system'

      """)
  }

  func testMountPointsMakeSyntheticDirectories() throws {
    let fs = try VirtualFileSystem(mounts: [
      Mount(hostPath: data, virtualPath: "/mnt/in", mode: .readOnly),
      Mount(hostPath: data + "/sub", virtualPath: "/mnt/in/sub2/"),
    ])
    let out = try run("""
      import os
      print(os.getcwd(), os.listdir('/'), os.listdir('/mnt'), os.path.isdir('/mnt'), sorted(os.listdir('.')))
      print(open('/mnt/in/sub2/b.txt').read(), open('sub2/b.txt').read())
      for f in [lambda: open('/mnt', 'w'), lambda: open('/mnt'), lambda: os.rmdir('/mnt/in/sub2')]:
          try:
              f()
          except OSError as e:
              print(type(e).__name__, e)
      """, fs)
    XCTAssertEqual(out, """
      /mnt/in ['mnt'] ['in'] True ['a.txt', 'bad.bin', 'crlf.txt', 'empty', 'sub', 'sub2']
      inner inner
      IsADirectoryError [Errno 21] Is a directory: '/mnt'
      IsADirectoryError [Errno 21] Is a directory: '/mnt'
      PermissionError [Errno 13] Permission denied: '/mnt/in/sub2'

      """)
  }

  func testMountErrors() {
    XCTAssertThrowsError(try VirtualFileSystem(mounts: [Mount(hostPath: root + "/missing", virtualPath: "/d")])) {
      XCTAssertEqual($0 as? MountError, .hostDirectoryUnavailable(root + "/missing", "No such file or directory"))
    }
    XCTAssertThrowsError(try VirtualFileSystem(mounts: [Mount(hostPath: root + "/outside.txt", virtualPath: "/d")]))
    XCTAssertThrowsError(try VirtualFileSystem(mounts: [Mount(hostPath: data, virtualPath: "d")])) {
      XCTAssertEqual($0 as? MountError, .virtualPathNotAbsolute("d"))
    }
    XCTAssertThrowsError(try VirtualFileSystem(mounts: [Mount(hostPath: data, virtualPath: "/d"),
                                                          Mount(hostPath: data, virtualPath: "/x/../d/")])) {
      XCTAssertEqual($0 as? MountError, .duplicateVirtualPath("/x/../d/"))
    }
  }

  // MARK: Python surface details

  func testFileObjectsAndErrorsReadLikeCPython() throws {
    let out = try run("""
      f = open('/data/a.txt')
      print(type(f).__name__, isinstance(f, object), f.readable(), f.writable(), f.seekable())
      import io
      try:
          f.write('x')
      except io.UnsupportedOperation as e:
          print(isinstance(e, OSError), isinstance(e, ValueError), e)
      try:
          f.write('x')
      except ValueError as e:
          print('ValueError too')
      f.close()
      with open('/data/a.txt', 'rb') as g:
          print(g.read(3), g.tell(), g)
      open('/data/a.txt', 'w').read()
      """)
    XCTAssertEqual(out, """
      TextIOWrapper True True False True
      True True not writable
      ValueError too
      b'hel' 3 <_io.BufferedReader name='/data/a.txt'>
      io.UnsupportedOperation: not readable

      """)
  }

  func testUnicodeErrorsReadLikeCPython() throws {
    XCTAssertEqual(try run("open('bad.bin').read()"),
                   "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte\n")
    let cases: [([UInt8], String?)] = [
      ([0xE2, 0x82, 0x28], "bytes in position 0-1: invalid continuation byte"),
      ([0xE2, 0x28], "byte 0xe2 in position 0: invalid continuation byte"),
      ([0xE2, 0x82], "bytes in position 0-1: unexpected end of data"),
      ([0xF0, 0x9F, 0x98], "bytes in position 0-2: unexpected end of data"),
      ([0xED, 0xA0, 0x80], "byte 0xed in position 0: invalid continuation byte"),
      ([0xC0, 0x80], "byte 0xc0 in position 0: invalid start byte"),
      ([0xF4, 0x90], "byte 0xf4 in position 0: invalid continuation byte"),
      ([0x61, 0x80], "byte 0x80 in position 1: invalid start byte"),
      ([0xF0, 0x9F, 0x98, 0x80, 0xC3, 0xA9], nil),
    ]
    for (bytes, expected) in cases {
      let e = TextCodec.utf8Error(bytes, from: 0)
      let text = e.map { $0.1 - $0.0 == 1 ? "byte 0x\(TextCodec.hex(bytes[$0.0])) in position \($0.0): \($0.2)"
        : "bytes in position \($0.0)-\($0.1 - 1): \($0.2)" }
      XCTAssertEqual(text, expected, "\(bytes)")
    }
  }

  func testPosixPathAlgebra() {
    XCTAssertEqual(PosixPath.normpath("a//b/../c/."), "a/c")
    XCTAssertEqual(PosixPath.normpath("//x/../.."), "//")
    XCTAssertEqual(PosixPath.normpath("../../x"), "../../x")
    XCTAssertEqual(PosixPath.split("//a//b").0, "//a")
    XCTAssertTrue(PosixPath.matches("data.csv", "*.csv"))
    XCTAssertTrue(PosixPath.matches("a1", "[a-c][!x]"))
    XCTAssertFalse(PosixPath.matches("ax", "[a-c][!x]"))
    XCTAssertTrue(PosixPath.matches("x[", "x["))
    XCTAssertEqual(VirtualFileSystem.components(of: "../../a/./b//c/..", relativeTo: "/data"), ["a", "b"])
  }
}
