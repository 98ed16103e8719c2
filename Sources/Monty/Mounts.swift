// Mounts for hosts: the only way a host gives sandboxed code files. A mount makes a host directory
// visible at a virtual path, read-only (the default), read-write, or as an overlay (the program sees its
// own writes, the host directory is never changed). The file system itself is MontyVM's
// `VirtualFileSystem` (FileSystem.swift); this file re-exports it with the CLI's mount syntax.
import MontyVM

public typealias Mount = MontyVM.Mount
public typealias MountError = MontyVM.MountError
public typealias VirtualFileSystem = MontyVM.VirtualFileSystem
public typealias FileSystemError = MontyVM.FileSystemError

extension Mount {
  /// Parses the command-line form `HOST:VIRTUAL[:ro|rw|overlay]` (read-only when no mode is given),
  /// e.g. `./data:/data`, `/srv/in:/in:ro`, `out:/out:rw`, `repo:/repo:overlay`. The host path may
  /// itself contain colons; the virtual path must be absolute.
  public init(parsing spec: String) throws(MountError) {
    var parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    var mode = Mode.readOnly
    if parts.count >= 3, let m = Mode(rawValue: parts[parts.count - 1]) {
      mode = m
      parts.removeLast()
    }
    guard parts.count >= 2, let virtual = parts.last, virtual.hasPrefix("/") else { throw .invalidSpecification(spec) }
    let host = parts.dropLast().joined(separator: ":")
    if host.isEmpty { throw .invalidSpecification(spec) }
    self.init(hostPath: host, virtualPath: virtual, mode: mode)
  }
}

/// The file system for one interpreter: opens every mount's host directory now (a missing or unreadable
/// directory is a `MountError`), with an optional budget of bytes the program may write in total.
/// Attach it with `interpreter.fileSystem = …`; without one, programs see no files at all.
public func makeFileSystem(_ mounts: [Mount], writeLimit: Int? = nil) throws(MountError) -> VirtualFileSystem {
  try VirtualFileSystem(mounts: mounts, writeLimit: writeLimit)
}
