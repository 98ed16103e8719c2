// The `pathlib` module: `Path` (a `PosixPath`) over the virtual file system. A path object is an
// instance of the native class PosixPath whose `builtinValue` is its normalized path string; `Path`,
// `PurePath` and `PurePosixPath` name the same class (divergence: CPython has a class for each).
import MontySyntax

/// PurePosixPath's parsing: a root ("", "/" or "//") and the parts without empty and "." components.
struct PurePathParts {
  var root: String
  var parts: [String]

  init(_ s: String) {
    root = s.hasPrefix("/") ? (s.hasPrefix("//") && !s.hasPrefix("///") ? "//" : "/") : ""
    parts = s.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }.map(String.init)
  }

  var string: String {
    let s = root + parts.joined(separator: "/")
    return s.isEmpty ? "." : s
  }

  /// `path.parts`: the root (if any) then the names.
  var allParts: [String] { root.isEmpty ? parts : [root] + parts }

  var name: String { parts.last ?? "" }

  var suffix: String {
    let n = Array(name)
    guard let i = n.lastIndex(of: "."), i > 0, i < n.count - 1 else { return "" }
    return String(n[i...])
  }

  var suffixes: [String] {
    if name.hasSuffix(".") { return [] }
    let trimmed = name.drop { $0 == "." }
    return trimmed.split(separator: ".", omittingEmptySubsequences: false).dropFirst().map { "." + $0 }
  }

  var stem: String {
    let n = Array(name)
    guard let i = n.lastIndex(of: "."), i > 0, i < n.count - 1 else { return name }
    return String(n[..<i])
  }
}

extension Interpreter {
  var pathType: Handle {
    nativeType("PosixPath", module: "pathlib", methods: [
      ("__init__", .pathInit), ("__repr__", .pathRepr), ("__str__", .pathStr), ("__fspath__", .pathStr),
      ("__eq__", .pathEq), ("__hash__", .pathHash), ("__lt__", .pathLt), ("__le__", .pathLe), ("__gt__", .pathGt),
      ("__ge__", .pathGe), ("__truediv__", .pathTruediv), ("__rtruediv__", .pathRtruediv),
      ("as_posix", .pathStr), ("exists", .pathExists), ("is_file", .pathIsFile), ("is_dir", .pathIsDir),
      ("is_symlink", .pathIsSymlink), ("read_text", .pathReadText), ("read_bytes", .pathReadBytes),
      ("write_text", .pathWriteText), ("write_bytes", .pathWriteBytes), ("iterdir", .pathIterdir),
      ("glob", .pathGlob), ("rglob", .pathRglob), ("mkdir", .pathMkdir), ("unlink", .pathUnlink),
      ("rmdir", .pathRmdir), ("rename", .pathRename), ("replace", .pathReplace), ("touch", .pathTouch),
      ("open", .pathOpen), ("joinpath", .pathJoinpath), ("with_name", .pathWithName),
      ("with_suffix", .pathWithSuffix), ("with_stem", .pathWithStem), ("relative_to", .pathRelativeTo),
      ("is_relative_to", .pathIsRelativeTo), ("is_absolute", .pathIsAbsolute), ("resolve", .pathResolve),
      ("absolute", .pathAbsolute), ("match", .pathMatch),
    ], properties: [
      ("name", .pathName), ("stem", .pathStem), ("suffix", .pathSuffix), ("suffixes", .pathSuffixes),
      ("parent", .pathParent), ("parents", .pathParents), ("parts", .pathParts), ("anchor", .pathRoot),
      ("root", .pathRoot), ("drive", .pathDrive),
    ])
  }

  func makePathlibModule() -> Handle {
    let d = heap.allocate(PyDict())
    let t = pathType
    for n in ["Path", "PosixPath", "PurePath", "PurePosixPath"] { dictSetString(d, n, .object(t)) }
    if let ty = heap.get(t, PyType.self) {
      // Class-level helpers: Path.cwd(), Path.home().
      for (n, id) in [("cwd", BuiltinID.pathCwd), ("home", .pathHome)] {
        let f = Value.object(heap.allocate(PyBuiltin(id, name: n)))
        dictSetString(ty.dict, n, .object(heap.allocate(PyWrapper(kind: .staticMethod, f))))
      }
    }
    return heap.allocate(PyModule(name: "pathlib", dict: d))
  }

  func makePath(_ s: String) -> Value {
    let inst = PyInstance(cls: pathType, dict: heap.allocate(PyDict()))
    inst.builtinValue = newString(PurePathParts(s).string)
    return .object(heap.allocate(inst))
  }

  /// The path string of a Path object (nil for anything else).
  func pathString(_ v: Value) -> String? {
    guard case .object(let h) = v, let inst = heap.get(h, PyInstance.self), let t = iteratorTypes["pathlib.PosixPath"],
      inst.cls == t || isSubclass(inst.cls, t)
    else { return nil }
    return stringValue(inst.builtinValue)
  }

  /// A str or Path operand of a path operation (`/`, joinpath, relative_to); nil for other types.
  func pathOperand(_ v: Value) throws(PyException) -> String? {
    if let s = stringValue(v) { return s }
    if let p = pathString(v) { return p }
    if isUserObject(v), try lookupSpecial(v, "__fspath__") != nil { return try fspath(v) }
    return nil
  }

  func joinPaths(_ base: String, _ others: [String]) -> String {
    var parts = PurePathParts(base)
    for o in others {
      let p = PurePathParts(o)
      if !p.root.isEmpty { parts = p } else { parts.parts += p.parts }
    }
    return parts.string
  }

  func pathMethod(_ id: BuiltinID, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyException) -> Value {
    let vfs = fileSystem
    switch id {
    case .pathCwd:
      return makePath(vfs.currentDirectory)
    case .pathHome:
      throw makeError(types.runtimeError, "Could not determine home directory.")
    default: break
    }
    guard let receiver = args.first, case .object(let rh) = receiver, let inst = heap.get(rh, PyInstance.self) else {
      throw makeError(types.typeError, "descriptor requires a 'PosixPath' object")
    }
    let rest = Array(args.dropFirst())
    if id == .pathInit {
      try noKeywords("PosixPath", kwargs)
      var parts: [String] = []
      for a in rest {
        guard let s = try pathOperand(a) else {
          throw makeError(types.typeError, "expected str, bytes or os.PathLike object, not \(typeName(a))")
        }
        parts.append(s)
      }
      inst.builtinValue = newString(joinPaths("", parts))
      return .none
    }
    guard let path = stringValue(inst.builtinValue) else {
      throw makeError(types.typeError, "descriptor requires a 'PosixPath' object")
    }
    let pure = PurePathParts(path)
    func noArgs(_ name: String) throws(PyException) {
      try noKeywords(name, kwargs)
      try expectArgs(name, rest, 0, 0)
    }
    func flag(_ v: Value?) throws(PyException) -> Bool { try v.map { v throws(PyException) in try truthy(v) } ?? false }
    switch id {
    // Pure paths
    case .pathRepr: return newString("PosixPath(\(PyRepr.string(path)))")
    case .pathStr: return newString(path)
    case .pathName: return newString(pure.name)
    case .pathStem: return newString(pure.stem)
    case .pathSuffix: return newString(pure.suffix)
    case .pathSuffixes: return newList(pure.suffixes.map(newString))
    case .pathRoot: return newString(pure.root)
    case .pathDrive: return newString("")
    case .pathParts: return newTuple(pure.allParts.map(newString))
    case .pathParent:
      if pure.parts.isEmpty { return receiver }
      var p = pure
      p.parts.removeLast()
      return makePath(p.string)
    case .pathParents:
      var out: [Value] = []
      var p = pure
      while !p.parts.isEmpty {
        p.parts.removeLast()
        out.append(makePath(p.string))
      }
      return newTuple(out)
    case .pathEq, .pathLt, .pathLe, .pathGt, .pathGe:
      try expectArgs("__eq__", rest, 1, 1)
      guard let other = pathString(rest[0]) else { return .object(notImplementedHandle) }
      if id == .pathEq { return .bool(other == path) }
      let a = pure.allParts, b = PurePathParts(other).allParts
      let less = a.lexicographicallyPrecedes(b)
      switch id {
      case .pathLt: return .bool(less)
      case .pathLe: return .bool(less || a == b)
      case .pathGt: return .bool(!less && a != b)
      default: return .bool(!less)
      }
    case .pathHash:
      return .int(Int64(try hash(newString(path))))
    case .pathTruediv, .pathRtruediv:
      try expectArgs("__truediv__", rest, 1, 1)
      guard let other = try pathOperand(rest[0]) else { return .object(notImplementedHandle) }
      return makePath(id == .pathTruediv ? joinPaths(path, [other]) : joinPaths(other, [path]))
    case .pathJoinpath:
      try noKeywords("joinpath", kwargs)
      var others: [String] = []
      for a in rest {
        guard let s = try pathOperand(a) else {
          throw makeError(types.typeError, "expected str, bytes or os.PathLike object, not \(typeName(a))")
        }
        others.append(s)
      }
      return makePath(joinPaths(path, others))
    case .pathWithName, .pathWithStem:
      let fname = id == .pathWithName ? "with_name" : "with_stem"
      try noKeywords(fname, kwargs)
      try expectArgs(fname, rest, 1, 1)
      var name = try strArg(rest[0], "expected str, not \(typeName(rest[0]))")
      if pure.name.isEmpty { throw makeError(types.valueError, "PosixPath(\(PyRepr.string(path))) has an empty name") }
      if id == .pathWithStem { name += pure.suffix }
      if name.isEmpty || name.contains("/") || name == "." {
        throw makeError(types.valueError, "Invalid name \(PyRepr.string(name))")
      }
      var p = pure
      p.parts[p.parts.count - 1] = name
      return makePath(p.string)
    case .pathWithSuffix:
      try noKeywords("with_suffix", kwargs)
      try expectArgs("with_suffix", rest, 1, 1)
      let suffix = try strArg(rest[0], "expected str, not \(typeName(rest[0]))")
      if suffix.contains("/") || (!suffix.isEmpty && !suffix.hasPrefix(".")) || suffix == "." {
        throw makeError(types.valueError, "Invalid suffix \(PyRepr.string(suffix))")
      }
      if pure.name.isEmpty { throw makeError(types.valueError, "PosixPath(\(PyRepr.string(path))) has an empty name") }
      var p = pure
      p.parts[p.parts.count - 1] = pure.stem + suffix
      return makePath(p.string)
    case .pathRelativeTo, .pathIsRelativeTo:
      try noKeywords(id == .pathRelativeTo ? "relative_to" : "is_relative_to", kwargs)
      var others: [String] = []
      for a in rest {
        guard let s = try pathOperand(a) else {
          throw makeError(types.typeError, "expected str, bytes or os.PathLike object, not \(typeName(a))")
        }
        others.append(s)
      }
      if others.isEmpty { throw makeError(types.typeError, "need at least one argument") }
      let base = PurePathParts(joinPaths("", others))
      let inside = pure.allParts.starts(with: base.allParts) && pure.root == base.root
      if id == .pathIsRelativeTo { return .bool(inside) }
      guard inside else {
        let message = "\(PyRepr.string(path)) is not in the subpath of \(PyRepr.string(base.string))"
          + " OR one path is relative and the other is absolute."
        throw makeError(types.valueError, message)
      }
      return makePath(pure.allParts.dropFirst(base.allParts.count).joined(separator: "/"))
    case .pathIsAbsolute:
      try noArgs("is_absolute")
      return .bool(!pure.root.isEmpty)
    case .pathMatch:
      try expectArgs("match", rest, 1, 1)
      let pattern = PurePathParts(try strArg(rest[0], "expected str"))
      if pattern.parts.isEmpty { throw makeError(types.valueError, "empty pattern") }
      if !pattern.root.isEmpty && (pure.root != pattern.root || pure.parts.count != pattern.parts.count) {
        return .bool(false)
      }
      if pattern.parts.count > pure.parts.count { return .bool(false) }
      for (n, p) in zip(pure.parts.reversed(), pattern.parts.reversed()) where !PosixPath.matches(n, p) {
        return .bool(false)
      }
      return .bool(true)
    case .pathAbsolute:
      try noArgs("absolute")
      return pure.root.isEmpty ? makePath(joinPaths(vfs.currentDirectory, [path])) : receiver
    case .pathResolve:
      let a = try parseArguments("resolve", rest, kwargs, ["strict"])
      let resolved = vfs.absolutePath(path)
      if try flag(a[0]), vfs.kind(resolved) == nil { throw osError(FileSystemError(.notFound), path) }
      return makePath(resolved)
    // Concrete paths
    case .pathExists:
      try noArgs("exists")
      return .bool(vfs.kind(path) != nil)
    case .pathIsFile:
      try noArgs("is_file")
      if case .file? = vfs.kind(path) { return .bool(true) }
      return .bool(false)
    case .pathIsDir:
      try noArgs("is_dir")
      return .bool(vfs.kind(path) == .directory)
    case .pathIsSymlink:
      try noArgs("is_symlink")
      return .bool(false)
    case .pathOpen:
      let a = try parseArguments("open", rest, kwargs, ["mode", "buffering", "encoding", "errors", "newline"])
      var mode = "r"
      if let m = a[0] { mode = try strArg(m, "open() argument 'mode' must be str, not \(typeName(m))") }
      let buffering = try a[1].map { v throws(PyException) in try intArg(v) } ?? -1
      return try openFile(name: path, mode: mode, buffering: buffering,
                          encoding: try optionalString(a[2], "open", "encoding"),
                          errors: try optionalString(a[3], "open", "errors"),
                          newline: try optionalString(a[4], "open", "newline"))
    case .pathReadText, .pathReadBytes:
      let binary = id == .pathReadBytes
      let fname = binary ? "read_bytes" : "read_text"
      let a = try parseArguments(fname, rest, kwargs, binary ? [] : ["encoding", "errors"])
      let f = try openFile(name: path, mode: binary ? "rb" : "r",
                           encoding: binary ? nil : try optionalString(a[0], fname, "encoding"),
                           errors: binary ? nil : try optionalString(a[1], fname, "errors"))
      guard let state = nativeState(f, OpenFile.self) else { return .none }
      defer { state.close() }
      return try readValue(state, limit: nil, line: false)
    case .pathWriteText, .pathWriteBytes:
      let binary = id == .pathWriteBytes
      let fname = binary ? "write_bytes" : "write_text"
      let names = binary ? ["data"] : ["data", "encoding", "errors", "newline"]
      let a = try parseArguments(fname, rest, kwargs, names, required: 1)
      let data = a[0] ?? .none
      if binary {
        guard case .object(let dh) = data, heap.get(dh, PyBytes.self) != nil else {
          throw makeError(types.typeError, "memoryview: a bytes-like object is required, not '\(typeName(data))'")
        }
      } else if stringValue(data) == nil {
        throw makeError(types.typeError, "data must be str, not \(typeName(data))")
      }
      let f = try openFile(name: path, mode: binary ? "wb" : "w",
                           encoding: binary ? nil : try optionalString(a[1], fname, "encoding"),
                           errors: binary ? nil : try optionalString(a[2], fname, "errors"),
                           newline: binary ? nil : try optionalString(a[3], fname, "newline"))
      guard let state = nativeState(f, OpenFile.self) else { return .none }
      defer { state.close() }
      return .int(Int64(try writeValue(state, data)))
    case .pathIterdir:
      try noArgs("iterdir")
      let names = try io(path) { () throws(FileSystemError) in try vfs.listDirectory(path) }
      try chargeFuel(1 + names.count)
      return try getIterator(newList(names.map { makePath(joinPaths(path, [$0])) }))
    case .pathGlob, .pathRglob:
      let fname = id == .pathGlob ? "glob" : "rglob"
      try noKeywords(fname, kwargs)
      try expectArgs(fname, rest, 1, 1)
      let pattern = try strArg(rest[0], "expected str, not \(typeName(rest[0]))")
      if pattern.isEmpty { throw makeError(types.valueError, "Unacceptable pattern: ''") }
      if pattern.hasPrefix("/") { throw makeError(types.notImplementedError, "Non-relative patterns are unsupported") }
      let full = (id == .pathRglob ? "**/" : "") + pattern
      let prefix = path == "." ? "" : path
      var found = try glob(prefix.isEmpty ? full : PosixPath.join(prefix, [full]), recursive: true, includeHidden: true)
      if full.hasSuffix("**") {
        // pathlib's trailing `**` matches directories only, the start included.
        found = [path] + found.filter { vfs.kind($0) == .directory }
      }
      return try getIterator(newList(found.map(makePath)))
    case .pathMkdir:
      let a = try parseArguments("mkdir", rest, kwargs, ["mode", "parents", "exist_ok"])
      let parents = try flag(a[1])
      let existOK = try flag(a[2])
      if parents {
        try makeDirectories(path, existOK: existOK)
      } else {
        do {
          try vfs.makeDirectory(path)
        } catch {
          if !existOK || error.code != .exists || vfs.kind(path) != .directory { throw osError(error, path) }
        }
      }
      return .none
    case .pathUnlink:
      let a = try parseArguments("unlink", rest, kwargs, ["missing_ok"])
      let missingOK = try flag(a[0])
      do {
        try vfs.remove(path, directory: false)
      } catch {
        if !(missingOK && error.code == .notFound) { throw osError(error, path) }
      }
      return .none
    case .pathRmdir:
      try noArgs("rmdir")
      try io(path) { () throws(FileSystemError) in try vfs.remove(path, directory: true) }
      return .none
    case .pathRename, .pathReplace:
      let fname = id == .pathRename ? "rename" : "replace"
      try noKeywords(fname, kwargs)
      try expectArgs(fname, rest, 1, 1)
      let target = try fspath(rest[0])
      do {
        try vfs.rename(path, to: target)
      } catch {
        throw osError(error, path, target)
      }
      return makePath(target)
    case .pathTouch:
      let a = try parseArguments("touch", rest, kwargs, ["mode", "exist_ok"])
      let existOK = try a[1].map { v throws(PyException) in try truthy(v) } ?? true
      if vfs.kind(path) != nil {
        if !existOK { throw osError(FileSystemError(.exists), path) }
        return .none
      }
      let f = try openFile(name: path, mode: "a")
      nativeState(f, OpenFile.self)?.close()
      return .none
    default:
      throw makeError(types.systemError, "pathlib method \(id) is not implemented")
    }
  }
}
