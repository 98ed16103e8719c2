// The Python surface of the virtual file system (FileSystem.swift): `open()` and file objects, the
// errors of file operations (CPython's OSError subclasses and messages), the text codecs, and the
// plumbing shared with Builtins/OS.swift (`os`, `os.path`, `glob`) and Builtins/Pathlib.swift (`pathlib`).
// File objects, paths and `os.walk` iterators are instances of native classes: their methods are
// builtins in the class dict, their Swift state hangs off `PyInstance.builtinValue` as a `PyNative`.
import MontySyntax

// MARK: - Native objects

/// Swift-side state of an object whose behaviour is native (an open file, an os.walk iterator).
protocol NativeState: AnyObject {
  /// The heap values the state holds (for the collector).
  func trace(_ visit: (Value) -> Void)
}

/// Holds a `NativeState` on the heap; only ever referenced from a native instance's `builtinValue`.
final class PyNative: PyObject {
  let state: NativeState
  init(_ state: NativeState) {
    self.state = state
    super.init(kind: .native)
  }
  override func trace(_ visit: (Value) -> Void) { state.trace(visit) }
}

extension PyNative: KindTagged { static var tag: ObjectKind { .native } }

extension Interpreter {
  /// A class of module `module` whose methods and properties are builtins, made once per interpreter
  /// and kept alive with the builtin types.
  func nativeType(_ name: String, module: String, bases: [Handle] = [], exception: Bool = false,
                  methods: [(String, BuiltinID)] = [], properties: [(String, BuiltinID)] = []) -> Handle {
    // Keyed by `module.name` in the table of lazily made builtin types (shared with iterator types).
    let key = module + "." + name
    if let h = iteratorTypes[key] { return h }
    let d = heap.allocate(PyDict())
    let bases = bases.isEmpty ? [types.object] : bases
    let t = PyType(name: name, bases: bases, dict: d, builtinBase: exception ? .baseException : .object,
                   isBuiltin: false)
    t.isException = exception
    let h = heap.allocate(t)
    t.mro = (try? linearize(h, bases)) ?? [h, types.object]
    for (n, id) in methods { dictSetString(d, n, .object(heap.allocate(PyBuiltin(id, name: n)))) }
    for (n, id) in properties {
      let getter = Value.object(heap.allocate(PyBuiltin(id, name: n)))
      dictSetString(d, n, .object(heap.allocate(PyWrapper(kind: .property, getter))))
    }
    dictSetString(d, "__module__", .object(intern(module)))
    t.hasProperties = !properties.isEmpty
    t.hasSetattrHooks = true
    types.all.append(h)
    iteratorTypes[key] = h
    return h
  }

  /// `module.qualname` of a class, from its `__module__` (user classes: `__main__`), as class reprs show it;
  /// classes of `builtins` show their bare name.
  func moduleQualifiedName(_ t: PyType) -> String {
    let module = dictGetString(t.dict, "__module__").flatMap(stringValue) ?? "__main__"
    return module == "builtins" ? t.qualifiedName : module + "." + t.qualifiedName
  }

  /// The class name tracebacks show: CPython omits the module for classes of `__main__` and `builtins`
  /// (`io.UnsupportedOperation`, but `MyError`).
  func displayName(_ t: PyType) -> String {
    let q = moduleQualifiedName(t)
    return q.hasPrefix("__main__.") ? t.qualifiedName : q
  }

  func makeNativeInstance(_ cls: Handle, _ state: NativeState) -> Value {
    let inst = PyInstance(cls: cls, dict: heap.allocate(PyDict()))
    inst.builtinValue = .object(heap.allocate(PyNative(state)))
    return .object(heap.allocate(inst))
  }

  func nativeState<T: NativeState>(_ v: Value, _ t: T.Type) -> T? {
    guard case .object(let h) = v, let inst = heap.get(h, PyInstance.self), case .object(let nh) = inst.builtinValue,
      let n = heap.get(nh, PyNative.self)
    else { return nil }
    // An exact class check (states are final classes) instead of a dynamic cast.
    let state: AnyObject = n.state
    guard ObjectIdentifier(type(of: state)) == ObjectIdentifier(T.self) else { return nil }
    return unsafeDowncast(state, to: T.self)
  }

  // MARK: - Arguments

  /// Binds positional and keyword arguments of a builtin to `names` (nil where not given), with the
  /// messages of CPython's argument clinic.
  func parseArguments(_ fname: String, _ args: [Value], _ kwargs: [(String, Value)], _ names: [String],
                      required: Int = 0) throws(PyException) -> [Value?] {
    if args.count > names.count {
      let plural = names.count == 1 ? "" : "s"
      throw makeError(types.typeError,
                      "\(fname)() takes at most \(names.count) argument\(plural) (\(args.count) given)")
    }
    var out: [Value?] = args.map { $0 }
    out += Array(repeating: nil, count: names.count - args.count)
    for (k, v) in kwargs {
      guard let i = names.firstIndex(of: k) else {
        throw makeError(types.typeError, "'\(k)' is an invalid keyword argument for \(fname)()")
      }
      if out[i] != nil {
        throw makeError(types.typeError, "argument for \(fname)() given by name ('\(k)') and position (\(i + 1))")
      }
      out[i] = v
    }
    for i in 0..<required where out[i] == nil {
      throw makeError(types.typeError, "\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
    }
    return out
  }

  /// An optional str argument (None is nil).
  func optionalString(_ v: Value?, _ fname: String, _ name: String) throws(PyException) -> String? {
    guard let v, !v.isNone else { return nil }
    if let s = stringValue(v) { return s }
    throw makeError(types.typeError, "\(fname)() argument '\(name)' must be str or None, not \(typeName(v))")
  }

  // MARK: - Errors

  /// The OSError CPython raises for `e` on `filename`: the subclass chosen by errno, the message
  /// `[Errno N] text: 'filename'`, and the errno, strerror and filename attributes.
  func osError(_ e: FileSystemError, _ filename: String?, _ filename2: String? = nil) -> PyException {
    let cls: Handle
    switch e.code {
    case .notFound: cls = types.fileNotFoundError
    case .exists: cls = types.fileExistsError
    case .isADirectory: cls = types.isADirectoryError
    case .notADirectory: cls = types.notADirectoryError
    case .accessDenied, .notPermitted: cls = types.permissionError
    default: cls = types.osError
    }
    var message = "[Errno \(e.code.rawValue)] \(e.text)"
    if let f = filename { message += ": " + PyRepr.string(f) }
    if let f2 = filename2 { message += " -> " + PyRepr.string(f2) }
    let error = makeError(cls, message)
    if case .object(let h) = error.value, let inst = heap.get(h, PyInstance.self) {
      dictSetString(inst.dict, "errno", .int(Int64(e.code.rawValue)))
      dictSetString(inst.dict, "strerror", newString(e.text))
      dictSetString(inst.dict, "filename", filename.map(newString) ?? .none)
      dictSetString(inst.dict, "filename2", filename2.map(newString) ?? .none)
    }
    return error
  }

  /// `io.UnsupportedOperation`, a subclass of both OSError and ValueError as in CPython.
  var unsupportedOperationType: Handle {
    nativeType("UnsupportedOperation", module: "io",
               bases: [types.osError, types.valueError], exception: true)
  }

  func unsupported(_ message: String) -> PyException { makeError(unsupportedOperationType, message) }

  /// The path string of a str, bytes (decoded as UTF-8) or path-like argument (`os.fspath`), checked
  /// for NUL bytes. `what` words the TypeError as each CPython function does.
  func fspath(_ v: Value, _ what: String = "expected str, bytes or os.PathLike object, not",
              quoted: Bool = false) throws(PyException) -> String {
    var s: String?
    if let str = stringValue(v) {
      s = str
    } else if case .object(let h) = v, let b = heap.get(h, PyBytes.self) {
      s = String(decoding: b.value, as: UTF8.self)
    } else if let p = pathString(v) {
      s = p
    } else if isUserObject(v), let m = try lookupSpecial(v, "__fspath__") {
      let r = try call(m, args: [])
      guard let rs = stringValue(r) else {
        throw makeError(types.typeError,
                        "expected \(typeName(v)).__fspath__() to return str or bytes, not \(typeName(r))")
      }
      s = rs
    }
    guard let path = s else {
      throw makeError(types.typeError, quoted ? "\(what) '\(typeName(v))'" : "\(what) \(typeName(v))")
    }
    if path.utf8.contains(0) { throw makeError(types.valueError, "embedded null byte") }
    return path
  }

  // MARK: - open()

  /// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`
  func openFile(_ args: [Value], _ kwargs: [(String, Value)]) throws(PyException) -> Value {
    let a = try parseArguments("open", args, kwargs, ["file", "mode", "buffering", "encoding", "errors", "newline",
                                                       "closefd", "opener"], required: 1)
    guard let fileArg = a[0] else { return .none }
    if case .int = fileArg { throw osError(FileSystemError(.badDescriptor), nil) }
    let name = try fspath(fileArg)
    var mode = "r"
    if let m = a[1] {
      mode = try strArg(m, "open() argument 'mode' must be str, not \(typeName(m))")
    }
    var buffering = -1
    if let b = a[2] { buffering = try intArg(b) }
    let encoding = try optionalString(a[3], "open", "encoding")
    let errors = try optionalString(a[4], "open", "errors")
    let newline = try optionalString(a[5], "open", "newline")
    if let o = a[7], !o.isNone {
      throw makeError(types.notImplementedError, "open() with an opener is not supported by Monty")
    }
    return try openFile(name: name, mode: mode, buffering: buffering, encoding: encoding, errors: errors,
                        newline: newline)
  }

  func openFile(name: String, mode: String, buffering: Int = -1, encoding: String? = nil, errors: String? = nil,
                newline: String? = nil) throws(PyException) -> Value {
    // The mode string, checked as _io.open does.
    var seen: Set<Character> = []
    for c in mode {
      guard "rwxabt+".contains(c), !seen.contains(c) else {
        throw makeError(types.valueError, "invalid mode: '\(mode)'")
      }
      seen.insert(c)
    }
    let kinds = ["r", "w", "x", "a"].filter { seen.contains(Character($0)) }.count
    if kinds != 1 { throw makeError(types.valueError, "must have exactly one of create/read/write/append mode") }
    let binary = seen.contains("b")
    if binary && seen.contains("t") { throw makeError(types.valueError, "can't have text and binary mode at once") }
    if binary && encoding != nil { throw makeError(types.valueError, "binary mode doesn't take an encoding argument") }
    if binary && errors != nil { throw makeError(types.valueError, "binary mode doesn't take an errors argument") }
    if binary && newline != nil { throw makeError(types.valueError, "binary mode doesn't take a newline argument") }
    if !binary && buffering == 0 { throw makeError(types.valueError, "can't have unbuffered text I/O") }
    if let nl = newline, !["", "\n", "\r", "\r\n"].contains(nl) {
      throw makeError(types.valueError, "illegal newline value: \(nl)")
    }
    let codec = binary ? TextCodec.utf8 : try textCodec(encoding)
    let errorMode = errors ?? "strict"
    if !binary && !["strict", "replace", "ignore"].contains(errorMode) {
      throw makeError(types.notImplementedError, "errors='\(errorMode)' is not supported by Monty")
    }
    let plus = seen.contains("+")
    var request = OpenRequest(read: true, write: plus)
    if !seen.contains("r") {
      request = OpenRequest(read: plus, write: true, create: true, truncate: seen.contains("w"),
                            exclusive: seen.contains("x"), append: seen.contains("a"))
    }
    let file: VirtualFile
    do {
      file = try fileSystem.open(name, request)
    } catch {
      throw osError(error, name)
    }
    let state = OpenFile(file: file, name: name, binary: binary, codec: codec, errors: errorMode, newline: newline,
                         readable: request.read, writable: request.write)
    // CPython reports text modes as given and binary modes normalized ('r+b' is 'rb+').
    if binary {
      // (As FileIO: 'w+b' reports 'rb+', the truncation is not part of the mode.)
      let base = seen.contains("r") || (plus && seen.contains("w")) ? "r" : seen.contains("w") ? "w"
        : seen.contains("x") ? "x" : "a"
      state.mode = base + "b" + (plus ? "+" : "")
    } else {
      state.mode = mode
    }
    state.encodingName = encoding ?? "UTF-8"
    if request.append { state.position = (try? file.size()) ?? 0 }
    let type = !binary ? "TextIOWrapper" : plus ? "BufferedRandom" : request.read ? "BufferedReader" : "BufferedWriter"
    return makeNativeInstance(fileType(type), state)
  }

  /// `_io.TextIOWrapper`, `_io.BufferedReader`, `_io.BufferedWriter`, `_io.BufferedRandom`.
  func fileType(_ name: String) -> Handle {
    var properties: [(String, BuiltinID)] = [("name", .fileName), ("mode", .fileMode), ("closed", .fileClosed)]
    if name == "TextIOWrapper" { properties += [("encoding", .fileEncoding), ("errors", .fileErrors)] }
    return nativeType(name, module: "_io", methods: [
      ("read", .fileRead), ("readline", .fileReadline), ("readlines", .fileReadlines), ("write", .fileWrite),
      ("writelines", .fileWritelines), ("close", .fileClose), ("flush", .fileFlush), ("__enter__", .fileEnter),
      ("__exit__", .fileExit), ("__iter__", .fileIter), ("__next__", .fileNext), ("seek", .fileSeek),
      ("tell", .fileTell), ("truncate", .fileTruncate), ("readable", .fileReadable), ("writable", .fileWritable),
      ("seekable", .fileSeekable), ("isatty", .fileIsatty), ("__repr__", .fileRepr),
    ], properties: properties)
  }

  // MARK: - File methods

  func fileMethod(_ id: BuiltinID, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyException) -> Value {
    guard let receiver = args.first, let f = nativeState(receiver, OpenFile.self) else {
      let t = args.first.map { typeName($0) } ?? "nothing"
      throw makeError(types.typeError, "descriptor '\(fileMethodName(id))' for file objects doesn't apply to a '\(t)' object")
    }
    let rest = Array(args.dropFirst())
    let fname = fileMethodName(id)
    switch id {
    case .fileName: return newString(f.name)
    case .fileMode: return newString(f.mode)
    case .fileClosed: return .bool(f.closed)
    case .fileEncoding: return newString(f.encodingName)
    case .fileErrors: return newString(f.errors)
    case .fileRepr:
      let text = f.binary ? "" : " mode=\(PyRepr.string(f.mode)) encoding=\(PyRepr.string(f.encodingName))"
      return newString("<_io.\(typeName(receiver)) name=\(PyRepr.string(f.name))\(text)>")
    case .fileClose:
      try noKeywords(fname, kwargs)
      f.close()
      return .none
    case .fileExit:
      f.close()
      return .none
    case .fileReadable, .fileWritable, .fileSeekable, .fileIsatty:
      try expectArgs(fname, rest, 0, 0)
      if f.closed && id != .fileReadable && id != .fileWritable { throw closedFile() }
      switch id {
      case .fileReadable: return .bool(f.readable)
      case .fileWritable: return .bool(f.writable)
      case .fileSeekable: return .bool(true)
      default: return .bool(false)
      }
    default: break
    }
    if f.closed {
      throw f.binary && id == .fileRead ? makeError(types.valueError, "read of closed file") : closedFile()
    }
    switch id {
    case .fileEnter, .fileIter:
      return receiver
    case .fileFlush:
      return .none
    case .fileTell:
      try expectArgs(fname, rest, 0, 0)
      return .int(Int64(f.position))
    case .fileRead:
      let a = try parseArguments(fname, rest, kwargs, ["size"])
      try requireReadable(f, fname)
      var size = -1
      if let s = a[0], !s.isNone {
        guard case .int(let n) = s else {
          throw makeError(types.typeError, "argument should be integer or None, not '\(typeName(s))'")
        }
        size = Int(n)
      }
      return try readValue(f, limit: size < 0 ? nil : size, line: false)
    case .fileReadline:
      let a = try parseArguments(fname, rest, kwargs, ["size"])
      try requireReadable(f, fname)
      var size = -1
      if let s = a[0], !s.isNone { size = try intArg(s) }
      return try readValue(f, limit: size < 0 ? nil : size, line: true)
    case .fileReadlines:
      let a = try parseArguments(fname, rest, kwargs, ["hint"])
      try requireReadable(f, fname)
      var hint = -1
      if let h = a[0], !h.isNone { hint = try intArg(h) }
      var lines: [Value] = []
      var total = 0
      while true {
        let line = try readValue(f, limit: nil, line: true)
        let n = try length(line)
        if n == 0 { break }
        lines.append(line)
        total += n
        if hint > 0 && total >= hint { break }
      }
      return newList(lines)
    case .fileNext:
      try requireReadable(f, fname)
      let line = try readValue(f, limit: nil, line: true)
      if try length(line) == 0 { throw makeError(types.stopIteration, args: []) }
      return line
    case .fileWrite:
      try expectArgs(fname, rest, 1, 1)
      try requireWritable(f, fname)
      return .int(Int64(try writeValue(f, rest[0])))
    case .fileWritelines:
      try expectArgs(fname, rest, 1, 1)
      try requireWritable(f, fname)
      for line in try collect(rest[0]) { _ = try writeValue(f, line) }
      return .none
    case .fileSeek:
      try expectArgs(fname, rest, 1, 2)
      let offset = try intArg(rest[0])
      let whence = rest.count > 1 ? try intArg(rest[1]) : 0
      let size = try io { () throws(FileSystemError) in try f.file.size() }
      var target: Int
      switch whence {
      case 0:
        if offset < 0 && !f.binary { throw makeError(types.valueError, "negative seek position \(offset)") }
        target = offset
      case 1, 2:
        if !f.binary && offset != 0 {
          throw unsupported("can't do nonzero \(whence == 1 ? "cur" : "end")-relative seeks")
        }
        let (sum, overflow) = (whence == 1 ? f.position : size).addingReportingOverflow(offset)
        if overflow { throw makeError(types.overflowError, "Python int too large to convert to C long") }
        target = sum
      default:
        throw makeError(types.valueError, "invalid whence (\(whence), should be 0, 1 or 2)")
      }
      if target < 0 { throw osError(FileSystemError(.invalid), nil) }
      f.position = target
      return .int(Int64(target))
    case .fileTruncate:
      try expectArgs(fname, rest, 0, 1)
      if !f.writable { throw f.binary ? unsupported("truncate") : unsupported("truncate") }
      var size = f.position
      if let s = rest.first, !s.isNone { size = try intArg(s) }
      if size < 0 { throw makeError(types.valueError, "negative size value \(size)") }
      f.invalidate()
      try io { () throws(FileSystemError) in try f.file.truncate(to: size) }
      return .int(Int64(size))
    default:
      throw makeError(types.systemError, "file method \(id) is not implemented")
    }
  }

  /// Runs a file-system operation, turning its error into the OSError for `filename`.
  func io<T>(_ filename: String? = nil, _ body: () throws(FileSystemError) -> T) throws(PyException) -> T {
    do {
      return try body()
    } catch {
      throw osError(error, filename)
    }
  }

  /// The Python name of a file method (for argument errors).
  func fileMethodName(_ id: BuiltinID) -> String {
    switch id {
    case .fileRead: return "read"
    case .fileReadline: return "readline"
    case .fileReadlines: return "readlines"
    case .fileWrite: return "write"
    case .fileWritelines: return "writelines"
    case .fileClose: return "close"
    case .fileSeek: return "seek"
    case .fileTell: return "tell"
    case .fileTruncate: return "truncate"
    case .fileReadable: return "readable"
    case .fileWritable: return "writable"
    case .fileSeekable: return "seekable"
    case .fileIsatty: return "isatty"
    case .fileNext: return "__next__"
    case .fileEnter: return "__enter__"
    case .fileExit: return "__exit__"
    case .fileIter: return "__iter__"
    default: return "flush"
    }
  }

  func closedFile() -> PyException { makeError(types.valueError, "I/O operation on closed file.") }

  func requireReadable(_ f: OpenFile, _ fname: String) throws(PyException) {
    if !f.readable { throw unsupported(f.binary ? "read" : "not readable") }
  }

  func requireWritable(_ f: OpenFile, _ fname: String) throws(PyException) {
    if !f.writable { throw unsupported(f.binary ? "write" : "not writable") }
  }

  /// Reads the rest of the file, `limit` characters (bytes in binary mode), or one line.
  func readValue(_ f: OpenFile, limit: Int?, line: Bool) throws(PyException) -> Value {
    let end: Int
    do {
      end = try f.scan(limit: limit, line: line)
    } catch {
      throw osError(error, nil)
    }
    let count = end - f.position
    try checkSize(count)
    try chargeFuel(1 + count / 256)
    var bytes: [UInt8]
    do {
      bytes = try f.bytes(from: f.position, to: end)
    } catch {
      throw osError(error, nil)
    }
    if f.binary {
      f.position = end
      return .object(heap.allocate(PyBytes(bytes)))
    }
    if f.newline == nil { bytes = TextCodec.translateNewlines(bytes) }
    let text = try decode(bytes, f.codec, errors: f.errors)
    f.position = end
    return newString(text)
  }

  /// Writes a str (text files) or bytes (binary files); returns what `write()` returns.
  func writeValue(_ f: OpenFile, _ v: Value) throws(PyException) -> Int {
    var bytes: [UInt8]
    let result: Int
    if f.binary {
      guard case .object(let h) = v, let b = heap.get(h, PyBytes.self) else {
        throw makeError(types.typeError, "a bytes-like object is required, not '\(typeName(v))'")
      }
      bytes = b.value
      result = bytes.count
    } else {
      guard case .object(let h) = v, let s = heap.get(h, PyStr.self) else {
        throw makeError(types.typeError, "write() argument must be str, not \(typeName(v))")
      }
      bytes = try encode(s.value, f.codec, errors: f.errors)
      if let nl = f.newline, nl == "\r" || nl == "\r\n", bytes.contains(10) {
        // Every encoding here writes '\n' as the byte 10.
        bytes = Array(bytes.split(separator: 10, omittingEmptySubsequences: false).joined(separator: Array(nl.utf8)))
      }
      result = s.count
    }
    try chargeFuel(1 + bytes.count / 256)
    do {
      f.invalidate()
      f.position = try f.file.write(bytes, at: f.position)
    } catch {
      throw osError(error, f.name)
    }
    return result
  }

  // MARK: - Text codecs

  func textCodec(_ encoding: String?) throws(PyException) -> TextCodec {
    guard let e = encoding else { return .utf8 }
    let key = String(e.lowercased().map { $0 == "_" ? "-" : $0 })
    switch key {
    case "utf-8", "utf8", "u8", "utf": return .utf8
    case "ascii", "us-ascii", "646": return .ascii
    case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "8859", "cp819", "latin": return .latin1
    case "utf-16", "utf-32", "utf-16-le", "utf-16-be", "cp1252", "shift-jis", "gbk", "big5", "euc-jp":
      throw makeError(types.notImplementedError, "encoding '\(e)' is not supported by Monty")
    default:
      throw makeError(types.lookupError, "unknown encoding: \(e)")
    }
  }

  func decode(_ bytes: [UInt8], _ codec: TextCodec, errors: String) throws(PyException) -> String {
    switch codec {
    case .utf8:
      guard let (start, end, reason) = TextCodec.utf8Error(bytes, from: 0) else {
        return String(decoding: bytes, as: UTF8.self)
      }
      switch errors {
      case "replace": return String(decoding: bytes, as: UTF8.self)
      case "ignore": return TextCodec.utf8DroppingInvalid(bytes)
      default:
        let at = end - start == 1 ? "byte 0x\(TextCodec.hex(bytes[start])) in position \(start)"
          : "bytes in position \(start)-\(end - 1)"
        throw makeError(types.unicodeDecodeError, "'utf-8' codec can't decode \(at): \(reason)")
      }
    case .ascii:
      if let i = bytes.firstIndex(where: { $0 >= 0x80 }) {
        switch errors {
        case "replace":
          return String(String.UnicodeScalarView(bytes.map { $0 < 0x80 ? Unicode.Scalar($0) : "\u{FFFD}" }))
        case "ignore": return String(decoding: bytes.filter { $0 < 0x80 }, as: UTF8.self)
        default:
          throw makeError(types.unicodeDecodeError, "'ascii' codec can't decode byte 0x\(TextCodec.hex(bytes[i])) "
                            + "in position \(i): ordinal not in range(128)")
        }
      }
      return String(decoding: bytes, as: UTF8.self)
    case .latin1:
      return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
  }

  func encode(_ text: String, _ codec: TextCodec, errors: String) throws(PyException) -> [UInt8] {
    let limit: UInt32
    switch codec {
    case .utf8: return Array(text.utf8)
    case .ascii: limit = 0x80
    case .latin1: limit = 0x100
    }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count)
    for (i, u) in text.unicodeScalars.enumerated() {
      if u.value < limit {
        out.append(UInt8(u.value))
        continue
      }
      switch errors {
      case "replace": out.append(0x3F)
      case "ignore": break
      default:
        let name = codec == .ascii ? "ascii" : "latin-1"
        let shown = "'" + asciiRepr(String(u)) + "'"
        throw makeError(types.unicodeEncodeError, "'\(name)' codec can't encode character \(shown) in position \(i): "
                          + "ordinal not in range(\(limit))")
      }
    }
    return out
  }
}

/// The encodings files may use.
enum TextCodec: Equatable {
  case utf8, ascii, latin1

  static func hex(_ b: UInt8) -> String { (b < 16 ? "0" : "") + String(b, radix: 16) }

  /// The first invalid UTF-8 sequence at or after `from`, as CPython reports it: start, end, reason.
  static func utf8Error(_ b: [UInt8], from: Int) -> (Int, Int, String)? {
    var i = from
    let n = b.count
    while i < n {
      let c = b[i]
      if c < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch c {
      case 0xC2...0xDF: length = 2
      case 0xE0: length = 3; low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED: length = 3; high = 0x9F
      case 0xF0: length = 4; low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4: length = 4; high = 0x8F
      default: return (i, i + 1, "invalid start byte")
      }
      for k in 1..<length {
        if i + k >= n { return (i, n, "unexpected end of data") }
        let x = b[i + k]
        let (lo, hi) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
        if x < lo || x > hi { return (i, i + k, "invalid continuation byte") }
      }
      i += length
    }
    return nil
  }

  /// UTF-8 with the invalid sequences left out (`errors='ignore'`).
  static func utf8DroppingInvalid(_ b: [UInt8]) -> String {
    var out: [UInt8] = []
    var i = 0
    while let (start, end, _) = utf8Error(b, from: i) {
      out += b[i..<start]
      i = end
    }
    out += b[i...]
    return String(decoding: out, as: UTF8.self)
  }

  /// Universal newlines on reading: `\r\n` and `\r` become `\n`.
  static func translateNewlines(_ b: [UInt8]) -> [UInt8] {
    guard b.contains(13) else { return b }
    var out: [UInt8] = []
    out.reserveCapacity(b.count)
    var i = 0
    while i < b.count {
      if b[i] == 13 {
        out.append(10)
        if i + 1 < b.count && b[i + 1] == 10 { i += 1 }
      } else {
        out.append(b[i])
      }
      i += 1
    }
    return out
  }
}

/// An open file object's state: the virtual file, the position, the read-ahead buffer, the text settings.
/// Writes go straight to the file (nothing is lost if the program never closes it).
final class OpenFile: NativeState {
  let file: VirtualFile
  /// The name as the program gave it (`f.name`).
  let name: String
  let binary: Bool
  let codec: TextCodec
  let errors: String
  /// nil: universal newlines.
  let newline: String?
  let readable: Bool
  let writable: Bool
  var mode = "r"
  var encodingName = "UTF-8"
  var position = 0
  var closed = false
  /// Bytes of the file from `bufferStart`, read ahead for line scanning.
  private var buffer: [UInt8] = []
  private var bufferStart = 0
  /// Read-ahead size (CPython's DEFAULT_BUFFER_SIZE).
  static let chunk = 8192

  init(file: VirtualFile, name: String, binary: Bool, codec: TextCodec, errors: String, newline: String?,
       readable: Bool, writable: Bool) {
    self.file = file
    self.name = name
    self.binary = binary
    self.codec = codec
    self.errors = errors
    self.newline = newline
    self.readable = readable
    self.writable = writable
  }

  func trace(_ visit: (Value) -> Void) {}

  func close() {
    if closed { return }
    closed = true
    buffer = []
    file.close()
  }

  func invalidate() { buffer = [] }

  /// The byte at offset `i`, or nil at the end of the file.
  private func byte(_ i: Int) throws(FileSystemError) -> UInt8? {
    if i >= bufferStart && i < bufferStart + buffer.count { return buffer[i - bufferStart] }
    buffer = try file.read(at: i, count: OpenFile.chunk)
    bufferStart = i
    return buffer.first
  }

  func bytes(from: Int, to: Int) throws(FileSystemError) -> [UInt8] {
    if to <= from { return [] }
    if from >= bufferStart && to <= bufferStart + buffer.count {
      return Array(buffer[(from - bufferStart)..<(to - bufferStart)])
    }
    return try file.read(at: from, count: to - from)
  }

  /// Where a read from `position` ends: after `limit` characters (bytes in binary mode; `\r\n` is one
  /// character with universal newlines), after the line ending (`line`), or at the end of the file.
  func scan(limit: Int?, line: Bool) throws(FileSystemError) -> Int {
    if !line && limit == nil { return max(position, try file.size()) }
    var i = position
    var chars = 0
    scanning: while let b = try byte(i) {
      let startsCharacter = binary || b & 0xC0 != 0x80
      if let limit, chars >= limit, startsCharacter { break }
      i += 1
      if startsCharacter { chars += 1 }
      if binary {
        if line && b == 10 { break }
        continue
      }
      switch newline {
      case nil:
        // Universal newlines, translated: `\r\n` is one character.
        if b == 13 {
          if try byte(i) == 10 { i += 1 }
          if line { break scanning }
        } else if b == 10 && line {
          break scanning
        }
      case "":
        // Universal line endings, untranslated.
        if line && b == 10 { break scanning }
        if line && b == 13 {
          if try byte(i) == 10 { i += 1 }
          break scanning
        }
      case "\n":
        if line && b == 10 { break scanning }
      case "\r":
        if line && b == 13 { break scanning }
      default:
        if line && b == 13, try byte(i) == 10 {
          i += 1
          break scanning
        }
      }
    }
    return i
  }
}

// MARK: - Dispatch and modules

extension Interpreter {
  /// The single dispatch point of the file, os, glob and pathlib builtins (BuiltinID order: file methods,
  /// then os/glob/os.path functions, then pathlib).
  func fileSystemBuiltin(_ id: BuiltinID, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyException) -> Value {
    if id.rawValue < BuiltinID.osListdir.rawValue { return try fileMethod(id, args, kwargs) }
    if id.rawValue < BuiltinID.pathInit.rawValue { return try osFunction(id, args, kwargs) }
    return try pathMethod(id, args, kwargs)
  }

  /// `os`, `os.path`, `glob`, `pathlib` and `io` (nil for any other name).
  func makeFileSystemModule(_ name: String) -> Handle? {
    switch name {
    case "os": return makeOSModule()
    case "os.path":
      if let m = modules["os.path"] { return m }
      let m = makeOSPathModule()
      modules["os.path"] = m
      return m
    case "glob": return makeGlobModule()
    case "pathlib": return makePathlibModule()
    case "io":
      let d = heap.allocate(PyDict())
      dictSetString(d, "UnsupportedOperation", .object(unsupportedOperationType))
      for n in ["TextIOWrapper", "BufferedReader", "BufferedWriter", "BufferedRandom"] {
        dictSetString(d, n, .object(fileType(n)))
      }
      dictSetString(d, "open", dictGetString(builtins, "open") ?? .none)
      dictSetString(d, "DEFAULT_BUFFER_SIZE", .int(8192))
      return heap.allocate(PyModule(name: "io", dict: d))
    default:
      return nil
    }
  }

  /// `import a.b` (the top package `a`, or with `leaf` the module `a.b`): each prefix imported in turn.
  func importSubmodule(_ name: String, leaf: Bool) throws(PyException) -> Value {
    let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    var top: Value = .none
    var last: Value = .none
    for i in 1...parts.count {
      let prefix = parts[0..<i].joined(separator: ".")
      if let m = modules[prefix] {
        last = .object(m)
      } else if i > 1, let m = makeFileSystemModule(prefix) {
        modules[prefix] = m
        last = .object(m)
      } else if i == 1 {
        last = try importModule(prefix)
      } else {
        let parent = parts[0..<(i - 1)].joined(separator: ".")
        throw makeError(types.moduleNotFoundError, "No module named '\(prefix)'; '\(parent)' is not a package")
      }
      if i == 1 { top = last }
    }
    return leaf ? last : top
  }

  /// `print(..., file=f)`: the text goes to `f.write`.
  func printToFile(_ file: Value, _ text: String) throws(PyException) -> Value {
    _ = try call(try getAttr(file, "write"), args: [newString(text)])
    return .none
  }
}
