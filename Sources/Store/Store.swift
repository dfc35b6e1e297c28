/// Everything Entente asks of a store: what the application opens (EntenteSetup's `StoreLocation`) and hands to
/// the commands, the server and the ingest.
///
/// Analyses ask only for the parts they read (``EventStore``, ``ArmsTransferStore``, ``WatchStore``).
public protocol Store: EventStore, ArmsTransferStore, WatchStore, MetadataStore, ChangeTracking, IngestStore {}
