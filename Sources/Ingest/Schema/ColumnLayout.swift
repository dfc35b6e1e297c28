import EntenteModel

/// A tabular layout as data: its columns in order, found by name.
///
/// Every column position a reader uses comes from here: a reader asks `layout.column("EventCode")` once, when
/// it is made, and never writes an index of its own.
public struct ColumnLayout: Sendable, Hashable {
    public let name: String
    public let columns: [String]

    public init(name: String, columns: [String]) {
        self.name = name
        self.columns = columns
    }

    /// The 0-based position of a column of this layout.
    ///
    /// - Precondition: the layout has the column (layouts are constants; a missing name is a programming error).
    public func column(_ name: String) -> Int {
        guard let index = columns.firstIndex(of: name) else { preconditionFailure("layout \(self.name) has no column \(name)") }
        return index
    }

    /// The position of a column, nil when the layout lacks it (SOURCEURL in GDELT's history files).
    public func columnIfPresent(_ name: String) -> Int? { columns.firstIndex(of: name) }
}

/// Every layout Entente reads, in one place.
///
/// Column names are GDELT's and ICEWS's own (GDELT-Event_Codebook-V2.0, GDELT 2.0 Event Codebook; ICEWS
/// Dataverse files), so that a layout can be checked against the codebooks by reading it.
public enum Layouts {
    /// GDELT 1.0 daily files (from April 2013): 58 columns, ending in DATEADDED and SOURCEURL.
    public static let gdelt1Daily = ColumnLayout(name: "gdelt1-58", columns: gdeltActorColumns + gdeltEventColumns + [
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_Lat",
        "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_Lat",
        "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_Lat",
        "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ])

    /// GDELT 1.0 history files (1979 – March 2013): the daily layout without SOURCEURL, 57 columns.
    public static let gdelt1History = ColumnLayout(name: "gdelt1-57", columns: Array(gdelt1Daily.columns.dropLast()))

    /// GDELT 2.0 event files: 61 columns, each geography with an ADM2 code; DATEADDED is YYYYMMDDHHMMSS.
    public static let gdelt2 = ColumnLayout(name: "gdelt2-61", columns: gdeltActorColumns + gdeltEventColumns + [
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ])

    /// ICEWS event files as published on Dataverse: a header line with these 20 names, tab-separated, `NA` for
    /// a missing value.
    public static let icews = ColumnLayout(name: "icews-20", columns: [
        "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
        "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
        "City", "District", "Province", "Country", "Latitude", "Longitude",
    ])

    /// GDELT 1.0's reduced historical files: a header line with these 17 names, tab-separated; a row may stop
    /// after its last non-empty field (at least through Goldstein).
    public static let gdelt1Reduced = ColumnLayout(name: "gdelt1-reduced-17", columns: [
        "Date", "Source", "Target", "CAMEOCode", "NumEvents", "NumArts", "QuadClass", "Goldstein",
        "SourceGeoType", "SourceGeoLat", "SourceGeoLong", "TargetGeoType", "TargetGeoLat", "TargetGeoLong",
        "ActionGeoType", "ActionGeoLat", "ActionGeoLong",
    ])

    /// Entente's CSV: a header with the event's document fields (``Event/fieldNames``), in any order.
    public static let ententeCSV = ColumnLayout(name: "entente-csv", columns: Event.fieldNames)

    static let gdeltActorColumns = [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    ]

    static let gdeltEventColumns = [
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
    ]

    /// The layouts of a tab-separated format by column count (GDELT 1.0 mixes two in one file).
    public static func tabLayouts(for format: InputFormat) -> [ColumnLayout] {
        switch format {
        case .gdelt1: [gdelt1History, gdelt1Daily]
        case .gdelt2: [gdelt2]
        case .icews: [icews]
        case .jsonl, .csv, .counts, .gdeltReduced: []
        }
    }
}
