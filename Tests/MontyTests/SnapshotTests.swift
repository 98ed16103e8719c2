// Snapshots of paused runs and idle sessions: restore, resume, same result and output; malformed
// bytes are errors, never crashes.
import Monty
import XCTest

final class SnapshotTests: XCTestCase {
  let source = """
    class Account:
        def __init__(self, owner):
            self.owner = owner
            self.history = []
        def add(self, amount):
            self.history.append(amount)
            return sum(self.history)

    def gen(n):
        for i in range(n):
            yield i * i

    acct = Account('ada')
    squares = gen(5)
    first = next(squares)
    data = {'k': (1, 2.5, 'x'), 3: {4, 5}, 'big': 2 ** 100}
    it = iter('héllo')
    next(it)
    total = 0
    for i in range(3):
        print('asking', i)
        total += acct.add(fetch(i, tag='t'))
    print('rest', list(squares), ''.join(it), data)
    (total, acct.history, first)
    """

  /// Runs to completion answering every call with 10 * i, snapshotting and restoring at each pause.
  func runWithSnapshots(_ snapshotEvery: Bool) throws -> (HostValue, String, [Int]) {
    let program = try Program(source: source, externals: ["fetch"])
    var run = program.start()
    var sizes: [Int] = []
    while case .externalCall(let call) = run.progress {
      if snapshotEvery {
        let bytes = try run.snapshot()
        sizes.append(bytes.count)
        run = try Run(restoring: bytes)
      }
      guard case .int(let i) = call.args.first else { throw MontyError(type: "", message: "bad arg", traceback: "") }
      run.resume(returning: .int(10 * i))
    }
    guard case .complete(let v) = run.progress else { throw MontyError(type: "", message: "\(run.progress)", traceback: "") }
    return (v, run.output, sizes)
  }

  func testPausedRunRestoresAndResumesWithTheSameResult() throws {
    let (plain, plainOut, _) = try runWithSnapshots(false)
    let (restored, restoredOut, sizes) = try runWithSnapshots(true)
    XCTAssertEqual(plain, restored)
    XCTAssertEqual(plainOut, restoredOut)
    XCTAssertEqual(plain, .tuple([.int(0 + 10 + 30), .list([0, 10, 20]), 0]))
    XCTAssertTrue(restoredOut.hasSuffix("rest [1, 4, 9, 16] éllo {'k': (1, 2.5, 'x'), 3: {4, 5}, 'big': 1267650600228229401496703205376}\n"),
                  restoredOut)
    XCTAssertEqual(sizes.count, 3)
    print("snapshot sizes of a paused program: \(sizes)")
  }

  func testExternalCallsInsideAGeneratorDrivenByAForLoopPause() throws {
    let src = "def gen(n):\n    for i in range(n):\n        yield fetch(i) * 2\ntotal = 0\nfor v in gen(3):\n    total += v\ntotal\n"
    var run = try Program(source: src, externals: ["fetch"]).start()
    var calls = 0
    while case .externalCall(let call) = run.progress {
      calls += 1
      run = try Run(restoring: try run.snapshot())
      run.resume(returning: call.args[0])
    }
    XCTAssertEqual(calls, 3)
    guard case .complete(.int(6)) = run.progress else { return XCTFail("\(run.progress)") }
  }

  func testSmallPausedProgramSnapshotIsSmall() throws {
    let run = try Program(source: "x = fetch(1)\nx + 1\n", externals: ["fetch"]).start()
    let bytes = try run.snapshot()
    XCTAssertLessThan(bytes.count, 4096)
    let restored = try Run(restoring: bytes)
    restored.resume(returning: 41)
    guard case .complete(.int(42)) = restored.progress else { return XCTFail("\(restored.progress)") }
  }

  func testLimitsCarryOverARestore() throws {
    let run = try Program(source: "fetch()\nwhile True:\n    pass\n", externals: ["fetch"])
      .start(limits: ResourceLimits(fuel: 50_000))
    let restored = try Run(restoring: try run.snapshot())
    restored.resume(returning: .none)
    guard case .failed(let e) = restored.progress else { return XCTFail("\(restored.progress)") }
    XCTAssertEqual(e.limit, "fuel")
  }

  func testResumeWithErrorAfterRestore() throws {
    let src = "try:\n    fetch()\nexcept ValueError as e:\n    r = str(e)\nr\n"
    let run = try Program(source: src, externals: ["fetch"]).start()
    let restored = try Run(restoring: try run.snapshot())
    restored.resume(raising: "ValueError", message: "nope")
    guard case .complete(.str("nope")) = restored.progress else { return XCTFail("\(restored.progress)") }
  }

  func testOnlyPausedRunsSnapshot() throws {
    let run = try Program(source: "1").start()
    XCTAssertThrowsError(try run.snapshot())
  }

  func testSessionSnapshot() throws {
    var out = ""
    let session = Session { out += $0 }
    XCTAssertNil(session.execute("def f(x):\n    return x * k\nk = 3\nclass P:\n    n = 2\n", interactive: false))
    let bytes = try session.snapshot()
    var out2 = ""
    let restored = try Session(restoring: bytes) { out2 += $0 }
    XCTAssertNil(restored.execute("print(f(5), P.n, k)", interactive: false))
    XCTAssertEqual(out2, "15 2 3\n")
    // A run snapshot is not a session snapshot.
    let run = try Program(source: "fetch()", externals: ["fetch"]).start()
    XCTAssertThrowsError(try Session(restoring: try run.snapshot()) { _ in })
  }

  func testCorruptedSnapshotsAreErrorsNeverCrashes() throws {
    let run = try Program(source: source, externals: ["fetch"]).start()
    let bytes = try run.snapshot()
    var rng = SplitMix(seed: 42)
    var rejected = 0
    for trial in 0..<3000 {
      var b = bytes
      switch trial % 4 {
      case 0: b = Array(b.prefix(Int(rng.next() % UInt64(b.count))))  // truncated
      case 1:  // bit flips
        for _ in 0..<(1 + Int(rng.next() % 4)) {
          let i = Int(rng.next() % UInt64(b.count))
          b[i] ^= UInt8(1 << (rng.next() % 8))
        }
      case 2:  // random bytes in the payload
        let i = Int(rng.next() % UInt64(b.count))
        b[i] = UInt8(truncatingIfNeeded: rng.next())
      default:  // random garbage after the magic
        b = Array(b.prefix(8)) + (0..<Int(rng.next() % 200)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
      }
      if b == bytes { continue }
      do {
        let r = try Run(restoring: b)
        r.resume(returning: 1)
      } catch {
        rejected += 1
      }
    }
    XCTAssertGreaterThan(rejected, 2900)
  }

  /// Payload mutations with a recomputed checksum reach the validating reader itself.
  func testForgedSnapshotsAreValidated() throws {
    let run = try Program(source: source, externals: ["fetch"]).start()
    let bytes = try run.snapshot()
    var rng = SplitMix(seed: 7)
    var rejected = 0
    for _ in 0..<3000 {
      var payload = Array(bytes[headerLength(bytes)...])
      for _ in 0..<(1 + Int(rng.next() % 3)) {
        let i = Int(rng.next() % UInt64(payload.count))
        payload[i] = UInt8(truncatingIfNeeded: rng.next())
      }
      let forged = reseal(payload)
      guard let r = try? Run(restoring: forged) else {
        rejected += 1
        continue
      }
      // Whatever was accepted must run (or fail) as Python, without crashing.
      var steps = 0
      while r.isPaused && steps < 100 {
        r.resume(returning: 1)
        steps += 1
      }
    }
    // Most forgeries break an invariant the reader checks (the others changed only data).
    XCTAssertGreaterThan(rejected, 1000)
  }

  // The header is "MONTYSNP", then varints: version, checksum, payload length.
  func headerLength(_ b: [UInt8]) -> Int {
    var i = 8
    for _ in 0..<3 {
      while b[i] & 0x80 != 0 { i += 1 }
      i += 1
    }
    return i
  }

  func reseal(_ payload: [UInt8]) -> [UInt8] {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in payload {
      h ^= UInt64(b)
      h = h &* 0x100_0000_01b3
    }
    func varint(_ v: UInt64) -> [UInt8] {
      var v = v
      var out: [UInt8] = []
      while v >= 0x80 {
        out.append(UInt8(truncatingIfNeeded: v) | 0x80)
        v >>= 7
      }
      out.append(UInt8(v))
      return out
    }
    return Array("MONTYSNP".utf8) + varint(1) + varint(h) + varint(UInt64(payload.count)) + payload
  }
}

struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
