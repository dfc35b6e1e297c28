import EntenteAnalysis
import EntenteModel
import EntenteReport
import EntenteStore
import Foundation
import Testing

/// The server's fast JSON is JSONOutput's compact JSON, byte for byte.
struct CompactJSONTests {
    static func same<Value: Encodable>(_ value: Value) throws {
        let fast = String(decoding: try CompactJSON.encode(value), as: UTF8.self)
        let foundation = try JSONOutput.encode(value, pretty: false)
        #expect(fast == foundation, "\(fast.prefix(200)) ≠ \(foundation.prefix(200))")
    }

    @Test func theBriefAndItsPartsEncodeAsJSONEncoderDoes() throws {
        for length in [PeriodLength.year, .quarter, .month] {
            let brief = try Sample.brief(length: length)
            try Self.same(BriefDocument(brief))
            try Self.same(SeriesDocument(brief.pair.series, shifts: brief.pair.shifts, datasets: brief.datasets.names))
        }
        try Self.same(Sample.events + [Sample.hypothetical])
    }

    struct Odd: Encodable {
        let text = "quote \" backslash \\ slash / tab \t line \n return \r bell \u{07} del \u{7F} é \u{2028} 😀"
        let numbers: [Double] = [1, 0.1, 1e-7, 1e21, -4.4, 0.005681818181818182, 123456789012345678, -0.0, 12345.678]
        let floats: [Float] = [0.1, 3]
        let optional: Int? = nil
        let present: Int? = 3
        let dictionary = ["b": 1, "a": 2, "quarantined": 3, "quarantineFile": 4, "Zeta": 5]
        let nested = [[1, 2], [], [3]]
        let empty: [String: Int] = [:]
        let flag = true
        let url = URL(string: "https://example.org/a/b?c=d")!
        let day = Day(year: 2015, month: 6, day: 12)
    }

    @Test func oddValuesEncodeAsJSONEncoderDoes() throws {
        try Self.same(Odd())
        #expect(throws: EncodingError.self) { try CompactJSON.encode([Double.nan]) }
    }
}
