// What the host grants a run beyond computation: mounted directories (the only files sandboxed code
// can reach) and a budget of bytes written to them. The clock and randomness policies join this.
import MontyVM

public struct HostAccess: Sendable {
  /// Host directories visible to the program at virtual paths (read-only, read-write or overlay).
  public var mounts: [Mount]
  /// Bytes the program may write to mounts in one run (nil: unlimited).
  public var maxWriteBytes: Int?
  /// What `time` and `random` may read of the host's clock and entropy.
  public var policy: HostPolicy

  public init(mounts: [Mount] = [], maxWriteBytes: Int? = nil, policy: HostPolicy = .standard) {
    self.mounts = mounts
    self.maxWriteBytes = maxWriteBytes
    self.policy = policy
  }

  /// Applies the grants to a VM (a fresh file system per run).
  func apply(to vm: Interpreter) throws(MontyError) {
    vm.apply(policy)
    if mounts.isEmpty && maxWriteBytes == nil { return }
    do {
      vm.fileSystem = try makeFileSystem(mounts, writeLimit: maxWriteBytes)
    } catch {
      throw MontyError(type: "OSError", message: "cannot mount: \(error)", traceback: "OSError: cannot mount: \(error)\n")
    }
  }
}
