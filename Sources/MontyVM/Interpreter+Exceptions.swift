// Exceptions: the builtin hierarchy, creating and matching exception instances, `str`/`repr` of
// exceptions, and CPython-format tracebacks (with chained causes and contexts).
import MontyCompiler
import MontySyntax

extension Interpreter {
  /// A new exception of class `cls` with a single message argument, ready to throw.
  func makeError(_ cls: Handle, _ message: String) -> PyException {
    let inst = PyInstance(cls: cls, dict: heap.allocateDict())
    inst.exceptionArgs = [.object(makeString(message))]
    let h = heap.allocate(inst)
    attachContext(.object(h))
    return PyException(.object(h))
  }

  func makeError(_ cls: Handle, args: [Value]) -> PyException {
    let inst = PyInstance(cls: cls, dict: heap.allocateDict())
    inst.exceptionArgs = args
    let h = heap.allocate(inst)
    attachContext(.object(h))
    return PyException(.object(h))
  }

  /// Sets `__context__` to the exception being handled, as CPython does when raising inside a handler.
  func attachContext(_ exc: Value) {
    guard let current = handled.last, case .object(let h) = exc, let inst = heap.get(h, PyInstance.self),
      !current.isIdentical(exc), inst.context.isNone
    else { return }
    // Avoid cycles in the context chain.
    var c = current
    while case .object(let ch) = c, let ci = heap.get(ch, PyInstance.self) {
      if ch == h { return }
      c = ci.context
    }
    inst.context = current
  }

  /// Turns the operand of `raise` into an exception instance (classes are instantiated).
  func exceptionFromRaiseOperand(_ v: Value) throws(PyException) -> Value {
    if case .object(let h) = v {
      if let t = heap.get(h, PyType.self), t.isException {
        return try call(v, args: [])
      }
      if let inst = heap.get(h, PyInstance.self), let t = heap.get(inst.cls, PyType.self), t.isException {
        return v
      }
    }
    throw makeError(types.typeError, "exceptions must derive from BaseException")
  }

  /// `except T` matching: T is a class or a tuple of classes.
  func exceptionMatches(_ exc: Value, _ spec: Value) throws(PyException) -> Bool {
    guard case .object(let sh) = spec else {
      throw makeError(types.typeError, "catching classes that do not inherit from BaseException is not allowed")
    }
    if let t = heap.get(sh, PyTuple.self) {
      for item in t.items where try exceptionMatches(exc, item) { return true }
      return false
    }
    guard let t = heap.get(sh, PyType.self), t.isException else {
      throw makeError(types.typeError, "catching classes that do not inherit from BaseException is not allowed")
    }
    return isInstance(exc, sh)
  }

  func exceptionStr(_ inst: PyInstance) throws(PyException) -> String {
    if inst.cls == types.keyError, inst.exceptionArgs.count == 1 { return try repr(inst.exceptionArgs[0]) }
    // OSError(errno, strerror[, filename]) reads "[Errno 2] No such file: 'name'".
    let a = inst.exceptionArgs
    if a.count == 2 || a.count == 3, case .int(let errno) = a[0], isSubclass(inst.cls, types.osError) {
      let text = "[Errno \(errno)] \(try strThrowing(a[1]))"
      return a.count == 3 ? text + ": " + (try repr(a[2])) : text
    }
    switch inst.exceptionArgs.count {
    case 0: return ""
    case 1: return try strThrowing(inst.exceptionArgs[0])
    default: return try repr(.object(heap.allocate(PyTuple(inst.exceptionArgs))))
    }
  }

  /// `OSError(errno, ...)` makes the subclass CPython picks for that errno (FileNotFoundError for 2…).
  func osErrorSubclass(_ cls: Handle, args: [Value]) -> Handle {
    guard cls == types.osError, args.count >= 2, case .int(let errno) = args[0] else { return cls }
    switch errno {
    case 2: return types.fileNotFoundError
    case 17: return types.fileExistsError
    case 1, 13: return types.permissionError
    case 20: return types.notADirectoryError
    case 21: return types.isADirectoryError
    case 110: return types.timeoutError
    default: return cls
    }
  }

  func exceptionRepr(_ inst: PyInstance, _ t: PyType) throws(PyException) -> String {
    var parts: [String] = []
    for a in inst.exceptionArgs { parts.append(try repr(a)) }
    return "\(t.name)(" + parts.joined(separator: ", ") + ")"
  }

  /// The last line of a traceback: `Type: message` (or just `Type`).
  func exceptionSummary(_ exc: Value) -> String {
    guard case .object(let h) = exc, let inst = heap.get(h, PyInstance.self), let t = heap.get(inst.cls, PyType.self) else {
      return typeName(exc)
    }
    let message = (try? strThrowing(exc)) ?? "<exception str() failed>"
    // CPython omits the module for classes of __main__ and builtins.
    let name = t.isBuiltin ? t.name : displayName(t)
    return message.isEmpty ? name : "\(name): \(message)"
  }

  /// The full text `python3` prints for an uncaught exception.
  public func formatTraceback(_ exc: Value) -> String {
    var seen: Set<Handle> = []
    return formatChain(exc, &seen)
  }

  private func formatChain(_ exc: Value, _ seen: inout Set<Handle>) -> String {
    guard case .object(let h) = exc, let inst = heap.get(h, PyInstance.self) else { return exceptionSummary(exc) + "\n" }
    seen.insert(h)
    var out = ""
    if case .object(let ch) = inst.cause, !seen.contains(ch) {
      out += formatChain(inst.cause, &seen)
      out += "\nThe above exception was the direct cause of the following exception:\n\n"
    } else if !inst.suppressContext, case .object(let xh) = inst.context, !seen.contains(xh) {
      out += formatChain(inst.context, &seen)
      out += "\nDuring handling of the above exception, another exception occurred:\n\n"
    }
    if !inst.traceback.isEmpty {
      out += "Traceback (most recent call last):\n"
      for (code, pc) in inst.traceback.reversed() {
        let line = pc < code.lines.count ? Int(code.lines[pc]) : code.firstLine
        out += "  File \"\(code.filename)\", line \(line), in \(code.name)\n"
        if let src = sources[code.filename] ?? units.last(where: { $0.file.name == code.filename })?.file {
          let text = src.lineText(line).trimmingLeadingWhitespace()
          if !text.isEmpty { out += "    \(text)\n" }
        }
      }
    }
    out += exceptionSummary(exc) + "\n"
    return out
  }
}

extension String {
  func trimmingLeadingWhitespace() -> String {
    let s = drop(while: { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
    var e = s.endIndex
    while e > s.startIndex, let last = s[..<e].last, last == " " || last == "\t" || last == "\r" {
      e = s.index(before: e)
    }
    return String(s[..<e])
  }
}

extension Interpreter {
  /// Type name, message and innermost line of an uncaught exception, for the host.
  public func describe(_ error: PyException) -> (String, String, Int?) {
    guard case .object(let h) = error.value, let inst = heap.get(h, PyInstance.self), let t = heap.get(inst.cls, PyType.self) else {
      return ("Exception", "", nil)
    }
    let message = (try? exceptionStr(inst)) ?? ""
    var line: Int?
    if let (code, pc) = inst.traceback.first, pc < code.lines.count { line = Int(code.lines[pc]) }
    return (t.name, message, line)
  }
}
