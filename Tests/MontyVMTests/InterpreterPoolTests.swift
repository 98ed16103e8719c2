// A VM reused from the pool (Sources/MontyVM/InterpreterPool.swift) must be indistinguishable from a
// new one, whatever its last run did: these tests compare every stored property of a reset VM with a
// new VM's, and fail when Interpreter gains a property that `resetForReuse` does not know about.
import MontyCompiler
import MontySyntax
@testable import MontyVM
import XCTest

final class InterpreterPoolTests: XCTestCase {
  /// Every stored property of Interpreter, each reset by `resetForReuse`. A new property must be
  /// reset there and listed here.
  static let resetProperties: Set<String> = [
    "heap", "registers", "frames", "handled", "temporaryRoots", "runtimes", "interned", "bootstrapInterned",
    "initName", "asciiCharacters", "types", "builtins", "modules", "formatSpecs", "output", "recursionLimit", "nativeDepth", "noneHandle",
    "ellipsisHandle", "notImplementedHandle", "emptyTuple", "sources", "namespaceEpoch", "iteratorTypes",
    "fileSystem", "fuelLeft", "fuelBudget", "fuelAtStart", "ticksLeft", "nesting", "stackFloor", "stackThread",
    "pendingWork", "memoryLimit", "deadline", "duration", "outputLimit", "outputUsed", "externalCallsLeft",
    "tripped", "bootstrapObjects", "image", "units", "pendingCall", "synchronousExternal", "hostFunctions",
    "lastStopIterationValue", "sortModified", "clockPolicy", "randomPolicy", "randomGenerator",
  ]

  func testResetKnowsEveryStoredProperty() {
    let labels = Set(Mirror(reflecting: Interpreter()).children.compactMap(\.label))
    XCTAssertEqual(labels.subtracting(InterpreterPoolTests.resetProperties), [],
                   "new Interpreter properties: reset them in resetForReuse (InterpreterPool.swift) and list them here")
    XCTAssertEqual(InterpreterPoolTests.resetProperties.subtracting(labels), [], "properties that no longer exist")
  }

  /// Runs `source` in `vm` with limits; returns how it ended.
  @discardableResult
  func run(_ vm: Interpreter, _ source: String, limits: VMLimits = VMLimits()) -> String {
    guard let unit = try? CompiledUnit.compile(SourceFile(name: "busy.py", text: source), returnsLastExpression: true)
    else { return "syntax error" }
    vm.register(unit)
    let globals = vm.makeMainGlobals()
    vm.applyLimits(limits)
    vm.hostFunctions["double"] = { args, _ in args.first ?? .none }
    do {
      switch try vm.start(unit.code, globals: globals) {
      case .complete: return "complete"
      case .paused(let call): return "paused at \(call.name)"
      }
    } catch {
      return "failed"
    }
  }

  /// Programs that leave as much behind as they can: objects, names, modules, classes, suspended
  /// generators, handled exceptions, a pending external call, a fired limit, deep frames.
  static let busy: [(String, VMLimits)] = {
    var tight = VMLimits()
    tight.fuel = 50_000
    tight.maxMemoryBytes = 4 << 20
    tight.maxOutputBytes = 100
    tight.maxExternalCalls = 5
    tight.maxDurationNanoseconds = 1_000_000_000
    tight.maxRecursionDepth = 50
    return [
      ("""
        import math
        class C:
            def __init__(self):
                self.name_only_this_run = [1, 2, 3]
        objs = [C() for _ in range(200)]
        d = {str(i) + 'key': i for i in range(300)}
        def gen():
            try:
                yield 1
                yield 2
            finally:
                print('finalized')
        g = gen()
        next(g)
        __builtins__['secret'] = objs
        try:
            raise ValueError('x')
        except ValueError:
            print(sorted(d)[:3], math.sqrt(4), double(3))
            fetch(1)
        """, VMLimits()),
      ("def f(n):\n    return f(n + 1)\nf(0)", tight),
      ("x = ['a']\nwhile True:\n    x = x + x", tight),
      ("while True:\n    print('spam')", tight),
      ("def f(n):\n    if n: return f(n - 1)\n    return sorted([3, 1, 2], key=lambda k: -k)\nf(40)", tight),
    ]
  }()

  func testResetVMEqualsANewOne() throws {
    for (source, limits) in InterpreterPoolTests.busy {
      let vm = Interpreter()
      let box = Printed()
      vm.output = { box.text += $0 }
      let outcome = run(vm, source, limits: limits)
      XCTAssertNotEqual(outcome, "syntax error")
      XCTAssertTrue(vm.resetForReuse(), source)
      assertLikeNew(vm, after: source)
      let before = box.text
      vm.output("after reset")
      XCTAssertEqual(box.text, before, "the output callback of the last run is still installed")
      // And it runs a program like a new one.
      var printed = ""
      vm.output = { printed += $0 }
      XCTAssertEqual(run(vm, "print(len(__builtins__) > 100, 'secret' in __builtins__)"), "complete")
      XCTAssertEqual(printed, "True False\n")
    }
  }

  func assertLikeNew(_ vm: Interpreter, after source: String, file: StaticString = #filePath, line: UInt = #line) {
    let fresh = Interpreter()
    let a = Mirror(reflecting: vm).children, b = Mirror(reflecting: fresh).children
    XCTAssertEqual(a.count, b.count)
    for (x, y) in zip(a, b) {
      let label = x.label ?? "?"
      XCTAssertEqual(label, y.label)
      let differ = { XCTFail("\(label) differs after reset, after running:\n\(source)", file: file, line: line) }
      switch label {
      case "heap":
        let (h, f) = (vm.heap, fresh.heap)
        if h.slotCount != f.slotCount || h.liveObjects != f.liveObjects || h.bytesInUse != f.bytesInUse
          || h.bytesAtLastCollection != f.bytesAtLastCollection || h.collectAt != f.collectAt
          || h.collections != f.collections || h.memoryLimit != f.memoryLimit
          || h.collectionThreshold != f.collectionThreshold || h.base != f.base
        {
          differ()
        }
        for i in 1..<h.base where h.unmanaged(Handle(i)).toOpaque() != f.unmanaged(Handle(i)).toOpaque() {
          // Only the VM's own copies of the image's dicts differ by identity; their items must not.
          guard let d = h.get(Handle(i), PyDict.self), let e = f.get(Handle(i), PyDict.self),
            d.storage.entries.map({ "\($0.key)=\($0.value)" }) == e.storage.entries.map({ "\($0.key)=\($0.value)" }),
            d.storage.isFrozen == (Handle(i) != vm.builtins), d.isNamespace == e.isNamespace
          else { return differ() }
        }
      case "registers":
        if vm.registers.count < fresh.registers.count { differ() }
        for i in 0..<vm.registers.count where !vm.registers[i].isIdentical(.unbound) { return differ() }
      case "interned", "bootstrapInterned":
        let (t, u) = label == "interned"
          ? (vm.interned, fresh.interned) : (vm.bootstrapInterned, fresh.bootstrapInterned)
        if t.count != u.count || t.all != u.all { differ() }
      case "runtimes":
        if !vm.runtimes.isEmpty || !vm.runtimes.values.isEmpty { differ() }
      case "fileSystem":
        let (s, t) = (vm.fileSystem, fresh.fileSystem)
        if s === t || !s.mounts.isEmpty || s.bytesWritten != t.bytesWritten || s.currentDirectory != t.currentDirectory
          || s.maxOpenDescriptors != t.maxOpenDescriptors || s.writeLimit != t.writeLimit
        {
          differ()
        }
      case "output": break  // checked by calling it (testResetVMEqualsANewOne)
      case "synchronousExternal":
        if vm.synchronousExternal != nil { differ() }
      case "hostFunctions":
        if !vm.hostFunctions.isEmpty { differ() }
      case "image":
        if vm.image !== fresh.image { differ() }
      default:
        if String(reflecting: x.value) != String(reflecting: y.value) {
          XCTFail("\(label) differs after reset: \(String(reflecting: x.value)) vs \(String(reflecting: y.value))",
                  file: file, line: line)
        }
      }
    }
  }

  func testPoolGivesBackResetVMs() {
    InterpreterPool.shared.drain()
    let vm = Interpreter.reusable()
    run(vm, "x = [1, 2, 3]\nimport math")
    vm.recycle()
    let again = Interpreter.reusable()
    XCTAssertTrue(again === vm)
    XCTAssertTrue(again.modules.isEmpty)
    XCTAssertEqual(again.heap.slotCount, again.heap.base)
    again.recycle()
    InterpreterPool.shared.drain()
  }

  func testBigOrRunningVMsAreNotKept() {
    let vm = Interpreter()
    run(vm, "x = [[i] for i in range(20000)]")
    XCTAssertFalse(vm.resetForReuse())
    let running = Interpreter()
    running.nativeDepth = 1
    XCTAssertFalse(running.resetForReuse())
    running.nativeDepth = 0
  }
}

private final class Printed { var text = "" }
