// C functions callable from a program (`monty_program_register_native`): a signature string such as
// "d(dd)" says how to convert the Python arguments to C values and the C result back, and libffi makes
// the call. The call happens inside the run, synchronously; it is not an external call that pauses.
import CFFI
import Monty

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One letter of a signature.
enum NativeType: Character {
  case double = "d"
  case float = "f"
  case int32 = "i"
  case int64 = "l"
  case bool = "b"
  case string = "s"
  case void = "v"

  var ffiType: UnsafeMutablePointer<ffi_type> {
    switch self {
    case .double: cffi_type_double()
    case .float: cffi_type_float()
    case .int32: cffi_type_sint32()
    case .int64: cffi_type_sint64()
    case .bool: cffi_type_uint8()
    case .string: cffi_type_pointer()
    case .void: cffi_type_void()
    }
  }

  /// The Python type named in TypeError messages.
  var pythonName: String {
    switch self {
    case .double, .float: "float"
    case .int32, .int64: "int"
    case .bool: "bool"
    case .string: "str or None"
    case .void: "None"
    }
  }
}

/// A C function with a prepared libffi call interface. The call interface points into `argTypes`,
/// so both live exactly as long as this object.
final class NativeFunction {
  let name: String
  let returns: NativeType
  let parameters: [NativeType]
  private let function: @convention(c) () -> Void
  private let cif: UnsafeMutablePointer<ffi_cif>
  private let argTypes: UnsafeMutablePointer<UnsafeMutablePointer<ffi_type>?>

  /// Nil for a signature that is not `R(P...)` over the letters of `NativeType`, with `v` only as `R`.
  init?(name: String, function: UnsafeMutableRawPointer, signature: String) {
    let chars = Array(signature)
    guard chars.count >= 3, chars[1] == "(", chars.last == ")", let r = NativeType(rawValue: chars[0]) else {
      return nil
    }
    var params: [NativeType] = []
    for c in chars[2..<(chars.count - 1)] {
      guard let t = NativeType(rawValue: c), t != .void else { return nil }
      params.append(t)
    }
    self.name = name
    returns = r
    parameters = params
    self.function = unsafeBitCast(function, to: (@convention(c) () -> Void).self)
    cif = .allocate(capacity: 1)
    argTypes = .allocate(capacity: max(params.count, 1))
    for (i, p) in params.enumerated() { argTypes[i] = p.ffiType }
    guard ffi_prep_cif(cif, cffi_default_abi(), UInt32(params.count), r.ffiType, argTypes) == FFI_OK else {
      cif.deallocate()
      argTypes.deallocate()
      return nil
    }
  }

  deinit {
    cif.deallocate()
    argTypes.deallocate()
  }

  /// Calls the C function with `args`, as an `ExternalFunction` (its errors become Python exceptions).
  func call(_ args: [HostValue], _ kwargs: [(String, HostValue)]) throws -> HostValue {
    guard kwargs.isEmpty else { throw typeError("\(name)() takes no keyword arguments") }
    guard args.count == parameters.count else {
      let n = parameters.count
      throw typeError("\(name)() takes exactly \(n) argument\(n == 1 ? "" : "s") (\(args.count) given)")
    }
    // One 8-byte slot per argument (every type here fits), a pointer to each slot for libffi, and
    // the copies of string arguments, freed after the call.
    let n = parameters.count
    return try withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(n, 1) + 2) { slots in
      try withUnsafeTemporaryAllocation(of: UnsafeMutableRawPointer?.self, capacity: max(n, 1)) { values in
        var strings: [UnsafeMutablePointer<CChar>?] = []
        defer { for s in strings { free(s) } }
        let base = UnsafeMutableRawPointer(slots.baseAddress!)
        for (i, (type, arg)) in zip(parameters, args).enumerated() {
          let slot = base + 8 * i
          values[i] = slot
          try store(arg, as: type, at: slot, position: i + 1, strings: &strings)
        }
        // libffi widens integral results narrower than a register to `ffi_arg` (8 bytes here), so
        // the result slot is read at full width for those and at the type's width for the others.
        let result = base + 8 * n
        result.storeBytes(of: 0, as: UInt64.self)
        ffi_call(cif, function, result, values.baseAddress)
        switch returns {
        case .void: return .none
        case .double: return .float(result.load(as: Double.self))
        case .float: return .float(Double(result.load(as: Float.self)))
        case .int32: return .int(Int(Int32(truncatingIfNeeded: result.load(as: Int64.self))))
        case .int64: return .int(Int(result.load(as: Int64.self)))
        case .bool: return .bool(UInt8(truncatingIfNeeded: result.load(as: UInt64.self)) != 0)
        case .string:
          guard let p = result.load(as: UnsafePointer<CChar>?.self) else { return .none }
          return .str(String(cString: p))
        }
      }
    }
  }

  /// Converts one argument into its slot, or throws the TypeError/OverflowError/ValueError CPython's
  /// conversions would raise.
  private func store(_ arg: HostValue, as type: NativeType, at slot: UnsafeMutableRawPointer, position: Int,
                     strings: inout [UnsafeMutablePointer<CChar>?]) throws
  {
    func mismatch() -> MontyError {
      typeError("\(name)() argument \(position) must be \(type.pythonName), not \(arg.pythonTypeName)")
    }
    switch type {
    case .double, .float:
      let d: Double
      switch arg {
      case .float(let x): d = x
      case .int(let i): d = Double(i)
      case .bool(let b): d = b ? 1 : 0
      case .bigInt(let digits):
        guard let x = Double(digits), x.isFinite else { throw error("OverflowError", "int too large to convert to float") }
        d = x
      default: throw mismatch()
      }
      if type == .double { slot.storeBytes(of: d, as: Double.self) } else { slot.storeBytes(of: Float(d), as: Float.self) }
    case .int32, .int64:
      let i: Int
      switch arg {
      case .int(let x): i = x
      case .bool(let b): i = b ? 1 : 0
      case .bigInt: throw error("OverflowError", "Python int too large to convert to C \(type == .int32 ? "int" : "long")")
      default: throw mismatch()
      }
      if type == .int64 {
        slot.storeBytes(of: Int64(i), as: Int64.self)
      } else {
        guard let x = Int32(exactly: i) else { throw error("OverflowError", "Python int too large to convert to C int") }
        slot.storeBytes(of: x, as: Int32.self)
      }
    case .bool:
      switch arg {
      case .bool(let b): slot.storeBytes(of: b ? 1 : 0, as: UInt8.self)
      case .int(let i): slot.storeBytes(of: i != 0 ? 1 : 0, as: UInt8.self)
      default: throw mismatch()
      }
    case .string:
      switch arg {
      case .none: slot.storeBytes(of: nil, as: UnsafePointer<CChar>?.self)
      case .str(let s):
        guard !s.utf8.contains(0) else { throw error("ValueError", "embedded null character") }
        let copy = makeCString(s)
        strings.append(copy)
        slot.storeBytes(of: UnsafePointer(copy), as: UnsafePointer<CChar>?.self)
      default: throw mismatch()
      }
    case .void:
      throw mismatch()
    }
  }

  private func typeError(_ message: String) -> MontyError { error("TypeError", message) }

  private func error(_ type: String, _ message: String) -> MontyError {
    MontyError(type: type, message: message, traceback: "\(type): \(message)\n")
  }
}

extension HostValue {
  /// `type(x).__name__` of the value this stands for.
  var pythonTypeName: String {
    switch self {
    case .none: "NoneType"
    case .bool: "bool"
    case .int, .bigInt: "int"
    case .float: "float"
    case .str: "str"
    case .bytes: "bytes"
    case .list: "list"
    case .tuple: "tuple"
    case .dict: "dict"
    case .set: "set"
    case .frozenset: "frozenset"
    case .object(let type, _, _): type
    case .exception(let type, _): type
    }
  }
}
