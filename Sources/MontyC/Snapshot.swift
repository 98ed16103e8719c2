// Snapshots through the C ABI. The two functions below are the only place MontyC touches them, so
// wiring the real `Run.snapshot()` / `Run.restore(_:)` is a change of this file alone.
import Monty

/// The bytes of `run`'s state.
func snapshotBytes(of run: Run) throws(MontyError) -> [UInt8] {
  throw snapshotsUnavailable
}

/// A run restored from `bytes` made by `snapshotBytes`.
func restoreRun(from bytes: [UInt8]) throws(MontyError) -> Run {
  throw snapshotsUnavailable
}

private let snapshotsUnavailable = MontyError(
  type: "NotImplementedError", message: "run snapshots are not available in this build",
  traceback: "NotImplementedError: run snapshots are not available in this build\n")
