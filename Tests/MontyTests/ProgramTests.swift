// Programs, runs, external calls and limits through the public API, as an embedding host uses them.
import Monty
import XCTest

final class ProgramTests: XCTestCase {
  func program(_ source: String, inputs: [String] = [], externals: [String] = []) throws -> Program {
    try Program(source: source, filename: "main.py", inputs: inputs, externals: externals)
  }

  func testResultIsTheFinalExpressionAndOutputIsCaptured() throws {
    let run = try program("print('hi')\nx = [1, 2]\nx + [3]\n").start()
    guard case .complete(let v) = run.progress else { return XCTFail("\(run.progress)") }
    XCTAssertEqual(v, .list([1, 2, 3]))
    XCTAssertEqual(run.output, "hi\n")
  }

  func testNoFinalExpressionGivesNone() throws {
    guard case .complete(let v) = try program("x = 1\n").start().progress else { return XCTFail() }
    XCTAssertEqual(v, .none)
  }

  func testInputsBecomeGlobals() throws {
    let p = try program("{'sum': a + b, 'name': name.upper()}", inputs: ["a", "b", "name"])
    let run = p.start(inputs: ["a": 2, "b": .bigInt("100000000000000000000"), "name": "ada"])
    guard case .complete(let v) = run.progress else { return XCTFail("\(run.progress)") }
    XCTAssertEqual(v, .dict([.init("sum", .bigInt("100000000000000000002")), .init("name", "ADA")]))
    // A declared input without a value is an error, not a crash.
    guard case .failed(let e) = p.start(inputs: ["a": 1]).progress else { return XCTFail() }
    XCTAssertEqual(e.type, "NameError")
  }

  func testExternalCallPausesAndResumes() throws {
    let source = """
      def helper(n):
          return fetch(n, scale=10) + 1
      total = 0
      for i in range(3):
          total += helper(i)
      total
      """
    let run = try program(source, externals: ["fetch"]).start()
    var seen: [HostValue] = []
    while case .externalCall(let call) = run.progress {
      XCTAssertEqual(call.name, "fetch")
      XCTAssertEqual(call.kwargs.map(\.0), ["scale"])
      XCTAssertEqual(call.line, 2)
      seen.append(call.args[0])
      guard case .int(let n) = call.args[0], case .int(let scale) = call.kwargs[0].1 else { return XCTFail() }
      run.resume(returning: .int(n * scale))
    }
    XCTAssertEqual(seen, [0, 1, 2])
    guard case .complete(let v) = run.progress else { return XCTFail("\(run.progress)") }
    XCTAssertEqual(v, .int(0 + 1 + 10 + 1 + 20 + 1))
  }

  func testResumeWithAnExceptionTheProgramCatches() throws {
    let source = """
      try:
          fetch('x')
      except KeyError as e:
          result = 'caught ' + repr(e)
      result
      """
    let run = try program(source, externals: ["fetch"]).start()
    XCTAssertTrue(run.isPaused)
    run.resume(raising: "KeyError", message: "missing")
    guard case .complete(let v) = run.progress else { return XCTFail("\(run.progress)") }
    XCTAssertEqual(v, .str("caught KeyError('missing')"))
  }

  func testUncaughtExceptionFromTheHostHasATraceback() throws {
    let run = try program("def f():\n    return fetch()\nf()\n", externals: ["fetch"]).start()
    run.resume(raising: "ValueError", message: "bad input")
    guard case .failed(let e) = run.progress else { return XCTFail("\(run.progress)") }
    XCTAssertEqual(e.type, "ValueError")
    XCTAssertEqual(e.message, "bad input")
    XCTAssertNil(e.limit)
    XCTAssertEqual(e.traceback, """
      Traceback (most recent call last):
        File "main.py", line 3, in <module>
          f()
        File "main.py", line 2, in f
          return fetch()
      ValueError: bad input

      """)
  }

  func testServeWithSwiftFunctions() throws {
    let p = try program("[double(x) for x in range(4)] + [greet(name='ada')]", externals: ["double", "greet"])
    let result = p.run(functions: [
      "double": { args, _ in
        guard case .int(let n) = args.first else { throw MontyError(type: "TypeError", message: "int", traceback: "") }
        return .int(n * 2)
      },
      "greet": { _, kwargs in
        guard let (name, value) = kwargs.first, case .str(let who) = value else { return .none }
        return .str("hello \(who) via \(name)")
      },
    ])
    XCTAssertEqual(try result.get(), .list([0, 2, 4, 6, "hello ada via name"]))
  }

  func testExternalCallInsideABuiltinCallbackIsAClearError() throws {
    let run = try program("sorted([3, 1], key=lambda x: fetch(x))", externals: ["fetch"]).start()
    guard case .failed(let e) = run.progress else { return XCTFail("\(run.progress)") }
    XCTAssertEqual(e.type, "RuntimeError")
    XCTAssertTrue(e.message.contains("external function 'fetch' cannot be called here"), e.message)
  }

  func testSynchronousFunctionsWorkInsideCallbacks() throws {
    let p = try program("sorted([3, 1, 2], key=lambda x: weight(x))", externals: ["weight"])
    let run = p.start(functions: ["weight": { args, _ in
      guard case .int(let n) = args.first else { return .none }
      return .int(-n)
    }])
    guard case .complete(let v) = run.progress else { return XCTFail("\(run.progress)") }
    XCTAssertEqual(v, .list([3, 2, 1]))
  }

  func testCompileErrorIsASyntaxError() {
    XCTAssertThrowsError(try program("x = (\n")) { error in
      XCTAssertEqual((error as? MontyError)?.type, "SyntaxError")
    }
  }

  // MARK: Limits

  func failure(_ source: String, _ limits: ResourceLimits) throws -> MontyError {
    let run = try program(source).start(limits: limits)
    guard case .failed(let e) = run.progress else {
      XCTFail("expected a failure, got \(run.progress)")
      return MontyError(type: "", message: "", traceback: "")
    }
    return e
  }

  func testFuelStopsAnInfiniteLoopAndCannotBeCaught() throws {
    let source = """
      while True:
          try:
              while True:
                  pass
          except BaseException:
              print('caught')
      """
    let e = try failure(source, ResourceLimits(fuel: 100_000))
    XCTAssertEqual(e.limit, "fuel")
    XCTAssertEqual(e.type, "RuntimeError")
    XCTAssertTrue(e.message.hasPrefix("fuel limit exceeded"), e.message)
  }

  func testFuelGrowsLinearlyWithWork() throws {
    let p = try program("def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nf(n)\n", inputs: ["n"])
    var used: [Int] = []
    for n in [20_000, 40_000, 80_000] {
      let run = p.start(inputs: ["n": .int(n)])
      guard case .complete = run.progress else { return XCTFail("\(run.progress)") }
      used.append(run.fuelUsed)
    }
    // One unit per iteration, counted in blocks of 1024.
    for (n, u) in zip([20_000, 40_000, 80_000], used) { XCTAssertEqual(Double(u), Double(n), accuracy: 2048) }
  }

  func testFuelChargesWorkInsideBuiltins() throws {
    let e = try failure("x = sorted(range(3_000_000), key=None)\n", ResourceLimits(fuel: 100_000))
    XCTAssertEqual(e.limit, "fuel")
  }

  func testMemoryLimitRefusesHugeResultsAtOnce() throws {
    for source in ["'x' * 10**10", "[0] * 10**10", "2 ** 10**10", "'a'.center(10**10)", "'%.1000000000f' % 1.0",
                   "list(range(10**10))", "bytes(10**10)"] {
      let clock = ContinuousClock()
      let start = clock.now
      let e = try failure("try:\n    \(source)\nexcept MemoryError:\n    print('caught')\n",
                          ResourceLimits(maxMemoryBytes: 64 << 20))
      XCTAssertEqual(e.type, "MemoryError", source)
      XCTAssertEqual(e.limit, "memory", source)
      XCTAssertLessThan(clock.now - start, .seconds(10), source)
    }
  }

  func testMemoryLimitStopsGrowthButNotGarbage() throws {
    let e = try failure("l = []\nwhile True:\n    l.append([1, 2, 3])\n", ResourceLimits(maxMemoryBytes: 32 << 20))
    XCTAssertEqual(e.limit, "memory")
    // Allocating far more than the limit in total is fine when it is garbage.
    let run = try program("for i in range(200_000):\n    x = [i] * 50\n'done'\n").start(
      limits: ResourceLimits(maxMemoryBytes: 16 << 20))
    guard case .complete(.str("done")) = run.progress else { return XCTFail("\(run.progress)") }
  }

  func testTimeLimit() throws {
    let clock = ContinuousClock()
    let start = clock.now
    let e = try failure("while True:\n    pass\n", ResourceLimits(maxDuration: .milliseconds(200)))
    XCTAssertEqual(e.type, "TimeoutError")
    XCTAssertEqual(e.limit, "time")
    XCTAssertLessThan(clock.now - start, .seconds(5))
  }

  func testOutputLimit() throws {
    let e = try failure("while True:\n    print('x' * 100)\n", ResourceLimits(maxOutputBytes: 10_000))
    XCTAssertEqual(e.limit, "output")
  }

  func testRecursionLimitIsCatchable() throws {
    let source = "def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RecursionError:\n    r = 'caught'\nr\n"
    let run = try program(source).start(limits: ResourceLimits(maxRecursionDepth: 50))
    guard case .complete(.str("caught")) = run.progress else { return XCTFail("\(run.progress)") }
  }

  func testExternalCallLimit() throws {
    let p = try program("while True:\n    fetch()\n", externals: ["fetch"])
    let result = p.run(limits: ResourceLimits(maxExternalCalls: 5), functions: ["fetch": { _, _ in .none }])
    guard case .failure(let e) = result else { return XCTFail() }
    XCTAssertEqual(e.limit, "external calls")
  }

  func testHostIsHealthyAfterALimit() throws {
    _ = try failure("while True:\n    pass\n", ResourceLimits(fuel: 10_000))
    let run = try program("sum(range(10))").start()
    guard case .complete(.int(45)) = run.progress else { return XCTFail("\(run.progress)") }
  }
}
