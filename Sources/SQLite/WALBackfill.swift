import Foundation
import GRDBSQLite

/// A thread of its own, with a connection of its own, that copies the pages an ingest commits from the write-ahead
/// log into the database file (SQLite's WAL checkpoint, which this project calls a backfill so as not to mistake it
/// for an ingest's checkpoint) while the ingest goes on writing.
///
/// Left to SQLite, the committing connection copies them itself after each commit of more than 1,000 pages, and waits
/// for two `fdatasync`s: on the benchmark's 1,000,000 raw events, 68 of them blocked the committing thread 1.9 s in
/// all, and the copy took 0.5 s of its CPU. The ingest's connection turns that off (`PRAGMA wal_autocheckpoint = 0`)
/// and asks this thread after each commit (``request()``); it copies what is committed, never waiting for readers or
/// the writer (`SQLITE_CHECKPOINT_PASSIVE`). Durability is SQLite's: a commit is in the log before this copies it, and
/// a kill at any moment leaves the log to be read again at the next open.
///
/// While the writer begins its next transaction before the copy ends, SQLite cannot start the log over: it grows by
/// what is committed, and is started over once a copy has caught up with it (``drain()``, then a write).
final class WALBackfill: @unchecked Sendable {
    private let condition = NSCondition()
    private var requested = false
    private var busy = false
    private var closed = false
    private var connection: OpaquePointer?
    private var thread: Thread?

    /// Opens a second connection to the database at `path`; nil when it cannot (the committing connection then
    /// copies the pages itself, as SQLite does by default).
    init?(path: String) {
        var handle: OpaquePointer?
        // A connection knows the database is in WAL mode once it has read it: until then a checkpoint does nothing.
        guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK, let handle,
            sqlite3_exec(handle, "SELECT count(*) FROM sqlite_master", nil, nil, nil) == SQLITE_OK
        else {
            sqlite3_close(handle)
            return nil
        }
        connection = handle
        let thread = Thread { [self] in loop() }
        thread.name = "entente-wal-backfill"
        self.thread = thread
        thread.start()
    }

    /// Asks for a copy of what is committed; returns at once. Requests made while one copy runs make one more.
    func request() {
        condition.lock()
        requested = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every request made so far is done.
    func drain() {
        condition.lock()
        while requested || busy { condition.wait() }
        condition.unlock()
    }

    /// Waits for the copy running, if any, then closes the connection and ends the thread; requests not yet taken up
    /// are dropped (``drain()`` first to have them done).
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        while connection != nil { condition.wait() }
        condition.unlock()
    }

    private func loop() {
        condition.lock()
        while true {
            while !requested && !closed { condition.wait() }
            if closed {
                requested = false
                break
            }
            requested = false
            busy = true
            condition.unlock()
            // SQLITE_BUSY (another connection copying, or a reader's lock) leaves the rest for the next request.
            _ = sqlite3_wal_checkpoint_v2(connection, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            condition.lock()
            busy = false
            condition.broadcast()
        }
        sqlite3_close_v2(connection)
        connection = nil
        condition.broadcast()
        condition.unlock()
    }

    deinit { close() }
}
