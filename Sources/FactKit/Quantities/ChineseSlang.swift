import Foundation

/// Chinese web slang after a figure in digits: a glued `w` / `W` is 万 (`5.6w`, `4.5W元`, `4w出头`).
extension QuantityScan {
    /// Whether the `w` at `e`, glued to the figure that starts at `r`, is 万: before a classifier or a
    /// currency (5.6W人, 4.5W元), or where the phrase ends — punctuation, a closing quote, the end of
    /// the text, a qualifier after it (年销量5.6w；, “理想3.2w”, 4w出头) after an ideograph — unless a power word
    /// (powercues.tsv) in the clause before the figure makes it watts (快充功率65W。). `40W快充` stays watts.
    func slangTenThousand(figureStart r: Int, at e: Int) -> Bool {
        guard at(e) == 0x77, !letter(e + 1), !digit(e + 1), at(e + 1) != 0x2E || !digit(e + 2) else { return false }
        let k = e + 1
        if ideographic(k), let sfx = lexicon.suffixes.longestMatch(in: s, at: k) {
            switch sfx.value {
            case .currency, .classifier: return true
            default: break
            }
        }
        // In Chinese text only: an ideograph right before the figure (an English `20W.` stays watts).
        guard ideographic(r - 1) else { return false }
        let phraseEnd = k >= n || endsPhrase(s[k]) || closesQuote(s[k]) || afterQualifier(k) != nil
        return phraseEnd && !powerCue(before: r)
    }

    /// ” 」 』 ） ): a closing quote or bracket.
    func closesQuote(_ c: UInt32) -> Bool {
        c == 0x201D || c == 0x300D || c == 0x300F || c == 0xFF09 || c == 0x29 || c == 0x2019
    }

    /// Whether a power word ends within the 12 scalars before `r`, inside the same clause.
    func powerCue(before r: Int) -> Bool {
        var j = r
        while j > 0, r - j < 12 {
            if endsPhrase(s[j - 1]) { return false }
            if lexicon.powerCues.longestReversedMatch(in: s, endingAt: j) != nil { return true }
            j -= 1
        }
        return false
    }
}
