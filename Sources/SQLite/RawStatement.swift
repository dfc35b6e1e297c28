import EntenteStore
import GRDBSQLite

/// A prepared statement run through SQLite's C interface.
///
/// For work done off GRDB's queue: an ingest's checkpoint is written on a thread of its own while the committing
/// thread goes on (``IngestCheckpoint``), and GRDB allows a `Database` only on its queue. The connection is the
/// session's; one thread at a time uses it, handed over under a lock (``CheckpointLane``).
final class RawStatement {
    let handle: OpaquePointer
    private let connection: OpaquePointer

    init(_ connection: OpaquePointer, _ sql: String) throws {
        var handle: OpaquePointer?
        let code = sqlite3_prepare_v3(connection, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &handle, nil)
        guard code == SQLITE_OK, let handle else {
            throw RawStatement.error(connection, code, "cannot prepare a statement")
        }
        self.connection = connection
        self.handle = handle
    }

    deinit { sqlite3_finalize(handle) }

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(handle, index, value) }
    func bind(_ index: Int32, _ value: Int) { sqlite3_bind_int64(handle, index, Int64(value)) }
    func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(handle, index, value) }
    func bind(_ index: Int32, _ value: Bool) { sqlite3_bind_int64(handle, index, value ? 1 : 0) }

    /// Binds a copy of the text, or NULL.
    func bind(_ index: Int32, _ value: String?) {
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        _ = value.withCString { sqlite3_bind_text(handle, index, $0, -1, SQLITE_TRANSIENT_) }
    }

    /// Binds a copy of the bytes as a blob.
    func bind(_ index: Int32, _ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), SQLITE_TRANSIENT_) }
    }

    /// Runs the statement to its end and makes it ready to run again.
    func run(_ what: @autoclosure () -> String) throws {
        var code = sqlite3_step(handle)
        while code == SQLITE_ROW { code = sqlite3_step(handle) }
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else { throw Self.error(connection, code, what()) }
    }

    /// The first column of the first row as an integer (nil for no row or NULL), and makes it ready to run again.
    func integer(_ what: @autoclosure () -> String) throws -> Int64? {
        let code = sqlite3_step(handle)
        defer { sqlite3_reset(handle) }
        switch code {
        case SQLITE_ROW: return sqlite3_column_type(handle, 0) == SQLITE_NULL ? nil : sqlite3_column_int64(handle, 0)
        case SQLITE_DONE: return nil
        default: throw Self.error(connection, code, what())
        }
    }

    static func error(_ connection: OpaquePointer, _ code: Int32, _ what: String) -> StoreError {
        StoreError(path: nil, reason: "\(what): \(String(cString: sqlite3_errmsg(connection))) (SQLite code \(code))")
    }
}

/// SQLite's "copy the value now" destructor.
let SQLITE_TRANSIENT_ = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
