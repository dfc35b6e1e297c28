import EntenteAnalysis
import EntenteModel
import EntenteReport
import Testing

@Suite("Brief text")
struct BriefTextTests {
    /// A series is named by the periods it covers: a span of years, or one year alone, not "2018–2018".
    @Test func aSeriesSpanNamesOnePeriodOnce() throws {
        let series = Sample.relativeSeries()
        #expect(BriefText.span(of: series) == "2010–2019 by year")
        let one = DyadSeries(dyad: series.dyad, length: .year, points: [series.points[8]], noise: series.noise)
        #expect(BriefText.span(of: one) == "2018 by year")
        #expect(BriefText.span(of: DyadSeries(dyad: series.dyad, length: .year, points: [], noise: series.noise)) == nil)
    }
}
