/// The stable document form of an event: flat, one key per column, so that JSON Lines and CSV carry the
/// same fields and pandas or R read them as they are.
extension Event: Codable {
    /// The fields of the document form, in order: also the columns of the CSV form.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case id, date, precision, source, sourceSector, sourceName, sourceHistorical
        case target, targetSector, targetName, targetHistorical
        case cameo, rootCode, quadClass, goldstein, magnitude, magnitudeUnit, summary
        case dataset, document, locator, url, citation, issues, reported, hypothetical
        case mentions, sources, articles
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let date = try c.decode(EventDate.self, forKey: .date)
        if let precision = try c.decodeIfPresent(EventDate.Precision.self, forKey: .precision), precision != date.precision {
            throw DecodingError.dataCorruptedError(
                forKey: .precision, in: c, debugDescription: "precision '\(precision.rawValue)' disagrees with the date '\(date.text)'")
        }
        let cameo = try c.decode(CAMEOCode.self, forKey: .cameo)
        var magnitude: Magnitude?
        if let amount = try c.decodeIfPresent(Double.self, forKey: .magnitude) {
            magnitude = Magnitude(amount, try c.decodeIfPresent(String.self, forKey: .magnitudeUnit) ?? "")
        }
        self.init(
            id: try c.decode(String.self, forKey: .id),
            date: date,
            source: Actor(
                try c.decode(String.self, forKey: .source), sector: try c.decodeIfPresent(String.self, forKey: .sourceSector),
                name: try c.decodeIfPresent(String.self, forKey: .sourceName),
                historical: try c.decodeIfPresent(String.self, forKey: .sourceHistorical)),
            target: Actor(
                try c.decode(String.self, forKey: .target), sector: try c.decodeIfPresent(String.self, forKey: .targetSector),
                name: try c.decodeIfPresent(String.self, forKey: .targetName),
                historical: try c.decodeIfPresent(String.self, forKey: .targetHistorical)),
            cameo: cameo,
            goldstein: try c.decodeIfPresent(Double.self, forKey: .goldstein),
            magnitude: magnitude,
            summary: try c.decodeIfPresent(String.self, forKey: .summary) ?? "",
            provenance: Provenance(
                dataset: try c.decodeIfPresent(String.self, forKey: .dataset) ?? "entente",
                document: try c.decodeIfPresent(String.self, forKey: .document),
                locator: try c.decodeIfPresent(String.self, forKey: .locator),
                url: try c.decodeIfPresent(String.self, forKey: .url)),
            issues: try c.decodeIfPresent([Issue].self, forKey: .issues) ?? [],
            reported: try c.decodeIfPresent(Bool.self, forKey: .reported) ?? false,
            hypothetical: try c.decodeIfPresent(Bool.self, forKey: .hypothetical) ?? false,
            mentions: try c.decodeIfPresent(Int.self, forKey: .mentions),
            sources: try c.decodeIfPresent(Int.self, forKey: .sources),
            articles: try c.decodeIfPresent(Int.self, forKey: .articles)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(date, forKey: .date)
        try c.encode(date.precision, forKey: .precision)
        try c.encode(source.country, forKey: .source)
        try c.encodeIfPresent(source.sector, forKey: .sourceSector)
        try c.encodeIfPresent(source.name, forKey: .sourceName)
        try c.encodeIfPresent(source.historical, forKey: .sourceHistorical)
        try c.encode(target.country, forKey: .target)
        try c.encodeIfPresent(target.sector, forKey: .targetSector)
        try c.encodeIfPresent(target.name, forKey: .targetName)
        try c.encodeIfPresent(target.historical, forKey: .targetHistorical)
        try c.encode(cameo, forKey: .cameo)
        try c.encode(rootCode, forKey: .rootCode)
        try c.encode(quadClass, forKey: .quadClass)
        try c.encode(goldstein, forKey: .goldstein)
        try c.encodeIfPresent(magnitude?.amount, forKey: .magnitude)
        try c.encodeIfPresent(magnitude?.unit, forKey: .magnitudeUnit)
        try c.encode(summary, forKey: .summary)
        try c.encode(provenance.dataset, forKey: .dataset)
        try c.encodeIfPresent(provenance.document, forKey: .document)
        try c.encodeIfPresent(provenance.locator, forKey: .locator)
        try c.encodeIfPresent(provenance.url, forKey: .url)
        try c.encode(citation, forKey: .citation)
        try c.encode(issues, forKey: .issues)
        try c.encode(reported, forKey: .reported)
        try c.encode(hypothetical, forKey: .hypothetical)
        try c.encodeIfPresent(mentions, forKey: .mentions)
        try c.encodeIfPresent(sources, forKey: .sources)
        try c.encodeIfPresent(articles, forKey: .articles)
    }
}
