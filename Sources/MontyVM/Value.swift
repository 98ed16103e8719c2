// The register value: plain data, no class references, so copying one costs no reference counting
// (DESIGN.md decision 1). Objects live in the VM's heap and are named by a 32-bit handle.

public typealias Handle = UInt32

public enum Value: Sendable {
  case none
  case bool(Bool)
  case int(Int64)
  case float(Double)
  case object(Handle)
  /// A local that has not been assigned (or was deleted); never visible to Python code.
  case unbound

  @inline(__always) var handle: Handle? {
    if case .object(let h) = self { return h }
    return nil
  }

  @inline(__always) var isNone: Bool {
    if case .none = self { return true }
    return false
  }

  /// Identity (`is`): same immediate value or same object.
  func isIdentical(_ other: Value) -> Bool {
    switch (self, other) {
    case (.none, .none), (.unbound, .unbound): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
    case (.object(let a), .object(let b)): return a == b
    default: return false
    }
  }
}

/// A Python exception travelling through Swift code: the handle of the exception instance.
public struct PyException: Error, Sendable {
  public let value: Value
  init(_ value: Value) { self.value = value }
}
