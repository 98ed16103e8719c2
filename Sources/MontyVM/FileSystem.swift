// The virtual file system: the only way sandboxed code reaches files. The host mounts directories at
// virtual paths (read-only, read-write, or overlay: reads from the host, writes kept in memory).
// Paths are resolved lexically in the virtual namespace (`.`, `..`, `//`), then on the host component by
// component with `openat(O_NOFOLLOW)` from a descriptor of the mount's root taken when the mount was
// made, so neither `..`, absolute host paths nor symlinks (all refused) can leave a mount.
// This file is the Swift layer (errors are errno values); Builtins/Files.swift is the Python surface.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Thin wrappers: the types below have `open`/`close`/`write` members that would shadow the C calls.
private func closeDescriptor(_ fd: Int32) { _ = close(fd) }
private func openPath(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }
private func writeDescriptor(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int { write(fd, buffer, count) }

/// A host directory made visible to sandboxed code at a virtual path.
public struct Mount: Sendable, Hashable {
  public enum Mode: String, Sendable, CaseIterable {
    /// Reads only; every change is `OSError: [Errno 30] Read-only file system`.
    case readOnly = "ro"
    /// Reads and writes go to the host directory.
    case readWrite = "rw"
    /// Reads fall through to the host; writes, creations and deletions stay in memory (the host is never changed).
    case overlay
  }
  public var hostPath: String
  /// Absolute virtual path, e.g. "/data".
  public var virtualPath: String
  public var mode: Mode

  public init(hostPath: String, virtualPath: String, mode: Mode = .readOnly) {
    self.hostPath = hostPath
    self.virtualPath = virtualPath
    self.mode = mode
  }
}

/// Why a set of mounts cannot be made (reported to the host, never to sandboxed code).
public enum MountError: Error, Sendable, Equatable, CustomStringConvertible {
  case virtualPathNotAbsolute(String)
  case duplicateVirtualPath(String)
  /// The host directory cannot be opened (missing, not a directory, no permission): path and errno text.
  case hostDirectoryUnavailable(String, String)
  /// A `HOST:VIRTUAL[:MODE]` specification that does not parse.
  case invalidSpecification(String)

  public var description: String {
    switch self {
    case .virtualPathNotAbsolute(let p): return "mount point must be an absolute path: '\(p)'"
    case .duplicateVirtualPath(let p): return "two mounts at the same virtual path: '\(p)'"
    case .hostDirectoryUnavailable(let p, let why): return "cannot mount '\(p)': \(why)"
    case .invalidSpecification(let s): return "invalid mount '\(s)' (expected HOST:VIRTUAL[:ro|rw|overlay])"
    }
  }
}

/// A failed file-system operation, as the errno CPython on Linux would report (numbers and texts of Linux,
/// whatever the host; the Python layer adds the file name: `[Errno 2] No such file or directory: 'x'`).
public struct FileSystemError: Error, Sendable, Equatable {
  public enum Code: Int32, Sendable {
    case notPermitted = 1, notFound = 2, ioError = 5, badDescriptor = 9, accessDenied = 13, exists = 17
    case crossDevice = 18, notADirectory = 20, isADirectory = 21, invalid = 22, tooManyOpenFiles = 24
    case fileTooLarge = 27, readOnly = 30, nameTooLong = 36, notEmpty = 39, quotaExceeded = 122

    public var text: String {
      switch self {
      case .notPermitted: return "Operation not permitted"
      case .notFound: return "No such file or directory"
      case .ioError: return "Input/output error"
      case .badDescriptor: return "Bad file descriptor"
      case .accessDenied: return "Permission denied"
      case .exists: return "File exists"
      case .crossDevice: return "Invalid cross-device link"
      case .notADirectory: return "Not a directory"
      case .isADirectory: return "Is a directory"
      case .invalid: return "Invalid argument"
      case .tooManyOpenFiles: return "Too many open files"
      case .fileTooLarge: return "File too large"
      case .readOnly: return "Read-only file system"
      case .nameTooLong: return "File name too long"
      case .notEmpty: return "Directory not empty"
      case .quotaExceeded: return "Disk quota exceeded"
      }
    }
  }
  public var code: Code
  /// Replaces the errno text (the write limit says what it is).
  public var text: String

  public init(_ code: Code, text: String? = nil) {
    self.code = code
    self.text = text ?? code.text
  }

  /// The canonical code for a host errno (host numbering differs between Linux and macOS).
  static func host(_ e: Int32) -> FileSystemError {
    switch e {
    case ENOENT: return .init(.notFound)
    case EACCES, ELOOP: return .init(.accessDenied)  // ELOOP: a symlink met with O_NOFOLLOW
    case EPERM: return .init(.notPermitted)
    case EEXIST: return .init(.exists)
    case ENOTDIR: return .init(.notADirectory)
    case EISDIR: return .init(.isADirectory)
    case EXDEV: return .init(.crossDevice)
    case ENOTEMPTY: return .init(.notEmpty)
    case EROFS: return .init(.readOnly)
    case ENAMETOOLONG: return .init(.nameTooLong)
    case EMFILE, ENFILE: return .init(.tooManyOpenFiles)
    case EFBIG: return .init(.fileTooLarge)
    case EDQUOT, ENOSPC: return .init(.quotaExceeded)
    case EINVAL: return .init(.invalid)
    default: return .init(.ioError)
    }
  }
}

/// What a virtual path names.
public enum FileKind: Sendable, Equatable {
  case file(size: Int)
  case directory
}

/// How `VirtualFileSystem.open` opens a file (the flags `open()`'s mode string stands for).
struct OpenRequest {
  var read = false
  var write = false
  var create = false
  var truncate = false
  var exclusive = false
  var append = false
}

/// The file systems of one interpreter: its mounts, its current directory, its write budget, and the
/// in-memory layers of overlay mounts. Not thread-safe: one run uses it at a time.
public final class VirtualFileSystem {
  public let mounts: [Mount]
  /// Most bytes sandboxed code may write (through every file, in every mount) before writes fail with
  /// `OSError: [Errno 122]`; nil is unlimited. Overlay writes count too: they are what bounds overlay memory.
  public let writeLimit: Int?
  public private(set) var bytesWritten = 0
  /// The virtual current directory (relative paths resolve against it): the first mount, or "/".
  public internal(set) var currentDirectory: String
  /// Host descriptors kept open at once; files beyond it are closed and reopened by path when next used.
  /// (Sandboxed code may open any number of files: they are closed when collected, not when dropped.)
  public var maxOpenDescriptors = 32

  /// One mount's state: its root descriptor (every host access starts there) and its overlay layer.
  final class MountPoint {
    let mount: Mount
    let components: [String]
    let rootDescriptor: Int32
    /// Overlay mounts: changes by relative path ("a/b.txt").
    var layer: [String: OverlayEntry] = [:]
    init(mount: Mount, components: [String], rootDescriptor: Int32) {
      self.mount = mount
      self.components = components
      self.rootDescriptor = rootDescriptor
    }
    deinit { if rootDescriptor >= 0 { closeDescriptor(rootDescriptor) } }
  }

  enum OverlayEntry {
    case file(MemoryFile)
    /// A directory made in the overlay; `opaque` hides a host directory of the same name that was deleted.
    case directory(opaque: Bool)
    /// A host entry deleted in the overlay.
    case whiteout
  }

  let points: [MountPoint]
  /// Files holding a host descriptor, oldest first (for `maxOpenDescriptors`).
  var descriptorHolders: [Weak] = []

  struct Weak { weak var file: VirtualFile? }

  /// No mounts: every path is missing and nothing can be written.
  public init() {
    mounts = []
    writeLimit = nil
    currentDirectory = "/"
    points = []
  }

  /// Opens each mount's host directory now (a later rename of the host path does not move the mount).
  public init(mounts: [Mount], writeLimit: Int? = nil) throws(MountError) {
    var points: [MountPoint] = []
    for m in mounts {
      guard m.virtualPath.hasPrefix("/") else { throw .virtualPathNotAbsolute(m.virtualPath) }
      let comps = VirtualFileSystem.components(of: m.virtualPath, relativeTo: "/")
      if points.contains(where: { $0.components == comps }) { throw .duplicateVirtualPath(m.virtualPath) }
      let fd = openPath(m.hostPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      if fd < 0 { throw .hostDirectoryUnavailable(m.hostPath, FileSystemError.host(errno).text) }
      var normalized = m
      normalized.virtualPath = VirtualFileSystem.join(comps)
      points.append(MountPoint(mount: normalized, components: comps, rootDescriptor: fd))
    }
    self.points = points
    self.mounts = points.map(\.mount)
    self.writeLimit = writeLimit
    currentDirectory = points.first?.mount.virtualPath ?? "/"
  }

  /// Starts a new write budget (for a host that reuses one file system for several runs).
  public func resetBytesWritten() { bytesWritten = 0 }

  // MARK: Virtual paths

  /// `path` made absolute against `cwd` and resolved lexically: `.` and empty components dropped, `..`
  /// removes the previous component (and stays at the root). Symlinks are refused, so this is exact.
  public static func components(of path: String, relativeTo cwd: String) -> [String] {
    var out: [String] = []
    let full = path.hasPrefix("/") ? path : cwd + "/" + path
    for part in full.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == ".." {
        if !out.isEmpty { out.removeLast() }
        continue
      }
      out.append(String(part))
    }
    return out
  }

  static func join(_ components: [String]) -> String { "/" + components.joined(separator: "/") }

  /// The absolute, normalized virtual path of `path`.
  public func absolutePath(_ path: String) -> String {
    VirtualFileSystem.join(VirtualFileSystem.components(of: path, relativeTo: currentDirectory))
  }

  /// Where a virtual path leads: inside a mount (relative components), or a directory that exists only
  /// because mounts lie below it (the root, `/mnt` for a mount at `/mnt/data`), or nowhere.
  enum Location {
    case mounted(MountPoint, [String])
    case synthetic([String])
    case missing
  }

  func locate(_ path: String) throws(FileSystemError) -> Location {
    // The empty path names nothing (it is not the current directory).
    if path.isEmpty { throw FileSystemError(.notFound) }
    let comps = VirtualFileSystem.components(of: path, relativeTo: currentDirectory)
    for c in comps where c.utf8.contains(0) { throw FileSystemError(.invalid) }
    var best: MountPoint?
    for p in points where comps.starts(with: p.components) {
      if best.map({ p.components.count > $0.components.count }) ?? true { best = p }
    }
    if let p = best { return .mounted(p, Array(comps[p.components.count...])) }
    if comps.isEmpty || points.contains(where: { $0.components.starts(with: comps) }) { return .synthetic(comps) }
    return .missing
  }

  /// Names directly below a synthetic directory (the next component of each mount under it).
  func syntheticChildren(_ comps: [String]) -> [String] {
    var names: Set<String> = []
    for p in points where p.components.count > comps.count && p.components.starts(with: comps) {
      names.insert(p.components[comps.count])
    }
    return names.sorted()
  }

  // MARK: Queries

  /// What `path` names, or nil when it does not exist (or is a symlink or special file: refused).
  public func kind(_ path: String) -> FileKind? {
    guard let loc = try? locate(path) else { return nil }
    switch loc {
    case .missing: return nil
    case .synthetic: return .directory
    case .mounted(let p, let rel): return try? kind(p, rel)
    }
  }

  func kind(_ p: MountPoint, _ rel: [String]) throws(FileSystemError) -> FileKind {
    if rel.isEmpty { return .directory }
    if p.mount.mode == .overlay {
      switch try overlayLookup(p, rel) {
      case .memory(let f): return .file(size: f.bytes.count)
      case .directory: return .directory
      case .host: break
      }
    }
    return try hostKind(p, rel)
  }

  /// The entries of a directory, sorted (CPython's order is the directory's, which is arbitrary; sorted
  /// output keeps runs deterministic).
  public func listDirectory(_ path: String) throws(FileSystemError) -> [String] {
    switch try locate(path) {
    case .missing: throw FileSystemError(.notFound)
    case .synthetic(let comps): return syntheticChildren(comps)
    case .mounted(let p, let rel):
      var names: Set<String> = []
      if p.mount.mode == .overlay {
        switch try overlayLookup(p, rel) {
        case .memory: throw FileSystemError(.notADirectory)
        case .directory(let hostVisible):
          if hostVisible, let host = try? hostList(p, rel) { names.formUnion(host) }
        case .host:
          names.formUnion(try hostList(p, rel))
        }
        let prefix = rel.isEmpty ? "" : rel.joined(separator: "/") + "/"
        for (key, entry) in p.layer where key.hasPrefix(prefix) {
          let rest = key.dropFirst(prefix.count)
          guard !rest.isEmpty, !rest.contains("/") else { continue }
          if case .whiteout = entry { names.remove(String(rest)) } else { names.insert(String(rest)) }
        }
      } else {
        names.formUnion(try hostList(p, rel))
      }
      // Mount points below this directory show up as entries too.
      let full = p.components + rel
      for q in points where q.components.count == full.count + 1 && q.components.starts(with: full) {
        names.insert(q.components[full.count])
      }
      return names.sorted()
    }
  }

  /// The whole content of a file (for hosts inspecting what a run wrote, overlay changes included).
  public func readFile(_ path: String) throws(FileSystemError) -> [UInt8] {
    let f = try open(path, OpenRequest(read: true))
    defer { f.close() }
    return try f.read(at: 0, count: try f.size())
  }

  // MARK: Changes

  /// Opens (and with `create`/`truncate`, makes or empties) a file.
  func open(_ path: String, _ request: OpenRequest) throws(FileSystemError) -> VirtualFile {
    let changes = request.write || request.create || request.truncate
    if path.hasSuffix("/") {
      // A trailing slash names a directory: a file there is not one, a new name cannot be a file.
      switch kind(path) {
      case .file?: throw FileSystemError(.notADirectory)
      case .directory?: throw FileSystemError(.isADirectory)
      case nil: throw FileSystemError(request.create ? .isADirectory : .notFound)
      }
    }
    switch try locate(path) {
    case .missing: throw FileSystemError(.notFound)
    case .synthetic:
      throw FileSystemError(.isADirectory)
    case .mounted(let p, let rel):
      guard let name = rel.last else { throw FileSystemError(.isADirectory) }
      if p.mount.mode == .overlay {
        return try overlayOpen(p, rel, request, virtualPath: absolutePath(path))
      }
      if changes && p.mount.mode == .readOnly {
        // Lookup errors first (as the kernel reports them), then the read-only refusal.
        let existing: FileKind?
        do {
          existing = try hostKind(p, rel)
        } catch {
          if error.code != .notFound { throw error }
          existing = nil
        }
        if existing == .directory { throw FileSystemError(.isADirectory) }
        if existing == nil {
          guard request.create else { throw FileSystemError(.notFound) }
          _ = try hostDirectoryKind(p, Array(rel.dropLast()))
        } else if request.exclusive {
          throw FileSystemError(.exists)
        }
        throw FileSystemError(.readOnly)
      }
      let fd = try hostOpen(p, Array(rel.dropLast()), name, request)
      let file = VirtualFile(fs: self, path: absolutePath(path), backing: .host(p, rel), request: request)
      adopt(file, descriptor: fd)
      return file
    }
  }

  public func makeDirectory(_ path: String) throws(FileSystemError) {
    switch try locate(path) {
    case .missing: throw FileSystemError(.notFound)
    case .synthetic: throw FileSystemError(.exists)
    case .mounted(let p, let rel):
      guard let name = rel.last else { throw FileSystemError(.exists) }
      let parent = Array(rel.dropLast())
      switch p.mount.mode {
      case .readOnly:
        if (try? hostKind(p, rel)) != nil { throw FileSystemError(.exists) }
        _ = try hostDirectoryKind(p, parent)
        throw FileSystemError(.readOnly)
      case .readWrite:
        let dir = try hostOpenDirectory(p, parent)
        defer { closeDescriptor(dir) }
        if mkdirat(dir, name, 0o755) != 0 { throw FileSystemError.host(errno) }
      case .overlay:
        if (try? kind(p, rel)) != nil { throw FileSystemError(.exists) }
        guard try kind(p, parent) == .directory else { throw FileSystemError(.notADirectory) }
        let key = rel.joined(separator: "/")
        var opaque = false
        if case .whiteout? = p.layer[key] { opaque = true }
        p.layer[key] = .directory(opaque: opaque)
      }
    }
  }

  /// Deletes a file (`directory: false`, os.remove) or an empty directory (os.rmdir).
  public func remove(_ path: String, directory: Bool) throws(FileSystemError) {
    // rmdir(2) refuses a path ending in "." (it would remove the directory through its own entry).
    if directory && (path == "." || path.hasSuffix("/.")) { throw FileSystemError(.invalid) }
    switch try locate(path) {
    case .missing: throw FileSystemError(.notFound)
    case .synthetic: throw directory ? FileSystemError(.accessDenied) : FileSystemError(.isADirectory)
    case .mounted(let p, let rel):
      guard let name = rel.last else {
        throw directory ? FileSystemError(.accessDenied) : FileSystemError(.isADirectory)
      }
      if points.contains(where: { $0.components == p.components + rel }) { throw FileSystemError(.accessDenied) }
      switch p.mount.mode {
      case .readOnly:
        let k = try hostEntryKind(p, rel)
        try checkRemovable(k, directory: directory, path: path)
        throw FileSystemError(.readOnly)
      case .readWrite:
        let k = try hostEntryKind(p, rel)
        try checkRemovable(k, directory: directory, path: path)
        let dir = try hostOpenDirectory(p, Array(rel.dropLast()))
        defer { closeDescriptor(dir) }
        if unlinkat(dir, name, directory ? AT_REMOVEDIR : 0) != 0 { throw FileSystemError.host(errno) }
      case .overlay:
        let k = try kind(p, rel)
        try checkRemovable(k, directory: directory, path: path)
        let key = rel.joined(separator: "/")
        if directory {
          // Drop the directory's own overlay entries (all whiteouts or nothing, since it is empty).
          let prefix = key + "/"
          for k in p.layer.keys where k.hasPrefix(prefix) { p.layer[k] = nil }
        }
        p.layer[key] = (try? hostEntryKind(p, rel)) != nil ? .whiteout : nil
      }
    }
  }

  /// Kinds of host entries, symlinks included (they may be removed; nothing else follows them).
  enum EntryKind: Equatable { case file, directory, other }

  private func checkRemovable(_ k: FileKind, directory: Bool, path: String) throws(FileSystemError) {
    switch k {
    case .file: if directory { throw FileSystemError(.notADirectory) }
    case .directory:
      if !directory { throw FileSystemError(.isADirectory) }
      if try !listDirectory(path).isEmpty { throw FileSystemError(.notEmpty) }
    }
  }

  private func checkRemovable(_ k: EntryKind, directory: Bool, path: String) throws(FileSystemError) {
    switch k {
    case .file, .other: if directory { throw FileSystemError(.notADirectory) }
    case .directory:
      if !directory { throw FileSystemError(.isADirectory) }
      if try !listDirectory(path).isEmpty { throw FileSystemError(.notEmpty) }
    }
  }

  /// Renames a file or directory (os.rename / os.replace: an existing target file is replaced).
  public func rename(_ source: String, to target: String) throws(FileSystemError) {
    guard case .mounted(let p, let rel) = try locate(source), let name = rel.last else {
      if case .missing = try locate(source) { throw FileSystemError(.notFound) }
      throw FileSystemError(.accessDenied)
    }
    if points.contains(where: { $0.components == p.components + rel }) { throw FileSystemError(.accessDenied) }
    guard case .mounted(let q, let trel) = try locate(target), let tname = trel.last else {
      if case .missing = try locate(target) { throw FileSystemError(.notFound) }
      throw FileSystemError(.crossDevice)
    }
    switch p.mount.mode {
    case .readOnly:
      _ = try hostEntryKind(p, rel)
      throw FileSystemError(.readOnly)
    case .readWrite:
      _ = try hostEntryKind(p, rel)
      guard p === q else { throw FileSystemError(.crossDevice) }
      let from = try hostOpenDirectory(p, Array(rel.dropLast()))
      defer { closeDescriptor(from) }
      let to = try hostOpenDirectory(q, Array(trel.dropLast()))
      defer { closeDescriptor(to) }
      if renameat(from, name, to, tname) != 0 { throw FileSystemError.host(errno) }
    case .overlay:
      let k = try kind(p, rel)
      guard p === q else { throw FileSystemError(.crossDevice) }
      // As Linux overlayfs: directories cannot be renamed (EXDEV, after the checks of the target);
      // files are copied up and moved.
      guard case .file = k else {
        if case .file? = try? kind(q, trel) { throw FileSystemError(.notADirectory) }
        throw FileSystemError(.crossDevice)
      }
      if rel == trel { return }
      if let existing = try? kind(q, trel), existing == .directory { throw FileSystemError(.isADirectory) }
      guard try kind(q, Array(trel.dropLast())) == .directory else { throw FileSystemError(.notADirectory) }
      let content = try overlayCopyUp(p, rel)
      p.layer[trel.joined(separator: "/")] = .file(content)
      p.layer[rel.joined(separator: "/")] = (try? hostEntryKind(p, rel)) != nil ? .whiteout : nil
    }
  }

  /// Changes the virtual current directory (os.chdir).
  public func changeDirectory(_ path: String) throws(FileSystemError) {
    guard let k = kind(path) else { throw FileSystemError(.notFound) }
    guard k == .directory else { throw FileSystemError(.notADirectory) }
    currentDirectory = absolutePath(path)
  }

  /// Counts `n` bytes against the write limit, or refuses them all.
  func chargeWrite(_ n: Int) throws(FileSystemError) {
    if let limit = writeLimit, n > limit - bytesWritten {
      throw FileSystemError(.quotaExceeded, text: "write limit exceeded (\(limit) bytes per run)")
    }
    bytesWritten += n
  }

  // MARK: Host access (every path goes through here)

  /// Opens directory `rel` of the mount, one component at a time without following symlinks.
  /// The caller closes the returned descriptor.
  func hostOpenDirectory(_ p: MountPoint, _ rel: [String]) throws(FileSystemError) -> Int32 {
    // A fresh open file description (not `dup`: that would share the directory offset with readdir).
    var fd = openat(p.rootDescriptor, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if fd < 0 { throw FileSystemError.host(errno) }
    for c in rel {
      let next = openat(fd, c, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
      if next < 0 {
        let e = errno
        let error = hostFailure(fd, c, e)
        closeDescriptor(fd)
        throw error
      }
      closeDescriptor(fd)
      fd = next
    }
    return fd
  }

  /// The error for a failed `openat` of `name` in `dir`: a symlink (or anything but a regular file or
  /// directory) is refused as "Permission denied" whatever the kernel said about it.
  private func hostFailure(_ dir: Int32, _ name: String, _ e: Int32) -> FileSystemError {
    var st = stat()
    if fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) == 0 && (st.st_mode & S_IFMT) == S_IFLNK {
      return FileSystemError(.accessDenied)
    }
    return FileSystemError.host(e)
  }

  /// The kind of an existing host entry (symlinks and special files are `.other`).
  func hostEntryKind(_ p: MountPoint, _ rel: [String]) throws(FileSystemError) -> EntryKind {
    guard let name = rel.last else { return .directory }
    let dir = try hostOpenDirectory(p, Array(rel.dropLast()))
    defer { closeDescriptor(dir) }
    var st = stat()
    if fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) != 0 { throw FileSystemError.host(errno) }
    switch st.st_mode & S_IFMT {
    case S_IFREG: return .file
    case S_IFDIR: return .directory
    default: return .other
    }
  }

  /// The kind of a host entry as sandboxed code sees it: symlinks and special files are refused.
  func hostKind(_ p: MountPoint, _ rel: [String]) throws(FileSystemError) -> FileKind {
    guard let name = rel.last else { return .directory }
    let dir = try hostOpenDirectory(p, Array(rel.dropLast()))
    defer { closeDescriptor(dir) }
    var st = stat()
    if fstatat(dir, name, &st, AT_SYMLINK_NOFOLLOW) != 0 { throw FileSystemError.host(errno) }
    switch st.st_mode & S_IFMT {
    case S_IFREG: return .file(size: Int(st.st_size))
    case S_IFDIR: return .directory
    default: throw FileSystemError(.accessDenied)
    }
  }

  /// Checks that `rel` is a directory (for creating in it); its lookup errors otherwise.
  func hostDirectoryKind(_ p: MountPoint, _ rel: [String]) throws(FileSystemError) -> FileKind {
    let k = try hostKind(p, rel)
    if k != .directory { throw FileSystemError(.notADirectory) }
    return k
  }

  func hostList(_ p: MountPoint, _ rel: [String]) throws(FileSystemError) -> [String] {
    let fd = try hostOpenDirectory(p, rel)
    guard let dir = fdopendir(fd) else {
      let e = errno
      closeDescriptor(fd)
      throw FileSystemError.host(e)
    }
    defer { _ = closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
        let bytes = raw.prefix { $0 != 0 }
        return String(decoding: bytes, as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }

  /// Opens a host file: the directories by `hostOpenDirectory`, the file itself with O_NOFOLLOW (and
  /// O_NONBLOCK so that a FIFO cannot block); anything but a regular file is refused.
  func hostOpen(_ p: MountPoint, _ dirRel: [String], _ name: String,
                _ r: OpenRequest) throws(FileSystemError) -> Int32 {
    let dir = try hostOpenDirectory(p, dirRel)
    defer { closeDescriptor(dir) }
    var flags = O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK
    flags |= r.read && r.write ? O_RDWR : r.write ? O_WRONLY : O_RDONLY
    if r.create { flags |= O_CREAT }
    if r.exclusive { flags |= O_EXCL }
    if r.append { flags |= O_APPEND }
    // Truncation waits until the file is known to be a regular file.
    let fd = openat(dir, name, flags, 0o644)
    if fd < 0 {
      let e = errno
      throw hostFailure(dir, name, e)
    }
    var st = stat()
    if fstat(fd, &st) != 0 || (st.st_mode & S_IFMT) != S_IFREG {
      let isDirectory = (st.st_mode & S_IFMT) == S_IFDIR
      closeDescriptor(fd)
      throw FileSystemError(isDirectory ? .isADirectory : .accessDenied)
    }
    if r.truncate && ftruncate(fd, 0) != 0 {
      let e = errno
      closeDescriptor(fd)
      throw FileSystemError.host(e)
    }
    return fd
  }

  /// Registers a file's new host descriptor, closing the oldest others beyond `maxOpenDescriptors`.
  func adopt(_ file: VirtualFile, descriptor: Int32) {
    file.descriptor = descriptor
    descriptorHolders.removeAll { $0.file == nil || $0.file === file }
    descriptorHolders.append(Weak(file: file))
    while descriptorHolders.count > max(maxOpenDescriptors, 1) {
      let oldest = descriptorHolders.removeFirst()
      oldest.file?.releaseDescriptor()
    }
  }

  func forget(_ file: VirtualFile) {
    descriptorHolders.removeAll { $0.file == nil || $0.file === file }
  }

  // MARK: Overlay

  enum OverlayHit {
    case memory(MemoryFile)
    /// A directory of the overlay; `hostVisible` when the host directory below it still shows through.
    case directory(hostVisible: Bool)
    /// Nothing in the overlay says otherwise: ask the host.
    case host
  }

  /// The overlay's view of `rel`: a memory file, an overlay directory, missing (thrown), or the host's.
  func overlayLookup(_ p: MountPoint, _ rel: [String]) throws(FileSystemError) -> OverlayHit {
    var hostVisible = true
    for i in 1...max(rel.count, 1) where !rel.isEmpty {
      let key = rel[0..<i].joined(separator: "/")
      guard let entry = p.layer[key] else {
        if !hostVisible { throw FileSystemError(.notFound) }
        continue
      }
      let last = i == rel.count
      switch entry {
      case .whiteout: throw FileSystemError(.notFound)
      case .file(let f):
        if last { return .memory(f) }
        throw FileSystemError(.notADirectory)
      case .directory(let opaque):
        if opaque { hostVisible = false }
        if last {
          // A directory made in the overlay over nothing on the host shows only overlay entries.
          let onHost = hostVisible && (try? hostKind(p, rel)) == .directory
          return .directory(hostVisible: onHost)
        }
      }
    }
    return .host
  }

  /// The overlay's file for `rel`, copied up from the host when it exists only there (the copy counts
  /// against the write limit: it is overlay memory like anything written).
  func overlayCopyUp(_ p: MountPoint, _ rel: [String]) throws(FileSystemError) -> MemoryFile {
    switch try overlayLookup(p, rel) {
    case .memory(let f): return f
    case .directory: throw FileSystemError(.isADirectory)
    case .host:
      guard let name = rel.last else { throw FileSystemError(.isADirectory) }
      let host = VirtualFile(fs: self, path: "", backing: .host(p, rel), request: OpenRequest(read: true))
      adopt(host, descriptor: try hostOpen(p, Array(rel.dropLast()), name, host.request))
      defer { host.close() }
      let size = try host.size()
      guard size <= VirtualFile.maxSize else { throw FileSystemError(.fileTooLarge) }
      try chargeWrite(size)
      let f = MemoryFile(try host.read(at: 0, count: size))
      p.layer[rel.joined(separator: "/")] = .file(f)
      return f
    }
  }

  func overlayOpen(_ p: MountPoint, _ rel: [String], _ r: OpenRequest,
                   virtualPath: String) throws(FileSystemError) -> VirtualFile {
    let changes = r.write || r.create || r.truncate
    let existing: FileKind?
    do {
      existing = try kind(p, rel)
    } catch {
      if error.code != .notFound { throw error }
      existing = nil
    }
    let key = rel.joined(separator: "/")
    let memory: MemoryFile
    switch existing {
    case .directory?:
      throw FileSystemError(.isADirectory)
    case .file?:
      if r.exclusive { throw FileSystemError(.exists) }
      if !changes {
        // Reads of a host file go straight to the host (no copy).
        if case .host = try overlayLookup(p, rel), let name = rel.last {
          let fd = try hostOpen(p, Array(rel.dropLast()), name, r)
          let file = VirtualFile(fs: self, path: virtualPath, backing: .host(p, rel), request: r)
          adopt(file, descriptor: fd)
          return file
        }
      }
      if r.truncate, case .host = try overlayLookup(p, rel) {
        memory = MemoryFile([])
        p.layer[key] = .file(memory)
      } else {
        memory = try overlayCopyUp(p, rel)
        if r.truncate { memory.bytes = [] }
      }
    case nil:
      guard r.create else { throw FileSystemError(.notFound) }
      guard try kind(p, Array(rel.dropLast())) == .directory else { throw FileSystemError(.notADirectory) }
      memory = MemoryFile([])
      p.layer[key] = .file(memory)
    }
    return VirtualFile(fs: self, path: virtualPath, backing: .memory(memory), request: r)
  }
}

/// The bytes of a file created or changed in an overlay.
final class MemoryFile {
  var bytes: [UInt8]
  init(_ bytes: [UInt8]) { self.bytes = bytes }
}

/// An open file: random access to a host file (by descriptor, reopened by path if it was closed to stay
/// under `maxOpenDescriptors`) or to an overlay's memory file. Writes are counted against the write limit.
final class VirtualFile {
  enum Backing {
    case host(VirtualFileSystem.MountPoint, [String])
    case memory(MemoryFile)
  }
  let fs: VirtualFileSystem
  /// The absolute virtual path.
  let path: String
  let backing: Backing
  let request: OpenRequest
  var descriptor: Int32 = -1
  private(set) var isClosed = false
  /// A lower bound of the file's size (other handles may have grown it), kept by writes.
  private var knownSize = -1
  /// Largest size a write or truncate may give a file (EFBIG beyond): positions come from the program.
  static let maxSize = 1 << 32

  init(fs: VirtualFileSystem, path: String, backing: Backing, request: OpenRequest) {
    self.fs = fs
    self.path = path
    self.backing = backing
    self.request = request
  }

  deinit {
    if descriptor >= 0 { closeDescriptor(descriptor) }
  }

  func close() {
    isClosed = true
    releaseDescriptor()
    fs.forget(self)
  }

  func releaseDescriptor() {
    if descriptor >= 0 { closeDescriptor(descriptor) }
    descriptor = -1
  }

  /// The host descriptor, reopened (same access, without create/truncate) if it was released.
  private func hostDescriptor(_ p: VirtualFileSystem.MountPoint, _ rel: [String]) throws(FileSystemError) -> Int32 {
    if isClosed { throw FileSystemError(.badDescriptor) }
    if descriptor >= 0 { return descriptor }
    guard let name = rel.last else { throw FileSystemError(.isADirectory) }
    var again = request
    again.create = false
    again.truncate = false
    again.exclusive = false
    let fd = try fs.hostOpen(p, Array(rel.dropLast()), name, again)
    fs.adopt(self, descriptor: fd)
    return fd
  }

  func size() throws(FileSystemError) -> Int {
    switch backing {
    case .memory(let m): return m.bytes.count
    case .host(let p, let rel):
      let fd = try hostDescriptor(p, rel)
      var st = stat()
      if fstat(fd, &st) != 0 { throw FileSystemError.host(errno) }
      return Int(st.st_size)
    }
  }

  /// Up to `count` bytes from `offset` (fewer at the end of the file).
  func read(at offset: Int, count: Int) throws(FileSystemError) -> [UInt8] {
    if count <= 0 { return [] }
    switch backing {
    case .memory(let m):
      guard offset < m.bytes.count else { return [] }
      return Array(m.bytes[offset..<min(m.bytes.count, offset + count)])
    case .host(let p, let rel):
      let fd = try hostDescriptor(p, rel)
      var out = [UInt8](repeating: 0, count: count)
      var got = 0
      while got < count {
        let n = out.withUnsafeMutableBytes { raw in
          pread(fd, raw.baseAddress.map { $0 + got }, count - got, off_t(offset + got))
        }
        if n < 0 {
          if errno == EINTR || errno == EAGAIN { continue }
          throw FileSystemError.host(errno)
        }
        if n == 0 { break }
        got += n
      }
      out.removeLast(count - got)
      return out
    }
  }

  /// Writes `bytes` at `offset` (append mode: at the end); returns the offset after them.
  func write(_ bytes: [UInt8], at offset: Int) throws(FileSystemError) -> Int {
    if isClosed { throw FileSystemError(.badDescriptor) }
    // The size is needed for appending and for a write past the end; sequential writes to a host file
    // skip the fstat (a truncation through another handle can only make the charged gap smaller).
    if case .memory(let m) = backing {
      knownSize = m.bytes.count
    } else if request.append || offset > knownSize {
      knownSize = try size()
    }
    let current = knownSize
    let start = request.append ? current : offset
    guard start >= 0, start <= VirtualFile.maxSize - bytes.count else { throw FileSystemError(.fileTooLarge) }
    // Zeros filling a gap before `start` count as written (they are, in an overlay).
    try fs.chargeWrite(bytes.count + max(0, start - current))
    switch backing {
    case .memory(let m):
      if start > m.bytes.count { m.bytes.append(contentsOf: repeatElement(0, count: start - m.bytes.count)) }
      let overlap = min(bytes.count, m.bytes.count - start)
      if overlap > 0 { m.bytes.replaceSubrange(start..<(start + overlap), with: bytes[0..<overlap]) }
      m.bytes.append(contentsOf: bytes[overlap...])
      knownSize = m.bytes.count
      return start + bytes.count
    case .host(let p, let rel):
      let fd = try hostDescriptor(p, rel)
      var done = 0
      while done < bytes.count {
        let n = bytes.withUnsafeBytes { raw -> Int in
          let base = raw.baseAddress.map { $0 + done }
          return request.append ? writeDescriptor(fd, base, bytes.count - done)
            : pwrite(fd, base, bytes.count - done, off_t(offset + done))
        }
        if n < 0 {
          if errno == EINTR || errno == EAGAIN { continue }
          throw FileSystemError.host(errno)
        }
        done += n
      }
      knownSize = max(current, start + bytes.count)
      return start + bytes.count
    }
  }

  func truncate(to length: Int) throws(FileSystemError) {
    guard length <= VirtualFile.maxSize else { throw FileSystemError(.fileTooLarge) }
    switch backing {
    case .memory(let m):
      if length < m.bytes.count { m.bytes.removeLast(m.bytes.count - length) } else {
        try fs.chargeWrite(length - m.bytes.count)
        m.bytes.append(contentsOf: repeatElement(0, count: length - m.bytes.count))
      }
    case .host(let p, let rel):
      let fd = try hostDescriptor(p, rel)
      let current = try size()
      if length > current { try fs.chargeWrite(length - current) }
      if ftruncate(fd, off_t(length)) != 0 { throw FileSystemError.host(errno) }
    }
    knownSize = -1
  }
}
