import Foundation

/// Money between and after figures: which figure a currency symbol between two belongs to (`1 $10 dollars bill`),
/// and the digit after a tenth subunit (`两块五毛五`).
extension QuantityScan {
    /// Whether the symbol at `k` (ending at `se`, after a space past the figure ending at `e`) opens the figure
    /// after it rather than closing the one before: glued to the digits after it (`$10`), or before a figure
    /// that names the same currency in a word (`$ 10 dollars`). `10 $ 30 $` and `5 €, 10 €` stay symbols after.
    func symbolOpensNext(symbolAt k: Int, end se: Int, after e: Int, code: QuantityLexicon.UnitID) -> Bool {
        guard k > e, k < n, !isASCIILetter(s[k]), !ideographic(k) else { return false }
        let d = skipSpaces(se)
        guard digit(d) else { return false }
        if d == se { return true }
        let b = ArabicNumber(s, at: d, limit: n)
        guard b.valid else { return false }
        let u = skipSpaces(b.end)
        guard u > b.end, isASCIILetter(at(u)), let sfx = lexicon.suffixes.longestMatch(in: s, at: u),
              wordBounded(u, u + sfx.length), case .currency(let c, let f) = sfx.value else { return false }
        return c == code && f == .one
    }

    /// `两块五毛五`, `one kuai and five mao five`: one digit right after a subunit of a tenth (毛 角 mao), with no
    /// word of its own after it, is the next place down (0.05), as 三块五 is 3.5. Its value and end.
    func nextPlaceAmount(after m: QuantityMention, value: ExactNumber, start: Int, end: Int) -> (ExactNumber, Int)? {
        guard start == skipSpaces(m.end), m.currencyFactor == ExactNumber(significand: 1, exponent: -1),
              end - start == 1 || isASCIILetter(at(start)), (1...9).contains(where: { value == ExactNumber($0) }) else { return nil }
        let k = skipSpaces(end)
        if digit(end) || letter(end) || lexicon.isNumeral(at(end)) || chineseScale(end) != nil || (at(end) == 0x2E && digit(end + 1)) { return nil }
        if k > end, isASCIILetter(at(k)) { return nil }  // five mao 2 people
        if let sfx = lexicon.suffixes.longestMatch(in: s, at: k), wordBounded(k, k + sfx.length) { return nil }
        if let sub = lexicon.subunits.longestMatch(in: s, at: k), wordBounded(k, k + sub.length) { return nil }
        return (value * ExactNumber(significand: 1, exponent: -2), end)
    }
}
