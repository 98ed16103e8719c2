// The bootstrap image (Sources/MontyVM/BootstrapImage.swift) is shared by every VM of the process, so
// no run may change it. These tests take a deep digest of every image object, run every conformance
// case and the hostile escape and mutation programs in fresh VMs, and check the digest again; and they
// check that a new VM starts empty (no objects, interned names or modules of earlier VMs).
import Foundation
import MontyCompiler
import MontySyntax
@testable import MontyVM
import XCTest

final class BootstrapImageTests: XCTestCase {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Everything an image object holds that a run could conceivably change.
  func digest(_ image: BootstrapImage) -> [String] {
    func v(_ value: Value) -> String { "\(value)" }
    return image.objects.enumerated().map { (i, o) -> String in
      guard let o else { return "\(i) -" }
      var d = "\(i) \(o.kind)"
      switch o {
      case let t as PyType:
        d += " \(t.name) \(t.qualifiedName) \(t.bases) \(t.mro) \(t.dict) \(t.builtinBase) \(t.isBuiltin)"
        d += " \(t.isException) \(t.hasSetattrHooks) \(t.hasProperties)"
      case let x as PyDict:
        d += " \(x.isNamespace) \(x.storage.isFrozen) \(x.storage.count) "
        d += x.storage.entries.map { "\($0.hash):\(v($0.key))=\(v($0.value))" }.joined(separator: ",")
      case let s as PyStr: d += " \(s.value.debugDescription) \(String(describing: s.hashCache))"
      case let inst as PyInstance:
        d += " \(inst.cls) \(inst.dict) \(inst.exceptionArgs) \(v(inst.cause)) \(v(inst.context))"
        d += " \(inst.suppressContext) \(inst.traceback.count) \(v(inst.builtinValue))"
      case let b as PyBuiltin: d += " \(b.id) \(b.name) \(String(describing: b.receiver))"
      case let w as PyWrapper: d += " \(v(w.getter)) \(v(w.setter)) \(v(w.deleter)) \(v(w.doc))"
      case let t as PyTuple: d += " \(t.items)"
      default: d += " (unexpected kind in the image)"
      }
      return d
    }
  }

  func run(_ source: [UInt8], name: String) { BootstrapImageTests.run(source, name: name) }

  /// Runs `source` in a fresh VM under limits, ignoring the outcome.
  static func run(_ source: [UInt8], name: String) {
    guard let unit = try? CompiledUnit.compile(SourceFile(name: name, bytes: source), returnsLastExpression: true)
    else { return }
    let vm = Interpreter()
    vm.output = { _ in }
    vm.register(unit)
    let globals = vm.makeMainGlobals()
    var limits = VMLimits()
    limits.fuel = 2_000_000
    limits.maxMemoryBytes = 32 << 20
    limits.maxDurationNanoseconds = 2_000_000_000
    limits.maxOutputBytes = 1 << 20
    vm.applyLimits(limits)
    _ = try? vm.start(unit.code, globals: globals)
  }

  func programs() throws -> [(String, [UInt8])] {
    let fm = FileManager.default
    var out: [(String, [UInt8])] = []
    for dir in ["Conformance", "Tests/hostile"] {
      let base = BootstrapImageTests.root.appendingPathComponent(dir).path
      guard let walker = fm.enumerator(atPath: base) else { continue }
      while let rel = walker.nextObject() as? String {
        guard rel.hasSuffix(".py"), rel != "record.py", rel != "run_cli.py" else { continue }
        // Of the hostile programs, those that try to escape or mutate (the others only burn limits).
        if dir == "Tests/hostile" && !(rel.hasPrefix("esc_") || rel.hasPrefix("mut_")) { continue }
        if let data = fm.contents(atPath: base + "/" + rel) { out.append((rel, Array(data))) }
      }
    }
    return out.sorted { $0.0 < $1.0 }
  }

  func testNoProgramChangesTheImage() throws {
    let image = BootstrapImage.shared
    let before = digest(image)
    let fingerprint = BootstrapImage.fingerprint
    let all = try programs()
    XCTAssertGreaterThan(all.count, 500)
    for (name, source) in all { run(source, name: name) }
    // Programs written to attack the image directly.
    for source in [
      "__builtins__['len'] = None\n__builtins__.clear()", "int.__dict__['x'] = 1\nint.__dict__.clear()",
      "del int.bit_length", "Ellipsis.x = 1", "vars(NotImplemented)['x'] = 1", "del str.upper",
      "s = 'a'\nhash(s)\nhash('print')\nd = {}\nd['len'] = 1",
    ] {
      run(Array(source.utf8), name: "attack.py")
    }
    let after = digest(image)
    XCTAssertEqual(before.count, after.count)
    for (b, a) in zip(before, after) where a != b { XCTFail("image object changed:\n\(b)\n\(a)") }
    XCTAssertEqual(BootstrapImage.fingerprint, fingerprint)
  }

  /// Every program on four threads at once, each in its own VM: the image is read by all of them.
  /// (Run under `swift test --sanitize=thread` to check that no shared object is accessed for writing.)
  func testProgramsRunConcurrently() throws {
    let image = BootstrapImage.shared
    let before = digest(image)
    let all = try programs()
    DispatchQueue.concurrentPerform(iterations: 4) { thread in
      for (i, (name, source)) in all.enumerated() where i % 4 == thread {
        BootstrapImageTests.run(source, name: name)
      }
    }
    XCTAssertEqual(digest(image), before)
  }

  func testEveryImageObjectIsFrozen() {
    let image = BootstrapImage.shared
    for case let o? in image.objects {
      if let d = o as? PyDict { XCTAssertTrue(d.storage.isFrozen) }
      if let s = o as? PyStr { XCTAssertNotNil(s.hashCache, "str \(s.value) would be written on first hash") }
    }
  }

  func testANewVMStartsEmpty() throws {
    let busy = "import math\nx = [str(i) + 'name' for i in range(100)]\nclass C: pass\nfor n in x: setattr(C, n, 1)"
    run(Array(busy.utf8), name: "busy.py")
    let vm = Interpreter()
    XCTAssertEqual(vm.heap.slotCount, vm.heap.base)
    XCTAssertEqual(vm.heap.liveObjects, vm.heap.base - 1)
    XCTAssertEqual(vm.interned.count, 0)
    XCTAssertTrue(vm.modules.isEmpty)
    XCTAssertTrue(vm.iteratorTypes.isEmpty)
    XCTAssertTrue(vm.runtimes.isEmpty)
    XCTAssertEqual(vm.heap.bytesInUse, BootstrapImage.shared.heap.bytesInUse)
    guard let own = vm.heap.get(vm.builtins, PyDict.self) else { return XCTFail() }
    XCTAssertFalse(own.storage.isFrozen)
    XCTAssertFalse(own === BootstrapImage.shared.objects[Int(vm.builtins)])
    XCTAssertEqual(own.storage.count, BootstrapImage.shared.builtinsStorage.count)
    // No dict object is shared between VMs (lookups are formally writes); copies of type dicts are frozen.
    let other = Interpreter()
    for (h, _) in BootstrapImage.shared.dicts {
      guard let mine = vm.heap.get(h, PyDict.self), let theirs = other.heap.get(h, PyDict.self) else { return XCTFail() }
      XCTAssertFalse(mine === theirs)
      XCTAssertFalse(mine === BootstrapImage.shared.objects[Int(h)])
      XCTAssertEqual(mine.storage.isFrozen, h != vm.builtins)
    }
  }

  /// Interning compares code points: canonically equivalent strings stay distinct (Swift's `==` would merge them).
  func testInterningKeepsCanonicallyEquivalentStringsApart() {
    let vm = Interpreter()
    let composed = vm.intern("\u{e9}")
    let decomposed = vm.intern("e\u{301}")
    XCTAssertNotEqual(composed, decomposed)
    XCTAssertEqual(vm.intern("\u{e9}"), composed)
    XCTAssertEqual(vm.intern("print"), vm.intern("print"))
    XCTAssertLessThan(Int(vm.intern("print")), vm.heap.base)  // a name of the image
  }

  /// Collections keep the image and the VM's own builtins dict (pinned at an image handle) intact.
  func testCollectionKeepsPinnedBuiltins() throws {
    let vm = Interpreter()
    guard let own = vm.heap.get(vm.builtins, PyDict.self) else { return XCTFail() }
    let list = vm.heap.allocate(PyList([.int(7)]))
    try vm.dictSet(own, .object(vm.intern("kept")), .object(list))
    let garbage = vm.heap.allocate(PyList([]))
    vm.collectGarbage(top: 0)
    XCTAssertTrue(vm.heap.isLive(list))
    XCTAssertFalse(vm.heap.isLive(garbage))
    XCTAssertNotNil(vm.heap.get(list, PyList.self))
    XCTAssertEqual(vm.heap.liveObjects, vm.heap.base - 1 + 2)  // the list and the interned "kept"
  }
}
