import EntenteModel
import Foundation
import Testing

@Suite("Numbers in words")
struct FormatTests {
    /// A ratio is whole from 10, one decimal from 1, one significant digit below 1: a small ratio never reads as 0
    /// (a change of ×0.07 in a brief had read "×0.1 [0.0, 0.3]"), and a large one carries no false precision.
    @Test func ratiosKeepTheirSize() {
        #expect(Format.ratio(1_075.8) == "1,076")
        #expect(Format.ratio(28.2) == "28")
        #expect(Format.ratio(4.14) == "4.1")
        #expect(Format.ratio(0.44) == "0.4")
        #expect(Format.ratio(0.07) == "0.07")
        #expect(Format.ratio(0.024) == "0.02")
        #expect(Format.ratio(0) == "0.0")
        #expect(Format.ratio(log: log(2.0)) == "2.0")
    }
}
