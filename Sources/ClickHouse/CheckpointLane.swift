import Dispatch
import NIOConcurrencyHelpers

/// A serial queue that writes an ingest's checkpoints, one at a time, while the thread that submitted them goes on
/// counting the next rows: a checkpoint's inserts (compressing its rows, sending them, ClickHouse parsing and writing
/// them) take as long as reading the rows did.
///
/// A job that fails leaves its error for every later ``wait()`` and ``submit(_:)``: the ingest must stop.
final class CheckpointLane: Sendable {
    private let queue = DispatchQueue(label: "entente.clickhouse.checkpoint")
    private let failure = NIOLockedValueBox<(any Error)?>(nil)

    /// Runs `job` on the lane once the job before it is done.
    /// - Throws: the error of a job that failed before.
    func submit(_ job: @escaping @Sendable () throws -> Void) throws {
        try wait()
        queue.async { [failure] in
            do {
                try job()
            } catch {
                failure.withLockedValue { if $0 == nil { $0 = error } }
            }
        }
    }

    /// Waits until no job runs.
    /// - Throws: the error of a job that failed.
    func wait() throws {
        queue.sync {}
        if let error = failure.withLockedValue({ $0 }) { throw error }
    }
}
