import EntenteAnalysis
import EntenteModel
import EntenteReport
import Foundation
import Testing

/// `entente triangle`'s text and CSV say what each tie was read over: a year signed by its stretch is named with the
/// stretch, and a tie left unsigned because the data cannot say how relative tone wobbles is not called neutral.
@Suite("Triangle output")
struct TriangleOutputTests {
    /// Eight years of relative tone `value` with a standard error of 0.4: each year straddles 0 when |value| < 0.78,
    /// the eight pooled do not when |value| > 0.28.
    static func series(_ first: String, _ second: String, _ value: Double, noise: DyadSeries.Noise = Sample.estimatedNoise) -> DyadSeries {
        let points = (2010...2017).map { year in
            DyadSeries.Point(
                period: Period(.year, containing: Day(year: year, month: 6, day: 1)), counts: [10, 0, 0, 0], goldsteinSum: 0, spread: 0,
                mentions: 0,
                relative: .init(tone: Estimate(value: value, standardError: 0.4), expectedIndex: 0.5,
                    engagement: Estimate(value: 0, standardError: 0.1), expectedEvents: 10))
        }
        return DyadSeries(dyad: Dyad(first, second), length: .year, points: points, noise: noise)
    }

    static func document(noise: DyadSeries.Noise = Sample.estimatedNoise) -> TriangleDocument {
        let states = ["AAA", "BBB", "CCC"]
        let series = [Self.series("AAA", "BBB", -0.5, noise: noise), Self.series("AAA", "CCC", -0.6, noise: noise), Self.series("BBB", "CCC", 1.2, noise: noise)]
        let triangles = Triangle.series(states: states, series: series)
        return TriangleDocument(states: states, period: .year, datasets: ["test"], triangles: triangles, transitions: Triangle.transitions(triangles))
    }

    @Test func aYearSignedByItsStretchNamesIt() throws {
        let document = Self.document()
        // A–B and A–C straddle each year and are signed by their eight years; B–C is clear each year on its own.
        #expect(document.triangles.allSatisfy { $0.type == .stableMarriage && $0.roles["AAA"] == .pariah })
        // Words as printed, whatever the wrapping.
        let text = try TriangleOutput.render(document, as: .text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Read over a stretch"))
        #expect(text.contains("AAA–BBB 2010–2017 −0.50 [−0.78, −0.22]"))
        #expect(!text.contains("BBB–CCC 2010–2017"))
        let csv = try TriangleOutput.render(document, as: .csv).split(separator: "\n")
        #expect(csv[0].hasSuffix("balance,stretch12,stretch13,stretch23"))
        #expect(csv[1].hasSuffix(",2010–2017,2010–2017,"))
    }

    @Test func aTieWhoseNoiseIsUnknownIsNotCalledNeutral() throws {
        let document = Self.document(noise: .counting)
        #expect(document.triangles.allSatisfy { $0.type == .undetermined })
        let text = try TriangleOutput.render(document, as: .text)
        #expect(text.contains("0 here is not neutral"))
        #expect(!text.contains("Read over a stretch"))
    }
}
