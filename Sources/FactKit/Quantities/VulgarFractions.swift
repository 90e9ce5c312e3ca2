import Foundation

/// Fractions written as one character (`½`, `¾`, `⅔`): standing alone a percentage (FACTS.md), after a whole
/// number a part of it (`2½` = 2.5).
extension QuantityScan {
    /// The numerator and denominator of a vulgar-fraction character (U+00BC–U+00BE, U+2150–U+215E).
    static func vulgarFraction(_ c: UInt32) -> (Int, Int)? {
        switch c {
        case 0xBC: return (1, 4)
        case 0xBD: return (1, 2)
        case 0xBE: return (3, 4)
        case 0x2150: return (1, 7)
        case 0x2151: return (1, 9)
        case 0x2152: return (1, 10)
        case 0x2153: return (1, 3)
        case 0x2154: return (2, 3)
        case 0x2155: return (1, 5)
        case 0x2156: return (2, 5)
        case 0x2157: return (3, 5)
        case 0x2158: return (4, 5)
        case 0x2159: return (1, 6)
        case 0x215A: return (5, 6)
        case 0x215B: return (1, 8)
        case 0x215C: return (3, 8)
        case 0x215D: return (5, 8)
        case 0x215E: return (7, 8)
        default: return nil
        }
    }

    /// `the result is ¾`, `⅔ of the board`: a vulgar fraction standing alone, as a percentage.
    func vulgarShare(at r: Int) -> Attempt? {
        guard let (a, b) = Self.vulgarFraction(at(r)), !digit(backSpaces(r) - 1), !letter(r - 1), !letter(r + 1), !digit(r + 1) else { return nil }
        var m = QuantityMention(start: r, end: r + 1, numeralStart: r, value: ValueRange(ExactNumber(a) / ExactNumber(b) * 100))
        m.kind = .percent; m.unit = .percent
        return Attempt(mention: m, next: r + 1)
    }

    /// `2½`, `1 ¾` after a whole number ending at `e`: the fraction and its end.
    func vulgarAfter(_ e: Int) -> (ExactNumber, Int)? {
        let k = at(e) == 0x20 ? e + 1 : e
        guard let (a, b) = Self.vulgarFraction(at(k)), !letter(k + 1), !digit(k + 1) else { return nil }
        return (ExactNumber(a) / ExactNumber(b), k + 1)
    }
}
