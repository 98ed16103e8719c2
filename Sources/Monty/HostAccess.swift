// What the host grants a run beyond computation: mounted directories (the only files sandboxed code
// can reach) and a budget of bytes written to them. The clock and randomness policies join this.
import MontyVM

public struct HostAccess: Sendable {
  /// Host directories visible to the program at virtual paths (read-only, read-write or overlay).
  public var mounts: [Mount]
  /// Bytes the program may write to mounts in one run (nil: unlimited).
  public var maxWriteBytes: Int?

  public init(mounts: [Mount] = [], maxWriteBytes: Int? = nil) {
    self.mounts = mounts
    self.maxWriteBytes = maxWriteBytes
  }

  /// Applies the grants to a VM (a fresh file system per run).
  func apply(to vm: Interpreter) throws(MontyError) {
    if mounts.isEmpty && maxWriteBytes == nil { return }
    do {
      vm.fileSystem = try makeFileSystem(mounts, writeLimit: maxWriteBytes)
    } catch {
      throw MontyError(type: "OSError", message: "cannot mount: \(error)", traceback: "OSError: cannot mount: \(error)\n")
    }
  }
}
