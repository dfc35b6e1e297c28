import EntenteModel
import EntenteStore
import Foundation

/// A dyad whose aggregates an ingest changed, and over which days: what a watchlist check looks at.
public struct ChangedDyad: Sendable, Hashable {
    public var source: String
    public var target: String
    public var firstDay: Day
    public var lastDay: Day
    public var events: Int
}

/// What the ``Ingester`` hands to its `afterIngest` hook.
public struct IngestReport: Sendable {
    public var summary: IngestSummary
    /// Directed dyads with new events, most events first.
    public var changedDyads: [ChangedDyad]
}

/// Progress of a running ingest, for a progress line.
public struct IngestProgress: Sendable {
    /// The input being read.
    public var path: String
    /// Bytes on disk read so far (an estimate inside a compressed input) and in all.
    public var diskBytesDone: Int64
    public var diskBytesTotal: Int64
    public var rows: Int64
    public var seconds: Double
}

/// The number of cores, read once.
public enum ProcessInfoCores {
    public static let count = ProcessInfo.processInfo.activeProcessorCount
}
