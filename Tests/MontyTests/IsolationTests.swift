// Runs in one process must not see each other: every VM starts from the process's shared bootstrap
// image (Sources/MontyVM/BootstrapImage.swift), so a run that could change a builtin type, the
// builtins namespace, Ellipsis or an interned string would change what every later run (of any
// tenant) sees. Each test lets "attacker" programs try one path, then checks that an "observer"
// program sees exactly what it saw before any attacker ran — in sequence and from several threads.
import Foundation
import Monty
import XCTest

final class IsolationTests: XCTestCase {
  /// What a run can see of the shared state: the builtins namespace, builtin types' attributes,
  /// Ellipsis, a module, the handled-exception state, globals.
  static let observer = """
    import math
    obs = {}
    obs['len'] = len([1, 2, 3])
    obs['print'] = repr(print)
    obs['abs'] = abs(-2)
    obs['sorted'] = sorted([2, 1])
    obs['builtins'] = sorted(__builtins__)
    obs['builtins_values'] = [repr(__builtins__[k]) for k in sorted(__builtins__)]
    obs['globals'] = sorted(globals())
    obs['int'] = sorted(int.__dict__)
    obs['str'] = sorted(vars(str))
    obs['object'] = sorted(object.__dict__)
    obs['valueerror'] = sorted(vars(ValueError))
    obs['dir_list'] = dir([])
    obs['hasattr'] = [hasattr(int, 'secret'), hasattr(str, 'secret'), hasattr(ValueError, 'secret'),
                      hasattr(object, 'secret'), hasattr(Ellipsis, 'secret'), hasattr(NotImplemented, 'secret'),
                      hasattr(math, 'secret')]
    obs['methods'] = ['a'.upper(), (5).bit_length(), [1, 2].index(2), {'a': 1}.get('a'), str(ValueError('v'))]
    obs['math'] = [math.pi, math.sqrt(4.0), sorted(k for k in dir(math) if not k.startswith('_'))]
    obs['ellipsis'] = [repr(Ellipsis), repr(NotImplemented), Ellipsis is ..., type(Ellipsis).__name__]
    try:
        raise
    except RuntimeError as e:
        obs['reraise'] = str(e)
    obs['names'] = ['secret' in globals(), 'Secret' in globals(), 'secret' in __builtins__]
    obs
    """

  /// Programs that try to change what later runs see. Each may fail (most should); none may leak.
  static let attackers: [String] = [
    // The builtins namespace, by every path that reaches it.
    "__builtins__['len'] = lambda x: 42\n__builtins__['secret'] = 1\ndel __builtins__['print']",
    "globals()['__builtins__']['abs'] = None",
    "b = __builtins__\nb.update({'sorted': None, 'secret': 2})\nb.pop('min')\nb.popitem()\nb.setdefault('secret', 3)",
    "__builtins__.clear()",
    "g = globals()\ng['__builtins__'] = {'len': None}\nlen([1])",
    // Builtin types: their dicts, attributes and deletion.
    "int.__dict__['secret'] = 1\nvars(str)['upper'] = None\nint.__dict__.clear()\nint.secret",
    "str.upper = lambda self: 'pwned'",
    "setattr(int, 'secret', 1)",
    "del int.bit_length",
    "delattr(list, 'index')",
    "object.__eq__ = None",
    "ValueError.secret = 1",
    "del ValueError.__init__",
    "type.secret = 1",
    // Ellipsis and NotImplemented are objects of the shared image too.
    "Ellipsis.secret = 1",
    "NotImplemented.secret = 1",
    "Ellipsis.__dict__['secret'] = 1",
    "vars(NotImplemented)['secret'] = 1",
    "del Ellipsis.__class__",
    // Modules, globals, classes, interned names.
    "import math\nmath.pi = 3\nmath.secret = 1\ndel math.sqrt",
    "secret = 1\nclass Secret:\n    x = 1\nSecret.y = 2\nnames = [secret, 'secret_interned_' + str(secret)]",
    // State left behind: a suspended generator, an exception being handled, a limit that fired.
    "def g():\n    try:\n        yield 1\n    finally:\n        print('generator finalized')\nit = g()\nnext(it)",
    "try:\n    raise ValueError('secret')\nexcept ValueError:\n    x = [1] * 100000\n    raise",
    "while True:\n    pass",
    "x = []\nwhile True:\n    x.append('y' * 1000)",
    "while True:\n    print('spam')",
    "def f():\n    return f()\nf()",
  ]

  /// Limits for attackers: tight enough that the loops above end quickly.
  static let attackerLimits = ResourceLimits(fuel: 200_000, maxMemoryBytes: 8 << 20, maxRecursionDepth: 200,
                                             maxOutputBytes: 1000)

  static func observe() throws -> HostValue {
    let run = try Program(source: IsolationTests.observer).start()
    guard case .complete(let v) = run.progress, run.output.isEmpty else {
      throw MontyError(type: "observer", message: "\(run.progress), printed \(run.output)", traceback: "")
    }
    return v
  }

  func observe() throws -> HostValue { try IsolationTests.observe() }

  static func attack(_ source: String) throws {
    let run = try Program(source: source).start(limits: IsolationTests.attackerLimits)
    _ = run.progress
  }

  func testTheObserverRuns() throws {
    guard case .dict(let items) = try observe() else { return XCTFail() }
    let reraise = items.first { $0.key == .str("reraise") }?.value
    XCTAssertEqual(reraise, .str("No active exception to reraise"))
    let names = items.first { $0.key == .str("names") }?.value
    XCTAssertEqual(names, .list([false, false, false]))
  }

  func testNoAttackChangesWhatTheNextRunSees() throws {
    let before = try observe()
    for source in IsolationTests.attackers {
      try IsolationTests.attack(source)
      let after = try observe()
      XCTAssertEqual(after, before, "after:\n\(source)")
    }
  }

  /// The same, with attackers and observers on several threads at once (the image is shared by all).
  func testConcurrentRunsDoNotSeeEachOther() throws {
    let before = try observe()
    let differing = Collected()
    DispatchQueue.concurrentPerform(iterations: 8) { thread in
      for round in 0..<6 {
        let source = IsolationTests.attackers[(thread * 7 + round) % IsolationTests.attackers.count]
        do {
          try IsolationTests.attack(source)
          if try IsolationTests.observe() != before { differing.add(source) }
        } catch {
          differing.add("\(error)")
        }
      }
    }
    XCTAssertEqual(differing.items, [])
  }

  /// A run dropped while paused (inside an `except` block, with a suspended generator) leaves nothing.
  func testAbandonedPausedRunLeavesNothing() throws {
    let before = try observe()
    let source = """
      def g():
          yield 1
          print('resumed')
      it = g()
      next(it)
      try:
          raise KeyError('secret')
      except KeyError:
          fetch()
      """
    for _ in 0..<3 {
      let run = try Program(source: source, externals: ["fetch"]).start()
      XCTAssertTrue(run.isPaused)
    }
    XCTAssertEqual(try observe(), before)
  }

  /// Limits and their counters are per run: a run after one that used up its budget gets a full one.
  func testLimitsStartFreshForEachRun() throws {
    let p = try Program(source: "n = 0\nfor i in range(5000):\n    n += i\nprint('x' * 50)\nn")
    let limits = ResourceLimits(fuel: 20_000, maxOutputBytes: 100, maxExternalCalls: 0)
    for _ in 0..<3 {
      let flood = try Program(source: "while True:\n    print('y' * 40)")
      guard case .failed(let e) = flood.start(limits: limits).progress else { return XCTFail() }
      XCTAssertNotNil(e.limit)
      let run = p.start(limits: limits)
      guard case .complete(let v) = run.progress else { return XCTFail("\(run.progress)") }
      XCTAssertEqual(v, .int(12_497_500))
      XCTAssertEqual(run.output, String(repeating: "x", count: 50) + "\n")
    }
  }

  /// The REPL's `_` is stored in the session's own builtins, not in the shared ones.
  func testSessionBuiltinsAreItsOwn() throws {
    let session = Session(output: { _ in })
    XCTAssertNil(session.execute("1 + 1"))
    XCTAssertNil(session.execute("assert _ == 2"))
    let run = try Program(source: "'_' in __builtins__").start()
    guard case .complete(let v) = run.progress else { return XCTFail("\(run.progress)") }
    XCTAssertEqual(v, .bool(false))
  }
}

/// Strings gathered from several threads.
private final class Collected: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [String] = []
  func add(_ s: String) {
    lock.lock()
    list.append(s)
    lock.unlock()
  }
  var items: [String] {
    lock.lock()
    defer { lock.unlock() }
    return list
  }
}
