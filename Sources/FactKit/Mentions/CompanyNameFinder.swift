/// Finds company-like names that no dictionary knows, shaped by the words of
/// ``CompanyNameLexicon``: a Chinese stem of 2–6 characters before a suffix or legal form
/// (`燧原科技`, `云迹科技有限公司`), or 1–5 capitalized Latin words before one
/// (`Thrive Capital`, `Acme Holdings, Inc.`). Each is reported with the id `~` + the name as
/// written, suffix kept and legal form left out (`~云迹科技`, `~Acme Holdings`).
///
/// Conservative about where a Chinese name starts, since Chinese has no spaces: the stem must
/// begin right after a boundary (a punctuation mark, a space, a Latin letter or digit, the start of
/// the text, a known company, or one of the lexicon's `before` words such as 的 与 收购 企业) no
/// further than 6 characters before its suffix; a stem that starts with a determiner (该 这 本) or
/// is made only of generic words (金融科技, 新能源汽车) is no name, nor is a suffix followed by a
/// word that makes it a description (科技股, 银行业).
struct CompanyNameFinder {
    let lexicon: CompanyNameLexicon

    /// The longest Chinese stem, in characters: 4, or 6 before a legal form (深圳云迹科技有限公司).
    static let maximumStem = 4
    static let maximumStemBeforeLegalForm = 6
    /// The most capitalized Latin words before a suffix.
    static let maximumWords = 5

    /// Unknown-name mentions in `text`, in text order, none overlapping a `known` mention
    /// (dictionary mentions, in text order).
    func mentions(in text: ScalarText, known: [CompanyMention]) -> [CompanyMention] {
        guard !lexicon.isEmpty else { return [] }
        let t = text.folded
        let n = t.count
        var knownEnds = Set<Int>()
        for m in known { knownEnds.insert(m.span.end) }
        var result = [CompanyMention]()
        var next = 0  // the next known mention at or after i
        var i = 0
        while i < n {
            while next < known.count, known[next].span.end <= i { next += 1 }
            if next < known.count, known[next].span.start <= i {
                i = known[next].span.end
                continue
            }
            let c = t[i]
            let limit = next < known.count ? known[next].span.start : n
            var found: (name: TextSpan, mention: TextSpan)?
            if c >= 0x3400, lexicon.chineseEndings.mayStart(with: c) {
                found = chinese(at: i, t, limit: limit, knownEnds: knownEnds)
                // A rejected ending is no stem of a later one (股份有限公司 after a known company).
                if found == nil, let e = lexicon.chineseEndings.longestMatch(in: t, at: i, limit: limit) {
                    i += e.length
                    continue
                }
            } else if c < 0x80, CompanyDictionary.isASCIIAlnum(c), i > 0, t[i - 1] == 0x20 || t[i - 1] == 0x2C,
                      lexicon.latinEndings.mayStart(with: c) {
                found = latin(at: i, t, limit: limit, knownEnds: knownEnds)
            }
            if let f = found {
                result.append(CompanyMention(company: "~" + text.string(f.name), text: text.string(f.mention), span: f.mention))
                i = f.mention.end
            } else {
                i += 1
            }
        }
        return result
    }

    // MARK: Chinese

    private func chinese(at i: Int, _ t: [UInt32], limit: Int, knownEnds: Set<Int>) -> (name: TextSpan, mention: TextSpan)? {
        guard let first = lexicon.chineseEndings.longestMatch(in: t, at: i, limit: limit) else { return nil }
        var nameEnd = i, end = i + first.length
        if !first.value.legal {
            nameEnd = end
            // Suffixes in a row (科技集团) belong to the name.
            var chained = 0
            while chained < 2, let more = lexicon.chineseEndings.longestMatch(in: t, at: nameEnd, limit: limit), !more.value.legal {
                nameEnd += more.length
                chained += 1
            }
            end = nameEnd
            if let legal = lexicon.chineseEndings.longestMatch(in: t, at: end, limit: limit), legal.value.legal { end += legal.length }
        }
        if end < t.count, lexicon.notAfter.longestMatch(in: t, at: end) != nil { return nil }
        // The stem: back from the suffix to a boundary, at most maximumStem characters.
        let longest = end > nameEnd || first.value.legal ? Self.maximumStemBeforeLegalForm : Self.maximumStem
        var p = i
        while true {
            if p == 0 || !CharacterClass.isIdeographic(t[p - 1]) || knownEnds.contains(p) { break }
            if lexicon.startWords.longestReversedMatch(in: t, endingAt: p) != nil { break }
            if i - p >= longest { return nil }
            p -= 1
        }
        guard i - p >= 2 else { return nil }
        if lexicon.determiners.longestMatch(in: t, at: p, limit: i) != nil { return nil }
        if lexicon.isGeneric(t[p..<i]) { return nil }
        return (TextSpan(start: p, end: nameEnd), TextSpan(start: p, end: end))
    }

    // MARK: Latin

    private func latin(at i: Int, _ t: [UInt32], limit: Int, knownEnds: Set<Int>) -> (name: TextSpan, mention: TextSpan)? {
        guard let first = latinEnding(at: i, t, limit: limit) else { return nil }
        var nameEnd = i, end = i + first.length
        if !first.value.legal {
            nameEnd = end
            // A legal form after the suffix: `Holdings Inc.`, `Holdings, Inc.`.
            for gap in [1, 2] where end + gap < limit {
                let separated = gap == 1 ? t[end] == 0x20 : t[end] == 0x2C && t[end + 1] == 0x20
                if separated, let legal = latinEnding(at: end + gap, t, limit: limit), legal.value.legal {
                    end += gap + legal.length
                    break
                }
            }
            // A capitalized word after the suffix continues a phrase (High Capital Efficiency).
            if end == nameEnd, end + 1 < t.count, t[end] == 0x20, t[end + 1] >= 0x41 && t[end + 1] <= 0x5A { return nil }
        }
        // The words before the ending: capitalized, no stop words, separated by single spaces
        // (a comma may stand before a legal form: `Acme, Inc.`).
        var q = i
        if q >= 2, t[q - 1] == 0x20, t[q - 2] == 0x2C, first.value.legal { q -= 1 }
        var start = -1
        var words = 0
        while words < Self.maximumWords, q >= 2, t[q - 1] == 0x20 || (t[q - 1] == 0x2C && words == 0 && first.value.legal) {
            let we = q - 1
            var ws = we
            while ws > 0, t[ws - 1] != 0x20, t[ws - 1] != 0x0A { ws -= 1 }
            guard ws < we else { break }
            if knownEnds.contains(we) { return nil }  // a known company's unit or legal name (Alibaba Group Holding)
            let word = Array(t[ws..<we])
            if word == [0x26] {  // & between words
                start = start < 0 ? -1 : start
                q = ws
                continue
            }
            guard isNameWord(word) else { break }
            start = ws
            words += 1
            q = ws
        }
        guard start >= 0 else { return nil }
        if first.value.legal {  // the name ends with its last word, before the space or comma
            nameEnd = i
            while nameEnd > start, t[nameEnd - 1] == 0x20 || t[nameEnd - 1] == 0x2C { nameEnd -= 1 }
        }
        return (TextSpan(start: start, end: nameEnd), TextSpan(start: start, end: end))
    }

    /// A Latin suffix or legal form at `i` that ends a word.
    private func latinEnding(at i: Int, _ t: [UInt32], limit: Int) -> (length: Int, value: CompanyNameLexicon.Ending)? {
        guard let m = lexicon.latinEndings.longestMatch(in: t, at: i, limit: limit) else { return nil }
        let e = i + m.length
        if e < t.count, CompanyDictionary.isASCIIAlnum(t[e]) || (t[e] == 0x2E && t[e - 1] != 0x2E && e + 1 < t.count && CompanyDictionary.isASCIIAlnum(t[e + 1])) {
            return nil
        }
        return m
    }

    /// A word that may be part of a Latin name: starts with a capital letter or digit, has a letter,
    /// holds only letters, digits and `& ' . -`, is no possessive and no stop word.
    private func isNameWord(_ w: [UInt32]) -> Bool {
        guard let c = w.first, (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) else { return false }
        guard w.contains(where: { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) else { return false }
        guard w.allSatisfy({ CompanyDictionary.isASCIIAlnum($0) || $0 == 0x26 || $0 == 0x27 || $0 == 0x2E || $0 == 0x2D }) else { return false }
        if w.count >= 2, w[w.count - 1] == 0x73, w[w.count - 2] == 0x27 { return false }  // Intel's
        if w.last == 0x2E, w.count > 2 { return false }  // a word ending a sentence (said.)
        return !lexicon.stopWords.contains(w)
    }
}
