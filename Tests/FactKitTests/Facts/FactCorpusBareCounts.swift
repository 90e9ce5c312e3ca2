import Foundation
@testable import FactKit

extension FactCorpus {
    /// A bare number with a scale word or the slang `w` (= 万) after a units cue is a count of units sold or
    /// delivered (交付4.2万, 年销量5.6w); watts (快充功率65W), money and ranks stay none.
    static let bareCounts: [FactRow] = [
        FactRow("蔚来最畅销的车型ES6，年销量5.6w；", [F("nio", .units, "56000", "count")]),
        FactRow("小鹏P7年销量为4.5W。", [F("xpeng", .units, "45000", "count")]),
        FactRow("小鵬P7年銷量為4.5W。", [F("xpeng", .units, "45000", "count")]),
        FactRow("蔚来10月交付4.2万，同比增长92.6%。", [F("nio", .units, "42000", "count"), F("nio", .units, "92.6", "percent", .yoy)]),
        FactRow("蔚來10月交付4.2萬。", [F("nio", .units, "42000", "count")]),
        // negatives
        FactRow("小米SU7快充功率65W。", []),
        FactRow("蔚来的销量排名第4。", []),
        FactRow("蔚来ES6的销量是5.6万元。", []),
    ]
}
