/// A store that takes bulk ingests: the writing side `Ingester` (in EntenteIngest) needs.
public protocol IngestStore: Sendable {
    associatedtype Session: IngestSession

    /// Runs a bulk ingest: `body` gets a session, whose checkpoints make what it wrote durable; what was written
    /// after the last one is made durable when `body` returns.
    ///
    /// Other writers wait until it returns; readers go on. When `body` throws, what was not checkpointed is dropped,
    /// and the run stays marked unfinished, as after a kill.
    func ingest<T>(quarantinePath: String?, _ body: (Session) throws -> T) throws -> T
}
