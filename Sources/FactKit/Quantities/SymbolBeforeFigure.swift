import Foundation

/// A currency symbol between two figures (`1 $10 dollars bill`, `1 $ 10 dollars`): which one it belongs to.
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
}
