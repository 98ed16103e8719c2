// Dunder methods of builtin values: `(10).__add__(5)`, `"ab".__len__()`, `counter.__setitem__(0, 1)`.
// Each is a builtin bound to its receiver that runs the same protocol operation as the operator or
// builtin function. Not for instances of user classes: their dunders are ordinary class attributes.
import MontyCompiler

extension Interpreter {
  private static let numberSlots: [String: BuiltinID] = [
    "__add__": .slotAdd, "__sub__": .slotSub, "__mul__": .slotMul, "__truediv__": .slotTrueDiv,
    "__floordiv__": .slotFloorDiv, "__mod__": .slotMod, "__pow__": .slotPow, "__radd__": .slotRadd,
    "__rsub__": .slotRsub, "__rmul__": .slotRmul, "__neg__": .slotNeg, "__pos__": .slotPos, "__abs__": .slotAbs,
    "__bool__": .slotBool, "__int__": .slotInt, "__float__": .slotFloat, "__trunc__": .slotTrunc,
    "__floor__": .slotFloor, "__ceil__": .slotCeil, "__round__": .slotRound,
  ]
  private static let intOnlySlots: [String: BuiltinID] = [
    "__lshift__": .slotLshift, "__rshift__": .slotRshift, "__and__": .slotAnd, "__or__": .slotOr,
    "__xor__": .slotXor, "__invert__": .slotInvert, "__index__": .slotIndex,
  ]
  private static let commonSlots: [String: BuiltinID] = [
    "__eq__": .slotEq, "__ne__": .slotNe, "__repr__": .slotRepr, "__str__": .slotStr,
  ]
  private static let orderSlots: [String: BuiltinID] = [
    "__lt__": .slotLt, "__le__": .slotLe, "__gt__": .slotGt, "__ge__": .slotGe,
  ]
  private static let sequenceSlots: [String: BuiltinID] = [
    "__len__": .slotLen, "__contains__": .slotContains, "__getitem__": .slotGetitem, "__iter__": .slotIter,
  ]
  private static let mutableSlots: [String: BuiltinID] = ["__setitem__": .slotSetitem, "__delitem__": .slotDelitem]

  /// The dunder method `name` of the builtin value `v`, or nil when its type has none of that name.
  func builtinSlot(_ v: Value, _ name: String) -> BuiltinID? {
    if let id = Self.commonSlots[name] { return id }
    let hashable: Bool
    switch v {
    case .none, .unbound: return name == "__hash__" ? .slotHash : name == "__bool__" ? .slotBool : nil
    case .bool, .int: return name == "__hash__" ? .slotHash : Self.numberSlots[name] ?? Self.intOnlySlots[name] ?? Self.orderSlots[name]
    case .float: return name == "__hash__" ? .slotHash : Self.numberSlots[name] ?? Self.orderSlots[name]
    case .object(let h):
      switch heap[h].kind {
      case .bigInt:
        return name == "__hash__" ? .slotHash : Self.numberSlots[name] ?? Self.intOnlySlots[name] ?? Self.orderSlots[name]
      case .str, .bytes:
        if name == "__add__" || name == "__mul__" || name == "__rmul__" || name == "__mod__" {
          return Self.numberSlots[name]
        }
        hashable = true
        if let id = Self.sequenceSlots[name] ?? Self.orderSlots[name] { return id }
      case .tuple:
        if name == "__add__" || name == "__mul__" || name == "__rmul__" { return Self.numberSlots[name] }
        hashable = true
        if let id = Self.sequenceSlots[name] ?? Self.orderSlots[name] { return id }
      case .list:
        if name == "__add__" || name == "__mul__" || name == "__rmul__" { return Self.numberSlots[name] }
        hashable = false
        if let id = Self.sequenceSlots[name] ?? Self.orderSlots[name] ?? Self.mutableSlots[name] { return id }
      case .dict:
        if name == "__or__" { return .slotOr }
        hashable = false
        if let id = Self.sequenceSlots[name] ?? Self.mutableSlots[name] { return id }
      case .set, .frozenset:
        switch name {
        case "__or__": return .slotOr
        case "__and__": return .slotAnd
        case "__xor__": return .slotXor
        case "__sub__": return .slotSub
        default: break
        }
        hashable = heap[h].kind == .frozenset
        if name != "__getitem__", let id = Self.sequenceSlots[name] ?? Self.orderSlots[name] { return id }
      case .range:
        hashable = true
        if let id = Self.sequenceSlots[name] { return id }
      case .iterator, .generator:
        hashable = true
        if name == "__iter__" { return .slotIter }
        if name == "__next__" { return .slotNext }
      case .instance, .type, .module: return nil
      default: hashable = true
      }
    }
    return name == "__hash__" && hashable ? .slotHash : nil
  }

  /// Calls the dunder `id` of the builtin value `receiver` with the other arguments `a`.
  func callSlot(_ id: BuiltinID, _ receiver: Value, _ a: [Value]) throws(PyException) -> Value {
    func one(_ name: String) throws(PyException) -> Value {
      guard a.count == 1 else {
        throw makeError(types.typeError, "expected 1 argument, got \(a.count)")
      }
      return a[0]
    }
    func none(_ name: String) throws(PyException) {
      if !a.isEmpty { throw makeError(types.typeError, "\(name)() takes no arguments (\(a.count) given)") }
    }
    /// A binary operator: NotImplemented (not TypeError) when the operand types do not combine.
    func op(_ code: Opcode, reflected: Bool = false) throws(PyException) -> Value {
      let other = try one("")
      do throws(PyException) {
        return reflected ? try binary(code, other, receiver) : try binary(code, receiver, other)
      } catch {
        if isInstance(error.value, types.typeError) { return .object(notImplementedHandle) }
        throw error
      }
    }
    func cmp(_ code: Opcode) throws(PyException) -> Value {
      let other = try one("")
      if code == .eq || code == .ne { return try compare(code, receiver, other) }
      do throws(PyException) {
        return try compare(code, receiver, other)
      } catch {
        if isInstance(error.value, types.typeError) { return .object(notImplementedHandle) }
        throw error
      }
    }
    switch id {
    case .slotAdd: return try op(.add)
    case .slotSub: return try op(.sub)
    case .slotMul: return try op(.mul)
    case .slotTrueDiv: return try op(.trueDiv)
    case .slotFloorDiv: return try op(.floorDiv)
    case .slotMod: return try op(.mod)
    case .slotPow:
      if a.count == 2 { return try callBuiltin(.pow, args: [receiver] + a, kwargs: []) }
      return try op(.pow)
    case .slotLshift: return try op(.lshift)
    case .slotRshift: return try op(.rshift)
    case .slotAnd: return try op(.bitAnd)
    case .slotOr: return try op(.bitOr)
    case .slotXor: return try op(.bitXor)
    case .slotRadd: return try op(.add, reflected: true)
    case .slotRsub: return try op(.sub, reflected: true)
    case .slotRmul: return try op(.mul, reflected: true)
    case .slotEq: return try cmp(.eq)
    case .slotNe: return try cmp(.ne)
    case .slotLt: return try cmp(.lt)
    case .slotLe: return try cmp(.le)
    case .slotGt: return try cmp(.gt)
    case .slotGe: return try cmp(.ge)
    case .slotNeg: try none("__neg__"); return try unary(.neg, receiver)
    case .slotPos: try none("__pos__"); return try unary(.pos, receiver)
    case .slotInvert: try none("__invert__"); return try unary(.invert, receiver)
    case .slotAbs: try none("__abs__"); return try callBuiltin(.abs, args: [receiver], kwargs: [])
    case .slotHash: try none("__hash__"); return .int(Int64(try hash(receiver)))
    case .slotLen: try none("__len__"); return .int(Int64(try length(receiver)))
    case .slotContains: return .bool(try contains(receiver, try one("__contains__")))
    case .slotGetitem: return try getItem(receiver, try one("__getitem__"))
    case .slotSetitem:
      guard a.count == 2 else { throw makeError(types.typeError, "expected 2 arguments, got \(a.count)") }
      try setItem(receiver, a[0], a[1])
      return .none
    case .slotDelitem:
      try deleteItem(receiver, try one("__delitem__"))
      return .none
    case .slotIter: try none("__iter__"); return try getIterator(receiver)
    case .slotNext:
      try none("__next__")
      if let v = try nextValue(receiver) { return v }
      throw makeError(types.stopIteration, args: [])
    case .slotRepr: try none("__repr__"); return newString(try repr(receiver))
    case .slotStr: try none("__str__"); return newString(try strThrowing(receiver))
    case .slotBool: try none("__bool__"); return .bool(try truthy(receiver))
    case .slotInt, .slotIndex, .slotTrunc:
      try none(id == .slotInt ? "__int__" : id == .slotIndex ? "__index__" : "__trunc__")
      if case .bool(let b) = receiver { return .int(b ? 1 : 0) }
      if case .float = receiver { return try mathFunction(.mathTrunc, [receiver], []) }
      return receiver
    case .slotFloat:
      try none("__float__")
      guard let d = floatValue(receiver) else { return receiver }
      return .float(d)
    case .slotFloor, .slotCeil:
      try none(id == .slotFloor ? "__floor__" : "__ceil__")
      if case .bool(let b) = receiver { return .int(b ? 1 : 0) }
      return try mathFunction(id == .slotFloor ? .mathFloor : .mathCeil, [receiver], [])
    case .slotRound:
      if a.isEmpty, case .bool(let b) = receiver { return .int(b ? 1 : 0) }
      return try callBuiltin(.round, args: [receiver] + a, kwargs: [])
    default:
      throw makeError(types.systemError, "slot \(id) missing")
    }
  }
}
