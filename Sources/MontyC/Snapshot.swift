// Snapshots through the C ABI: the bytes of `Run.snapshot()` and `Run(restoring:)`.
// A restored run has no native (libffi) functions: their calls pause like external calls.
import Monty

/// The bytes of `run`'s state.
func snapshotBytes(of run: Run) throws(MontyError) -> [UInt8] {
  try run.snapshot()
}

/// A run restored from `bytes` made by `snapshotBytes`.
func restoreRun(from bytes: [UInt8]) throws(MontyError) -> Run {
  try Run(restoring: bytes)
}
