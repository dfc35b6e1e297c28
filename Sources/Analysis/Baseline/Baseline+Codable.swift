import EntenteModel

/// A baseline is kept between runs (``RelationsReader`` stores it in the store's metadata): its fits and noise,
/// not the indices rebuilt from them.
extension Baseline: Codable {
    private enum CodingKeys: String, CodingKey {
        case length, states, periods, fits, tone, relativeTone, engagement, hostility
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            length: try container.decode(PeriodLength.self, forKey: .length), states: try container.decode([String].self, forKey: .states),
            periods: try container.decode([Period].self, forKey: .periods), fits: try container.decode([PeriodFit].self, forKey: .fits),
            tone: try container.decode(Dispersion.self, forKey: .tone), relativeTone: try container.decode(Dispersion.self, forKey: .relativeTone),
            engagement: try container.decode(Dispersion.self, forKey: .engagement),
            hostility: try container.decode(Dispersion.self, forKey: .hostility))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(length, forKey: .length)
        try container.encode(states, forKey: .states)
        try container.encode(periods, forKey: .periods)
        try container.encode(fits, forKey: .fits)
        try container.encode(tone, forKey: .tone)
        try container.encode(relativeTone, forKey: .relativeTone)
        try container.encode(engagement, forKey: .engagement)
        try container.encode(hostility, forKey: .hostility)
    }
}
