// Heap object shapes. Objects refer to each other only through `Value`s (handles), so the heap's
// slot holds each object's only strong reference and the collector decides lifetimes.
// Every object knows how to report the values it holds (`trace`) for marking.
import BigInt
import MontyCompiler

enum ObjectKind: UInt8 {
  case str, bytes, bigInt, list, tuple, dict, set, frozenset, range, slice
  case function, builtin, boundMethod, type, instance, cell, generator, iterator, module, property
  case staticMethod, classMethod, superProxy, dictView
  /// Swift state of a native object (an open file), held in a PyInstance's `builtinValue` (Builtins/Files.swift).
  case native
}

class PyObject {
  final var marked = false
  let kind: ObjectKind
  init(kind: ObjectKind) { self.kind = kind }
  /// Calls `visit` for every value this object holds.
  func trace(_ visit: (Value) -> Void) {}
  /// Approximate heap bytes, charged to the memory limit.
  var size: Int { 48 }
}

final class PyStr: PyObject {
  let value: String
  /// Number of code points (Python's len).
  let count: Int
  let isASCII: Bool
  var hashCache: Int?

  init(_ value: String) {
    self.value = value
    // Code points are the bytes that are not UTF-8 continuation bytes (10xxxxxx).
    let (bytes, continuations) = value.withUTF8Bytes { u -> (Int, Int) in
      var continuations = 0
      for b in u where b & 0xC0 == 0x80 { continuations += 1 }
      return (u.count, continuations)
    }
    count = bytes - continuations
    isASCII = continuations == 0  // every non-ASCII code point has at least one continuation byte
    super.init(kind: .str)
  }

  /// A str whose length in code points and ASCII-ness the caller already knows.
  init(_ value: String, count: Int, isASCII: Bool) {
    self.value = value
    self.count = count
    self.isASCII = isASCII
    super.init(kind: .str)
  }
  override var size: Int { 64 + value.utf8.count }
}

/// `bytes`, or a `bytearray` (the same object kind, so every read-only bytes operation serves both;
/// only a bytearray's `value` ever changes).
final class PyBytes: PyObject {
  var value: [UInt8]
  let isByteArray: Bool
  init(_ value: [UInt8], isByteArray: Bool = false) {
    self.value = value
    self.isByteArray = isByteArray
    super.init(kind: .bytes)
  }
  override var size: Int { 48 + value.count }
}

final class PyBigInt: PyObject {
  let value: BigInt
  init(_ value: BigInt) {
    self.value = value
    super.init(kind: .bigInt)
  }
  override var size: Int { 48 + value.words.count * 8 }
}

final class PyList: PyObject {
  var items: [Value]
  init(_ items: [Value]) {
    self.items = items
    super.init(kind: .list)
  }
  override func trace(_ visit: (Value) -> Void) { for v in items { visit(v) } }
  override var size: Int { 48 + items.count * 16 }
}

final class PyTuple: PyObject {
  let items: [Value]
  init(_ items: [Value]) {
    self.items = items
    super.init(kind: .tuple)
  }
  override func trace(_ visit: (Value) -> Void) { for v in items { visit(v) } }
  override var size: Int { 48 + items.count * 16 }
}

final class PyDict: PyObject {
  var storage = DictStorage()
  /// Module globals and the builtins: changes to them invalidate the global-lookup caches.
  var isNamespace = false
  init() { super.init(kind: .dict) }
  override func trace(_ visit: (Value) -> Void) { storage.trace(visit) }
  override var size: Int { 64 + storage.capacityBytes }
}

final class PySet: PyObject {
  var storage = SetTable()
  init(frozen: Bool) { super.init(kind: frozen ? .frozenset : .set) }
  override func trace(_ visit: (Value) -> Void) { storage.trace(visit) }
  override var size: Int { 64 + storage.capacityBytes }
}

final class PyRange: PyObject {
  let start: Int64
  let stop: Int64
  let step: Int64
  init(start: Int64, stop: Int64, step: Int64) {
    self.start = start
    self.stop = stop
    self.step = step
    super.init(kind: .range)
  }
  /// Number of elements (computed without overflow).
  var length: Int64 {
    if step > 0 {
      if start >= stop { return 0 }
      let span = UInt64(bitPattern: stop &- start)
      return Int64(truncatingIfNeeded: (span &- 1) / UInt64(step) &+ 1)
    }
    if start <= stop { return 0 }
    let span = UInt64(bitPattern: start &- stop)
    return Int64(truncatingIfNeeded: (span &- 1) / UInt64(bitPattern: 0 &- step) &+ 1)
  }
}

final class PySlice: PyObject {
  let start: Value
  let stop: Value
  let step: Value
  init(_ start: Value, _ stop: Value, _ step: Value) {
    self.start = start
    self.stop = stop
    self.step = step
    super.init(kind: .slice)
  }
  override func trace(_ visit: (Value) -> Void) {
    visit(start)
    visit(stop)
    visit(step)
  }
}

/// Runtime data of a code object: its constants as heap values, created once per VM.
final class CodeRuntime {
  let code: CodeObject
  var constants: [Value]
  /// Interned name strings (attribute and global names), as heap strings, by name index.
  var nameValues: [Value]
  /// The instructions, copied once into a buffer the dispatch loop reads without ARC.
  let instructions: UnsafeMutablePointer<Instruction>
  /// The names as interned str handles and their hashes (filled by `Interpreter.prepareNames`).
  let nameHandles: UnsafeMutablePointer<Handle>
  let nameHashes: UnsafeMutablePointer<Int>
  /// Per-name cache of global lookups (`loadGlobal`), valid while `epoch` matches the VM's.
  let globalCache: UnsafeMutablePointer<GlobalCacheEntry>
  /// Copies of the code facts a call needs, so the call path does not touch the CodeObject.
  let registerCount: Int
  let positionalCount: Int
  /// Plain positional parameters, no closure, not a generator: a call binds arguments in place.
  let fastCall: Bool
  init(code: CodeObject, constants: [Value], nameValues: [Value]) {
    registerCount = code.registerCount
    positionalCount = code.positionalCount
    fastCall = !code.hasVarargs && !code.hasVarkw && code.keywordOnlyCount == 0 && code.freeRegisters.isEmpty
      && !code.isGenerator
    self.code = code
    self.constants = constants
    self.nameValues = nameValues
    instructions = .allocate(capacity: max(code.instructions.count, 1))
    instructions.initialize(from: code.instructions, count: code.instructions.count)
    globalCache = .allocate(capacity: max(code.names.count, 1))
    globalCache.initialize(repeating: GlobalCacheEntry(), count: max(code.names.count, 1))
    nameHandles = .allocate(capacity: max(nameValues.count, 1))
    nameHandles.initialize(repeating: 0, count: max(nameValues.count, 1))
    nameHashes = .allocate(capacity: max(nameValues.count, 1))
    nameHashes.initialize(repeating: 0, count: max(nameValues.count, 1))
  }
  deinit {
    instructions.deallocate()
    globalCache.deallocate()
    nameHandles.deallocate()
    nameHashes.deallocate()
  }
}

final class PyFunction: PyObject {
  let runtime: CodeRuntime
  let globals: Handle
  var defaults: [Value]
  var kwDefaults: Value
  var closure: [Value]
  var name: String
  var qualifiedName: String
  var attributes: Handle?
  /// The class whose body defined this function (for zero-argument `super()`).
  var ownerClass: Handle?
  var module: Value = .none
  var doc: Value = .none
  /// `__annotations__`: a dict, or None until one is set or first read.
  var annotations: Value = .none

  init(runtime: CodeRuntime, globals: Handle, defaults: [Value], kwDefaults: Value, closure: [Value]) {
    self.runtime = runtime
    self.globals = globals
    self.defaults = defaults
    self.kwDefaults = kwDefaults
    self.closure = closure
    name = runtime.code.name
    qualifiedName = runtime.code.qualifiedName
    super.init(kind: .function)
  }
  override func trace(_ visit: (Value) -> Void) {
    visit(.object(globals))
    for v in defaults { visit(v) }
    visit(kwDefaults)
    for v in closure { visit(v) }
    if let a = attributes { visit(.object(a)) }
    if let c = ownerClass { visit(.object(c)) }
    visit(module)
    visit(doc)
    visit(annotations)
  }
}

final class PyBuiltin: PyObject {
  let id: BuiltinID
  let name: String
  /// Receiver for builtin methods bound to an object (`[].append`), or nil for plain functions.
  let receiver: Value?
  init(_ id: BuiltinID, name: String, receiver: Value? = nil) {
    self.id = id
    self.name = name
    self.receiver = receiver
    super.init(kind: .builtin)
  }
  override func trace(_ visit: (Value) -> Void) { if let r = receiver { visit(r) } }
}

final class PyBoundMethod: PyObject {
  let function: Value
  let receiver: Value
  init(function: Value, receiver: Value) {
    self.function = function
    self.receiver = receiver
    super.init(kind: .boundMethod)
  }
  override func trace(_ visit: (Value) -> Void) {
    visit(function)
    visit(receiver)
  }
}

/// A class: builtin types and user classes alike.
final class PyType: PyObject {
  var name: String
  var qualifiedName: String
  var bases: [Handle]
  var mro: [Handle] = []
  let dict: Handle
  /// For builtin types: what instances are made of. User classes inherit it from their builtin base.
  var builtinBase: BuiltinType
  var isBuiltin: Bool
  var isException: Bool = false
  /// Whether setting an instance attribute may involve more than the instance dict: a property or
  /// `__setattr__` somewhere in the MRO, or exception attributes. Computed when the class is made.
  var hasSetattrHooks = true
  /// Whether a property exists in the MRO (instance attribute reads must then consult the class first).
  var hasProperties = true
  init(name: String, bases: [Handle], dict: Handle, builtinBase: BuiltinType, isBuiltin: Bool) {
    self.name = name
    self.qualifiedName = name
    self.bases = bases
    self.dict = dict
    self.builtinBase = builtinBase
    self.isBuiltin = isBuiltin
    super.init(kind: .type)
  }
  override func trace(_ visit: (Value) -> Void) {
    for b in bases { visit(.object(b)) }
    for m in mro { visit(.object(m)) }
    visit(.object(dict))
  }
}

/// An instance of a user class (including user exception classes and exceptions raised by the VM).
final class PyInstance: PyObject {
  let cls: Handle
  var dict: Handle
  /// Exception state, used when the class derives from BaseException.
  var exceptionArgs: [Value] = []
  var cause: Value = .none
  var context: Value = .none
  var suppressContext = false
  var traceback: [(CodeObject, Int)] = []
  /// Payload for instances of user subclasses of builtin types (e.g. `class D(dict)`).
  var builtinValue: Value = .none
  init(cls: Handle, dict: Handle) {
    self.cls = cls
    self.dict = dict
    super.init(kind: .instance)
  }
  override var size: Int { 64 + exceptionArgs.count * 16 + traceback.count * 16 }
  override func trace(_ visit: (Value) -> Void) {
    visit(.object(cls))
    visit(.object(dict))
    for v in exceptionArgs { visit(v) }
    visit(cause)
    visit(context)
    visit(builtinValue)
  }
}

final class PyCell: PyObject {
  var value: Value
  init(_ value: Value) {
    self.value = value
    super.init(kind: .cell)
  }
  override func trace(_ visit: (Value) -> Void) { visit(value) }
}

final class PyModule: PyObject {
  let name: String
  let dict: Handle
  init(name: String, dict: Handle) {
    self.name = name
    self.dict = dict
    super.init(kind: .module)
  }
  override func trace(_ visit: (Value) -> Void) { visit(.object(dict)) }
}

/// `property`, `staticmethod`, `classmethod` wrappers.
final class PyWrapper: PyObject {
  var getter: Value
  var setter: Value = .none
  var deleter: Value = .none
  var doc: Value = .none
  init(kind: ObjectKind, _ getter: Value) {
    self.getter = getter
    super.init(kind: kind)
  }
  override func trace(_ visit: (Value) -> Void) {
    visit(getter)
    visit(setter)
    visit(deleter)
    visit(doc)
  }
}

final class PySuper: PyObject {
  let cls: Handle
  let receiver: Value
  init(cls: Handle, receiver: Value) {
    self.cls = cls
    self.receiver = receiver
    super.init(kind: .superProxy)
  }
  override func trace(_ visit: (Value) -> Void) {
    visit(.object(cls))
    visit(receiver)
  }
}

/// A suspended Python frame: generator functions and generator expressions.
final class PyGenerator: PyObject {
  enum State { case created, suspended, running, finished }
  let function: Handle
  var registers: [Value]
  var pc = 0
  var state = State.created
  /// Register receiving the value sent in when the generator resumes.
  var sendRegister = 0
  var name: String
  var qualifiedName: String
  /// The delegate of a running `yield from`, kept so that the frame can be resumed into it.
  init(function: Handle, registers: [Value], name: String, qualifiedName: String) {
    self.function = function
    self.registers = registers
    self.name = name
    self.qualifiedName = qualifiedName
    super.init(kind: .generator)
  }
  override func trace(_ visit: (Value) -> Void) {
    visit(.object(function))
    for v in registers { visit(v) }
  }
  override var size: Int { 96 + registers.count * 16 }
}

/// Builtin lazy iterators, one class with a state enum (dispatched by `IteratorState` case).
final class PyIterator: PyObject {
  var state: IteratorState
  /// For dict and set iterators: the size at creation; a change is CPython's RuntimeError.
  var expectedCount = -1
  init(_ state: IteratorState) {
    self.state = state
    super.init(kind: .iterator)
  }
  override func trace(_ visit: (Value) -> Void) { state.trace(visit) }
}

enum IteratorState {
  case list(Handle, Int)
  case listReversed(Handle, Int)
  case tuple(Handle, Int)
  case str(Handle, String.UnicodeScalarView.Index)
  case bytes(Handle, Int)
  case range(current: Int64, stop: Int64, step: Int64)
  case dictKeys(Handle, Int)
  case dictValues(Handle, Int)
  case dictItems(Handle, Int)
  case set(Handle, Int)
  case enumerate(Value, Int64)
  case zip([Value], strict: Bool)
  case map(Value, [Value])
  case filter(Value, Value)
  case callable(Value, Value)
  case exhausted

  func trace(_ visit: (Value) -> Void) {
    switch self {
    case .list(let h, _), .listReversed(let h, _), .tuple(let h, _), .str(let h, _), .bytes(let h, _),
         .dictKeys(let h, _), .dictValues(let h, _), .dictItems(let h, _), .set(let h, _):
      visit(.object(h))
    case .range, .exhausted: break
    case .enumerate(let v, _): visit(v)
    case .zip(let vs, _): for v in vs { visit(v) }
    case .map(let f, let vs):
      visit(f)
      for v in vs { visit(v) }
    case .filter(let f, let v), .callable(let f, let v):
      visit(f)
      visit(v)
    }
  }
}

/// What instances of a builtin type are made of (for `isinstance` fast paths and subclassing).
enum BuiltinType: UInt8 {
  case object, type, none, bool, int, float, complex, str, bytes, list, tuple, dict, set, frozenset, range, slice
  case function, builtinFunction, method, generator, iterator, cell, module, property, staticMethod, classMethod
  case superType, baseException, notImplementedType, ellipsisType, dictKeys, dictValues, dictItems
}

/// `dict.keys()`, `dict.values()`, `dict.items()`: live views of a dict.
final class PyDictView: PyObject {
  enum Which { case keys, values, items }
  let dict: Handle
  let which: Which
  init(dict: Handle, which: Which) {
    self.dict = dict
    self.which = which
    super.init(kind: .dictView)
  }
  override func trace(_ visit: (Value) -> Void) { visit(.object(dict)) }
}

struct GlobalCacheEntry {
  var globals: Handle = 0
  var epoch: UInt64 = 0
  var value: Value = .unbound
}

/// Classes whose objects all have one kind can be checked by kind instead of a dynamic cast.
protocol KindTagged: PyObject { static var tag: ObjectKind { get } }
extension PyStr: KindTagged { static var tag: ObjectKind { .str } }
extension PyBytes: KindTagged { static var tag: ObjectKind { .bytes } }
extension PyBigInt: KindTagged { static var tag: ObjectKind { .bigInt } }
extension PyList: KindTagged { static var tag: ObjectKind { .list } }
extension PyTuple: KindTagged { static var tag: ObjectKind { .tuple } }
extension PyDict: KindTagged { static var tag: ObjectKind { .dict } }
extension PyRange: KindTagged { static var tag: ObjectKind { .range } }
extension PySlice: KindTagged { static var tag: ObjectKind { .slice } }
extension PyFunction: KindTagged { static var tag: ObjectKind { .function } }
extension PyBuiltin: KindTagged { static var tag: ObjectKind { .builtin } }
extension PyBoundMethod: KindTagged { static var tag: ObjectKind { .boundMethod } }
extension PyType: KindTagged { static var tag: ObjectKind { .type } }
extension PyInstance: KindTagged { static var tag: ObjectKind { .instance } }
extension PyCell: KindTagged { static var tag: ObjectKind { .cell } }
extension PyGenerator: KindTagged { static var tag: ObjectKind { .generator } }
extension PyIterator: KindTagged { static var tag: ObjectKind { .iterator } }
extension PyModule: KindTagged { static var tag: ObjectKind { .module } }
extension PySuper: KindTagged { static var tag: ObjectKind { .superProxy } }
extension PyDictView: KindTagged { static var tag: ObjectKind { .dictView } }

/// `o as? T` for single-kind classes, by comparing the kind byte (no dynamic cast).
@inline(__always) func cast<T: KindTagged>(_ o: PyObject, _ t: T.Type) -> T? {
  o.kind == T.tag ? unsafeDowncast(o, to: T.self) : nil
}
