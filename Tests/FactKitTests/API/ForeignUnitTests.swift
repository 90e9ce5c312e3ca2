import Foundation
import FactKit
import Testing

/// A file importing both Foundation and FactKit uses Foundation's `Unit` unqualified: FactKit's unit type is
/// `ValueUnit`, so nothing is ambiguous.
struct ForeignUnitTests {
    @Test func foundationsUnitIsUnambiguous() {
        let length = Measurement(value: 2, unit: UnitLength.kilometers)
        let unit: Unit = length.unit
        #expect(unit.symbol == "km")
        let money: ValueUnit = "EUR"
        #expect(money.isCurrency)
    }
}
