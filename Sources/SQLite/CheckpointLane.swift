import Foundation

/// A thread of its own that writes an ingest's checkpoints, one at a time, while the thread that submitted them
/// goes on committing the next rows in memory.
///
/// The submitting thread must not use the database while a job runs: it calls ``wait()`` first (every
/// ``SQLiteIngestSession`` method that touches the connection does). A job that fails leaves its error for every later
/// ``wait()`` and ``submit(_:)``: the transaction is then in no known state, and the ingest must be abandoned.
final class CheckpointLane: @unchecked Sendable {
    private let condition = NSCondition()
    private var job: (() throws -> Void)?
    private var busy = false
    private var failure: (any Error)?
    private var closed = false
    private var started = false

    /// Runs `job` on the lane's thread once the job before it is done.
    /// - Throws: the error of a job that failed before.
    func submit(_ job: @escaping () throws -> Void) throws {
        condition.lock()
        defer { condition.unlock() }
        while busy { condition.wait() }
        if let failure { throw failure }
        precondition(!closed, "a job submitted to a closed lane")
        self.job = job
        busy = true
        if !started {
            started = true
            let thread = Thread { [self] in loop() }
            thread.name = "entente-checkpoint"
            thread.start()
        }
        condition.broadcast()
    }

    /// Waits until no job runs.
    /// - Throws: the error of a job that failed.
    func wait() throws {
        condition.lock()
        defer { condition.unlock() }
        while busy { condition.wait() }
        if let failure { throw failure }
    }

    /// Waits until no job runs, then lets the thread end; later jobs are refused. Errors are for ``wait()``.
    func close() {
        condition.lock()
        while busy { condition.wait() }
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    private func loop() {
        condition.lock()
        while true {
            while job == nil && !closed { condition.wait() }
            guard let job else { break }
            self.job = nil
            condition.unlock()
            var error: (any Error)?
            do { try job() } catch let caught { error = caught }
            condition.lock()
            if let error, failure == nil { failure = error }
            busy = false
            condition.broadcast()
        }
        condition.unlock()
    }
}
