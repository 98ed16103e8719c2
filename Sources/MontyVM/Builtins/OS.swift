// The `os`, `os.path` and `glob` modules over the virtual file system: the file operations and the
// path string algebra of CPython's posixpath. Only file-system functions exist: `os.environ`,
// `os.system`, `os.getpid`… are absent (AttributeError), since the sandbox has no ambient authority.
import MontySyntax

/// posixpath's string operations (pure; no file-system access), as CPython 3.11 writes them.
enum PosixPath {
  static func join(_ a: String, _ rest: [String]) -> String {
    var path = a
    for b in rest {
      if b.hasPrefix("/") {
        path = b
      } else if path.isEmpty || path.hasSuffix("/") {
        path += b
      } else {
        path += "/" + b
      }
    }
    return path
  }

  /// (head, tail): tail is everything after the last slash; head loses its trailing slashes unless it is all slashes.
  static func split(_ p: String) -> (String, String) {
    let chars = Array(p)
    let i = (chars.lastIndex(of: "/") ?? -1) + 1
    var head = String(chars[0..<i])
    let tail = String(chars[i...])
    if !head.isEmpty && head != String(repeating: "/", count: head.count) {
      while head.hasSuffix("/") { head.removeLast() }
    }
    return (head, tail)
  }

  static func basename(_ p: String) -> String { split(p).1 }
  static func dirname(_ p: String) -> String { split(p).0 }

  static func splitext(_ p: String) -> (String, String) {
    let chars = Array(p)
    let sep = chars.lastIndex(of: "/") ?? -1
    guard let dot = chars.lastIndex(of: "."), dot > sep else { return (p, "") }
    var i = sep + 1
    while i < dot {
      if chars[i] != "." { return (String(chars[..<dot]), String(chars[dot...])) }
      i += 1
    }
    return (p, "")
  }

  static func normpath(_ path: String) -> String {
    if path.isEmpty { return "." }
    var slashes = path.hasPrefix("/") ? 1 : 0
    if path.hasPrefix("//") && !path.hasPrefix("///") { slashes = 2 }
    var out: [Substring] = []
    for comp in path.split(separator: "/", omittingEmptySubsequences: true) where comp != "." {
      if comp != ".." || (slashes == 0 && out.isEmpty) || out.last == ".." {
        out.append(comp)
      } else if !out.isEmpty {
        out.removeLast()
      }
    }
    let joined = String(repeating: "/", count: slashes) + out.joined(separator: "/")
    return joined.isEmpty ? "." : joined
  }

  static func relpath(_ path: String, start: String) -> String {
    let a = path.split(separator: "/")
    let b = start.split(separator: "/")
    var i = 0
    while i < a.count && i < b.count && a[i] == b[i] { i += 1 }
    let parts = Array(repeating: "..", count: b.count - i) + a[i...].map(String.init)
    return parts.isEmpty ? "." : parts.joined(separator: "/")
  }

  /// fnmatch for one name: `*`, `?`, `[seq]`, `[!seq]` (case-sensitive, as on POSIX).
  static func matches(_ name: String, _ pattern: String) -> Bool {
    let n = Array(name.unicodeScalars)
    let p = Array(pattern.unicodeScalars)
    // Iterative matching with backtracking to the last star.
    var i = 0, j = 0
    var star = -1, mark = 0
    while i < n.count {
      if j < p.count, p[j] == "*" {
        star = j
        mark = i
        j += 1
        continue
      }
      if j < p.count, let next = matchOne(n[i], p, j) {
        i += 1
        j = next
        continue
      }
      if star >= 0 {
        j = star + 1
        mark += 1
        i = mark
        continue
      }
      return false
    }
    while j < p.count && p[j] == "*" { j += 1 }
    return j == p.count
  }

  /// If `c` matches the pattern element at `j` (`?`, a class or a literal), the index after that element.
  private static func matchOne(_ c: Unicode.Scalar, _ p: [Unicode.Scalar], _ j: Int) -> Int? {
    switch p[j] {
    case "?": return j + 1
    case "[":
      var k = j + 1
      var negate = false
      if k < p.count && p[k] == "!" {
        negate = true
        k += 1
      }
      var found = false
      var first = true
      while k < p.count && (p[k] != "]" || first) {
        first = false
        if k + 2 < p.count && p[k + 1] == "-" && p[k + 2] != "]" {
          if p[k].value <= c.value && c.value <= p[k + 2].value { found = true }
          k += 3
        } else {
          if p[k] == c { found = true }
          k += 1
        }
      }
      // An unclosed `[` is a literal.
      if k >= p.count { return c == "[" ? j + 1 : nil }
      return found != negate ? k + 1 : nil
    default:
      return p[j] == c ? j + 1 : nil
    }
  }

  static func hasMagic(_ s: String) -> Bool { s.contains("*") || s.contains("?") || s.contains("[") }
}

extension Interpreter {
  func makeOSModule() -> Handle {
    let d = heap.allocate(PyDict())
    let fns: [(String, BuiltinID)] = [
      ("listdir", .osListdir), ("mkdir", .osMkdir), ("makedirs", .osMakedirs), ("remove", .osRemove),
      ("unlink", .osRemove), ("rmdir", .osRmdir), ("rename", .osRename), ("replace", .osReplace),
      ("getcwd", .osGetcwd), ("chdir", .osChdir), ("fspath", .osFspath), ("walk", .osWalk),
    ]
    for (n, id) in fns { dictSetString(d, n, .object(heap.allocate(PyBuiltin(id, name: n)))) }
    for (n, v) in [("sep", "/"), ("altsep", ""), ("curdir", "."), ("pardir", ".."), ("extsep", "."),
                   ("linesep", "\n"), ("pathsep", ":"), ("name", "posix"), ("devnull", "/dev/null")] {
      dictSetString(d, n, n == "altsep" ? .none : newString(v))
    }
    dictSetString(d, "error", .object(types.osError))
    if let path = makeFileSystemModule("os.path") { dictSetString(d, "path", .object(path)) }
    return heap.allocate(PyModule(name: "os", dict: d))
  }

  func makeOSPathModule() -> Handle {
    let d = heap.allocate(PyDict())
    let fns: [(String, BuiltinID)] = [
      ("join", .osPathJoin), ("exists", .osPathExists), ("lexists", .osPathExists), ("isfile", .osPathIsfile),
      ("isdir", .osPathIsdir), ("basename", .osPathBasename), ("dirname", .osPathDirname),
      ("splitext", .osPathSplitext), ("split", .osPathSplit), ("abspath", .osPathAbspath),
      ("normpath", .osPathNormpath), ("realpath", .osPathAbspath), ("isabs", .osPathIsabs),
      ("getsize", .osPathGetsize), ("relpath", .osPathRelpath), ("expanduser", .osPathExpanduser),
      ("islink", .osPathIslink),
    ]
    for (n, id) in fns { dictSetString(d, n, .object(heap.allocate(PyBuiltin(id, name: n)))) }
    for (n, v) in [("sep", "/"), ("curdir", "."), ("pardir", ".."), ("extsep", "."), ("pathsep", ":")] {
      dictSetString(d, n, newString(v))
    }
    return heap.allocate(PyModule(name: "posixpath", dict: d))
  }

  func makeGlobModule() -> Handle {
    let d = heap.allocate(PyDict())
    for (n, id) in [("glob", BuiltinID.globGlob), ("iglob", .globIglob)] {
      dictSetString(d, n, .object(heap.allocate(PyBuiltin(id, name: n))))
    }
    return heap.allocate(PyModule(name: "glob", dict: d))
  }

  /// A path argument of an os function, with that function's TypeError wording.
  func osPathArg(_ v: Value, _ fname: String, _ param: String = "path") throws(PyException) -> String {
    // CPython accepts descriptors here; the sandbox has none open.
    if case .int = v { throw osError(FileSystemError(.badDescriptor), nil) }
    return try fspath(v, "\(fname): \(param) should be string, bytes or os.PathLike, not")
  }

  func osFunction(_ id: BuiltinID, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyException) -> Value {
    let vfs = fileSystem
    switch id {
    case .osListdir:
      let a = try parseArguments("listdir", args, kwargs, ["path"])
      let path = try a[0].map { v throws(PyException) in try osPathArg(v, "listdir") } ?? "."
      let names = try io(path) { () throws(FileSystemError) in try vfs.listDirectory(path) }
      try chargeFuel(1 + names.count)
      return newList(names.map(newString))
    case .osMkdir:
      let a = try parseArguments("mkdir", args, kwargs, ["path", "mode", "dir_fd"], required: 1)
      let path = try osPathArg(a[0] ?? .none, "mkdir")
      try io(path) { () throws(FileSystemError) in try vfs.makeDirectory(path) }
      return .none
    case .osMakedirs:
      let a = try parseArguments("makedirs", args, kwargs, ["name", "mode", "exist_ok"], required: 1)
      let path = try fspath(a[0] ?? .none)
      let existOK = try a[2].map { v throws(PyException) in try truthy(v) } ?? false
      try makeDirectories(path, existOK: existOK)
      return .none
    case .osRemove, .osRmdir:
      let fname = id == .osRmdir ? "rmdir" : "remove"
      let a = try parseArguments(fname, args, kwargs, ["path", "dir_fd"], required: 1)
      let path = try osPathArg(a[0] ?? .none, fname)
      try io(path) { () throws(FileSystemError) in try vfs.remove(path, directory: id == .osRmdir) }
      return .none
    case .osRename, .osReplace:
      let fname = id == .osRename ? "rename" : "replace"
      let a = try parseArguments(fname, args, kwargs, ["src", "dst", "src_dir_fd", "dst_dir_fd"], required: 2)
      let src = try osPathArg(a[0] ?? .none, fname, "src")
      let dst = try osPathArg(a[1] ?? .none, fname, "dst")
      do {
        try vfs.rename(src, to: dst)
      } catch {
        throw osError(error, src, dst)
      }
      return .none
    case .osGetcwd:
      try expectArgs("getcwd", args, 0, 0)
      return newString(vfs.currentDirectory)
    case .osChdir:
      let a = try parseArguments("chdir", args, kwargs, ["path"], required: 1)
      let path = try osPathArg(a[0] ?? .none, "chdir")
      try io(path) { () throws(FileSystemError) in try vfs.changeDirectory(path) }
      return .none
    case .osFspath:
      let a = try parseArguments("fspath", args, kwargs, ["path"], required: 1)
      let v = a[0] ?? .none
      if stringValue(v) != nil { return v }
      if case .object(let h) = v, heap[h].kind == .bytes { return v }
      return newString(try fspath(v))
    case .osWalk:
      let a = try parseArguments("walk", args, kwargs, ["top", "topdown", "onerror", "followlinks"], required: 1)
      let top = try fspath(a[0] ?? .none)
      let topdown = try a[1].map { v throws(PyException) in try truthy(v) } ?? true
      let walk = WalkState(top: top, topdown: topdown, onerror: a[2] ?? .none)
      return makeNativeInstance(walkType, walk)
    case .osWalkIter:
      return args.first ?? .none
    case .osWalkNext:
      guard let receiver = args.first, let w = nativeState(receiver, WalkState.self) else {
        throw makeError(types.typeError, "not a walk iterator")
      }
      if let v = try walkNext(w) { return v }
      throw makeError(types.stopIteration, args: [])
    case .osWalkRepr:
      return newString("<generator object walk at \(address(args.first?.handle ?? 0))>")
    case .globGlob, .globIglob:
      let fname = id == .globGlob ? "glob" : "iglob"
      let a = try parseArguments(fname, args, kwargs, ["pathname", "root_dir", "dir_fd", "recursive", "include_hidden"],
                                 required: 1)
      let pattern = try fspath(a[0] ?? .none)
      let recursive = try a[3].map { v throws(PyException) in try truthy(v) } ?? false
      let hidden = try a[4].map { v throws(PyException) in try truthy(v) } ?? false
      let found = try glob(pattern, recursive: recursive, includeHidden: hidden)
      let list = newList(found.map(newString))
      if id == .globGlob { return list }
      return try getIterator(list)
    default:
      return try osPathFunction(id, args, kwargs)
    }
  }

  func osPathFunction(_ id: BuiltinID, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyException) -> Value {
    let vfs = fileSystem
    func one(_ fname: String) throws(PyException) -> String {
      try noKeywords(fname, kwargs)
      try expectArgs(fname, args, 1, 1)
      return try fspath(args[0])
    }
    // exists/isfile/isdir accept descriptors in CPython (none is open here).
    if [.osPathExists, .osPathIsfile, .osPathIsdir].contains(id), args.count == 1, case .int = args[0] {
      return .bool(false)
    }
    switch id {
    case .osPathJoin:
      try noKeywords("join", kwargs)
      if args.isEmpty { throw makeError(types.typeError, "join() missing 1 required positional argument: 'a'") }
      var parts: [String] = []
      for a in args {
        parts.append(try fspath(a, "join() argument must be str, bytes, or os.PathLike object, not", quoted: true))
      }
      return newString(PosixPath.join(parts[0], Array(parts.dropFirst())))
    case .osPathExists: return .bool(vfs.kind(try one("exists")) != nil)
    case .osPathIsfile:
      if case .file? = vfs.kind(try one("isfile")) { return .bool(true) }
      return .bool(false)
    case .osPathIsdir: return .bool(vfs.kind(try one("isdir")) == .directory)
    case .osPathIslink:
      _ = try one("islink")
      return .bool(false)
    case .osPathBasename: return newString(PosixPath.basename(try one("basename")))
    case .osPathDirname: return newString(PosixPath.dirname(try one("dirname")))
    case .osPathSplitext:
      let (a, b) = PosixPath.splitext(try one("splitext"))
      return newTuple([newString(a), newString(b)])
    case .osPathSplit:
      let (a, b) = PosixPath.split(try one("split"))
      return newTuple([newString(a), newString(b)])
    case .osPathAbspath:
      let p = try one("abspath")
      return newString(PosixPath.normpath(p.hasPrefix("/") ? p : PosixPath.join(vfs.currentDirectory, [p])))
    case .osPathNormpath: return newString(PosixPath.normpath(try one("normpath")))
    case .osPathIsabs: return .bool(try one("isabs").hasPrefix("/"))
    case .osPathExpanduser: return newString(try one("expanduser"))
    case .osPathGetsize:
      let p = try one("getsize")
      let k = try io(p) { () throws(FileSystemError) -> FileKind in
        guard let k = vfs.kind(p) else { throw FileSystemError(.notFound) }
        return k
      }
      if case .file(let size) = k { return .int(Int64(size)) }
      return .int(4096)
    case .osPathRelpath:
      let a = try parseArguments("relpath", args, kwargs, ["path", "start"], required: 1)
      let path = try fspath(a[0] ?? .none)
      if path.isEmpty { throw makeError(types.valueError, "no path specified") }
      let start = try a[1].flatMap { v throws(PyException) in v.isNone ? nil : try fspath(v) } ?? "."
      return newString(PosixPath.relpath(vfs.absolutePath(path), start: vfs.absolutePath(start)))
    default:
      throw makeError(types.systemError, "os function \(id) is not implemented")
    }
  }

  /// `os.makedirs`: the missing parents first, then the directory (FileExistsError unless `existOK`).
  func makeDirectories(_ path: String, existOK: Bool) throws(PyException) {
    let vfs = fileSystem
    var (head, tail) = PosixPath.split(path)
    if tail.isEmpty { (head, tail) = PosixPath.split(head) }
    if !head.isEmpty && !tail.isEmpty && vfs.kind(head) == nil {
      do {
        try makeDirectories(head, existOK: true)
      } catch {
        if !isInstance(error.value, types.fileExistsError) { throw error }
      }
      if tail == "." { return }
    }
    do {
      try vfs.makeDirectory(path)
    } catch {
      if !existOK || vfs.kind(path) != .directory { throw osError(error, path) }
    }
  }

  // MARK: os.walk

  var walkType: Handle {
    nativeType("generator", module: "builtins", methods: [
      ("__iter__", .osWalkIter), ("__next__", .osWalkNext), ("__repr__", .osWalkRepr),
    ])
  }

  /// One step of os.walk (CPython 3.11's algorithm; the dirnames list of a top-down step may be edited
  /// by the program before the next step to prune the walk).
  func walkNext(_ w: WalkState) throws(PyException) -> Value? {
    if let (top, dirs) = w.pendingChildren {
      w.pendingChildren = nil
      if case .object(let h) = dirs, let l = heap.get(h, PyList.self) {
        for d in l.items.reversed() { w.stack.append(.directory(PosixPath.join(top, [str(d)]))) }
      }
    }
    while let step = w.stack.popLast() {
      switch step {
      case .result(let v): return v
      case .directory(let top):
        let names: [String]
        do {
          names = try fileSystem.listDirectory(top)
        } catch {
          if !w.onerror.isNone { _ = try call(w.onerror, args: [osError(error, top).value]) }
          continue
        }
        try chargeFuel(1 + names.count)
        var dirs: [Value] = []
        var files: [Value] = []
        for n in names {
          if fileSystem.kind(PosixPath.join(top, [n])) == .directory {
            dirs.append(newString(n))
          } else {
            files.append(newString(n))
          }
        }
        let dirList = newList(dirs)
        let result = newTuple([newString(top), dirList, newList(files)])
        if w.topdown {
          w.pendingChildren = (top, dirList)
          return result
        }
        w.stack.append(.result(result))
        for d in dirs.reversed() { w.stack.append(.directory(PosixPath.join(top, [str(d)]))) }
      }
    }
    return nil
  }

  // MARK: glob

  /// `glob.glob`: matches per component; `**` (with `recursive`) matches any depth of directories.
  /// Names starting with a dot match only patterns that start with a dot (unless `includeHidden`).
  /// Results are sorted (CPython's follow the directory order, which is arbitrary).
  func glob(_ pattern: String, recursive: Bool, includeHidden: Bool) throws(PyException) -> [String] {
    let vfs = fileSystem
    let absolute = pattern.hasPrefix("/")
    let parts = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    // Candidates are (shown path, virtual path) pairs.
    var current: [(String, String)] = [(absolute ? "/" : "", absolute ? "/" : ".")]
    func child(_ shown: String, _ name: String) -> String {
      shown.isEmpty ? name : shown.hasSuffix("/") ? shown + name : shown + "/" + name
    }
    func visible(_ name: String, _ part: String) -> Bool {
      includeHidden || !name.hasPrefix(".") || part.hasPrefix(".")
    }
    for (index, part) in parts.enumerated() {
      let last = index == parts.count - 1
      var next: [(String, String)] = []
      for (shown, real) in current {
        if recursive && part == "**" {
          // This directory and every directory below it (files too when `**` is last).
          var stack = [(shown, real)]
          while let (s, r) = stack.popLast() {
            if s != shown || !last { next.append((s, r)) }
            guard let names = try? vfs.listDirectory(r) else { continue }
            try chargeFuel(1 + names.count)
            for n in names.reversed() where includeHidden || !n.hasPrefix(".") {
              let rp = PosixPath.join(r, [n])
              if vfs.kind(rp) == .directory {
                stack.append((child(s, n), rp))
              } else if last {
                next.append((child(s, n), rp))
              }
            }
          }
          continue
        }
        if !PosixPath.hasMagic(part) {
          let rp = PosixPath.join(real, [part])
          if last ? vfs.kind(rp) != nil : vfs.kind(rp) == .directory { next.append((child(shown, part), rp)) }
          continue
        }
        guard let names = try? vfs.listDirectory(real) else { continue }
        try chargeFuel(1 + names.count)
        for n in names where visible(n, part) && PosixPath.matches(n, part) {
          let rp = PosixPath.join(real, [n])
          if last || vfs.kind(rp) == .directory { next.append((child(shown, n), rp)) }
        }
      }
      current = next
    }
    if parts.isEmpty { return [] }
    var seen: Set<String> = []
    return current.map(\.0).filter { seen.insert($0).inserted }.sorted()
  }
}

/// The state of an `os.walk` iterator.
final class WalkState: NativeState {
  enum Step {
    case directory(String)
    /// A bottom-up result waiting for its subdirectories to be walked first.
    case result(Value)
  }
  var stack: [Step]
  let topdown: Bool
  let onerror: Value
  /// The last top-down result's directory and its dirnames list (children are read from it lazily).
  var pendingChildren: (String, Value)?

  init(top: String, topdown: Bool, onerror: Value) {
    stack = [.directory(top)]
    self.topdown = topdown
    self.onerror = onerror
  }

  func trace(_ visit: (Value) -> Void) {
    visit(onerror)
    if let (_, dirs) = pendingChildren { visit(dirs) }
    for case .result(let v) in stack { visit(v) }
  }
}
