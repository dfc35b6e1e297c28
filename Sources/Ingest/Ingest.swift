import EntenteModel

/// Readers of the event data analysts already have; each reader turns one published format into events.
public enum Ingest {}
