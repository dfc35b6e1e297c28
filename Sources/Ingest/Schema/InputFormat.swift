/// The published formats Entente reads.
public enum InputFormat: String, Sendable, CaseIterable, Codable {
    /// GDELT 1.0 event exports: 57 columns (history files) or 58 (daily files), decided per row.
    case gdelt1
    /// GDELT 2.0 event exports: 61 columns.
    case gdelt2
    /// ICEWS event files as published on Dataverse: tab-separated, a header, 20 columns, country names.
    case icews
    /// Entente's own JSON Lines (`entente events --format json`).
    case jsonl
    /// Entente's own CSV (`entente events --format csv`).
    case csv
    /// Tables of event counts per directed pair of states and period (CSV or tab-separated, columns found by the
    /// header's names): ICEWS dyad-years, what `entente dyad --directed --format csv` writes, any such table.
    case counts
    /// GDELT 1.0's reduced historical files (1979–2013): a header, then per row a day, two CAMEO actor codes, an event
    /// code and how many events it counts.
    case gdeltReduced = "gdelt1-reduced"

    /// The dataset of the rows unless `--dataset` names another (Entente's own formats keep the dataset each event
    /// names; this is the dataset of those that name none).
    public var dataset: String {
        switch self {
        case .gdelt1: "gdelt1"
        case .gdelt2: "gdelt2"
        case .icews: "icews"
        case .jsonl, .csv: "entente"
        case .counts: "counts"
        case .gdeltReduced: "gdelt1-reduced"
        }
    }

    /// Whether rows are counts of events (aggregates) rather than events.
    public var holdsCounts: Bool { self == .counts || self == .gdeltReduced }

    /// What the format looks like, for messages.
    /// What rows of the format are, in a message that gives their columns itself: "GDELT 1.0 events".
    public var title: String {
        switch self {
        case .gdelt1: "GDELT 1.0 events"
        case .gdelt2: "GDELT 2.0 events"
        case .icews: "ICEWS events"
        case .jsonl: "Entente JSON Lines"
        case .csv: "Entente CSV"
        case .counts: "counts per pair and period"
        case .gdeltReduced: "GDELT 1.0 reduced rows"
        }
    }

    public var summary: String {
        switch self {
        case .gdelt1: "GDELT 1.0 events (57 or 58 tab-separated columns)"
        case .gdelt2: "GDELT 2.0 events (61 tab-separated columns)"
        case .icews: "ICEWS events (tab-separated, header 'Event ID', 20 columns)"
        case .jsonl: "Entente JSON Lines (one event object a line)"
        case .csv: "Entente CSV (header 'id,date,…')"
        case .counts: "counts per pair and period (a header naming source, target, a period and the four quad-class counts)"
        case .gdeltReduced: "GDELT 1.0 reduced (header 'Date⇥Source⇥Target⇥CAMEOCode⇥NumEvents…')"
        }
    }
}
