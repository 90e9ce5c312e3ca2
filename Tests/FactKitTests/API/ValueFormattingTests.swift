import Foundation
import Testing
@testable import FactKit

struct ValueFormattingTests {
    /// decimal text → plain output text.
    static let plainCorpus: [(String, String)] = [
        ("5300000000", "5300000000"), ("5.3e9", "5300000000"), ("-22", "-22"), ("0.5", "0.5"),
        ("0.30", "0.3"), ("33.333333333333333", "33.333333333333"), ("88898", "88898"),
        ("1e-3", "0.001"), ("15000000000000", "15000000000000"), ("0", "0"),
    ]

    @Test(arguments: plainCorpus)
    func plainString(input: String, expected: String) {
        #expect(Decimal(string: input)!.plainString == expected)
    }

    /// period text → parsed and printed back.
    static let periodCorpus: [String] = ["2024", "2024-Q1", "2023-H2", "2024-04", "FY2026-Q2", "FY2024"]

    @Test(arguments: periodCorpus)
    func periodRoundTrip(text: String) {
        #expect(Period(text)?.description == text)
    }

    @Test(arguments: ["2024-Q5", "24-Q1", "2024-13", "", "FY"])
    func periodRejects(text: String) {
        #expect(Period(text) == nil)
    }

    @Test func factColumnsAreFactsMdOrder() {
        #expect(Fact.columns == ["doc", "company", "company_name", "mention", "metric", "value", "unit", "item",
                                 "qualifier", "low", "high", "period", "change", "segment", "status", "text", "start", "end",
                                 "sentence", "confidence"])
    }
}
