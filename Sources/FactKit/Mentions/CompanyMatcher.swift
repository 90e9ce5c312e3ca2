/// Finds company names in a text: longest match over the characters of the folded text,
/// whatever ICU's word boundaries say (`台积电` inside `向台积电新增`).
///
/// Latin aliases match whole words only (`ASML` not inside `ASMLX`); case-sensitive aliases
/// (`=Meta`, `AMD`) must match as written or in capitals; common-word aliases pass their
/// context rules (`ambiguity.tsv`). When the longest alias at a place fails, shorter ones are tried.
///
/// A final class of constants: passing it around retains one object, not every table of the dictionary.
final class CompanyMatcher: Sendable {
    let dictionary: CompanyDictionary

    init(dictionary: CompanyDictionary) {
        self.dictionary = dictionary
    }

    /// A match before the context rules that need other mentions are checked.
    private struct Candidate {
        var start: Int
        var end: Int
        var entry: Int32
        var pending: Bool
    }

    /// Every company mention in `text`, in text order. Spans count Unicode scalars of the input.
    func mentions(in text: ScalarText) -> [CompanyMention] {
        let folded = text.folded
        let n = folded.count
        let trie = dictionary.trie
        guard n > 0 else { return [] }
        guard !trie.isEmpty else { return CompanyNameFinder(lexicon: dictionary.names).mentions(in: text, known: []) }
        // The trie is keyed by folded, ASCII-lowercased scalars: one copy per document.
        var key = folded
        key.withUnsafeMutableBufferPointer { k in
            for i in 0..<k.count where k[i] >= 0x41 && k[i] <= 0x5A { k[i] += 0x20 }
        }
        var candidates = [Candidate]()
        var anyPending = false
        var i = 0
        while i < n {
            let c = key[i]
            guard dictionary.mayStart(with: c) else { i += 1; continue }
            // No alias starts inside a Latin word.
            if CompanyDictionary.isASCIIAlnum(c), i > 0, Self.isWordScalar(folded[i - 1]) { i += 1; continue }
            guard let longest = trie.longestMatch(in: key, at: i) else { i += 1; continue }
            var accepted: Candidate?
            if let verdict = check(longest.value, start: i, end: i + longest.length, folded: folded, key: key) {
                accepted = Candidate(start: i, end: i + longest.length, entry: longest.value, pending: verdict)
            } else {
                // Shorter aliases at the same place, longest first.
                for m in trie.matches(in: key, at: i).reversed() where m.length < longest.length {
                    if let verdict = check(m.value, start: i, end: i + m.length, folded: folded, key: key) {
                        accepted = Candidate(start: i, end: i + m.length, entry: m.value, pending: verdict)
                        break
                    }
                }
            }
            if let a = accepted {
                candidates.append(a)
                anyPending = anyPending || a.pending
                i = a.end
            } else {
                i += 1
            }
        }
        if anyPending { resolvePending(&candidates, folded: folded) }
        var result = [CompanyMention]()
        result.reserveCapacity(candidates.count)
        for c in candidates where !c.pending {
            let span = TextSpan(start: c.start, end: c.end)
            let company = dictionary.entries[Int(c.entry)].company
            result.append(CompanyMention(company: dictionary.company(at: company).id, text: text.string(span), span: span))
        }
        return merged(result, CompanyNameFinder(lexicon: dictionary.names).mentions(in: text, known: result))
    }

    /// Dictionary and unknown-name mentions in one text order (they never overlap).
    private func merged(_ known: [CompanyMention], _ unknown: [CompanyMention]) -> [CompanyMention] {
        guard !unknown.isEmpty else { return known }
        var all = [CompanyMention]()
        all.reserveCapacity(known.count + unknown.count)
        var a = 0, b = 0
        while a < known.count || b < unknown.count {
            if b == unknown.count || (a < known.count && known[a].span.start < unknown[b].span.start) {
                all.append(known[a]); a += 1
            } else {
                all.append(unknown[b]); b += 1
            }
        }
        return all
    }

    /// nil when the alias does not name a company here; false when it does; true when that
    /// depends on a neighbouring company mention (decided once all are found).
    private func check(_ entryIndex: Int32, start: Int, end: Int, folded: [UInt32], key: [UInt32]) -> Bool? {
        let entry = dictionary.entries[Int(entryIndex)]
        if entry.latinStart, start > 0, Self.isWordScalar(folded[start - 1]) { return nil }
        if entry.latinEnd, end < folded.count, Self.isWordScalar(folded[end]) { return nil }
        if !entry.exactForms.isEmpty {
            let ok = entry.exactForms.contains { form in
                form.count == end - start && form.indices.allSatisfy { folded[start + $0] == form[$0] }
            }
            if !ok { return nil }
        }
        guard entry.rule >= 0 else { return false }
        let rule = dictionary.contextRules[Int(entry.rule)]
        if Self.after(rule.notAfter, end, key, folded) || Self.before(rule.notBefore, start, key, folded) { return nil }
        guard rule.hasOnly else { return false }
        if Self.after(rule.onlyAfter, end, key, folded) || Self.before(rule.onlyBefore, start, key, folded) { return false }
        return rule.needsCompany ? true : nil
    }

    /// Keeps a pending candidate when a settled company mention stands next to it.
    private func resolvePending(_ candidates: inout [Candidate], folded: [UInt32]) {
        var starts = Set<Int>(), ends = Set<Int>()
        for c in candidates where !c.pending {
            starts.insert(c.start)
            ends.insert(c.end)
        }
        var kept = [Candidate]()
        kept.reserveCapacity(candidates.count)
        for var c in candidates {
            if c.pending {
                let rule = dictionary.contextRules[Int(dictionary.entries[Int(c.entry)].rule)]
                let next = rule.onlyAfter.company && starts.contains(Self.skipSeparators(forwardFrom: c.end, folded))
                let previous = rule.onlyBefore.company && ends.contains(Self.skipSeparators(backwardFrom: c.start, folded))
                guard next || previous else { continue }
                c.pending = false
            }
            kept.append(c)
        }
        candidates = kept
    }

    // MARK: - Context

    private static func after(_ set: ContextRule.Words, _ end: Int, _ key: [UInt32], _ folded: [UInt32]) -> Bool {
        if set.isEmpty { return false }
        var p = end
        var skipped = 0
        while p < key.count, skipped < 3, isSpace(key[p]) { p += 1; skipped += 1 }
        guard p < key.count else { return false }
        if set.digit && isDigitLike(key[p]) { return true }
        if set.cjk && isCJK(key[p]) { return true }
        for w in set.words where p + w.count <= key.count {
            var k = 0
            while k < w.count && key[p + k] == w[k] { k += 1 }
            if k == w.count { return true }
        }
        return false
    }

    private static func before(_ set: ContextRule.Words, _ start: Int, _ key: [UInt32], _ folded: [UInt32]) -> Bool {
        if set.isEmpty { return false }
        var p = start
        var skipped = 0
        while p > 0, skipped < 3, isSpace(key[p - 1]) { p -= 1; skipped += 1 }
        guard p > 0 else { return false }
        if set.digit && isDigitLike(key[p - 1]) { return true }
        if set.cjk && isCJK(key[p - 1]) { return true }
        for w in set.words where w.count <= p {
            var k = 0
            while k < w.count && key[p - w.count + k] == w[k] { k += 1 }
            if k == w.count { return true }
        }
        return false
    }

    /// Past spaces and one list separator (`、` `，` `,` `和` `与` `及` `跟` `/`).
    private static func skipSeparators(forwardFrom p0: Int, _ t: [UInt32]) -> Int {
        var p = p0
        while p < t.count, isSpace(t[p]) { p += 1 }
        if p < t.count, isListSeparator(t[p]) { p += 1 }
        while p < t.count, isSpace(t[p]) { p += 1 }
        return p
    }

    private static func skipSeparators(backwardFrom p0: Int, _ t: [UInt32]) -> Int {
        var p = p0
        while p > 0, isSpace(t[p - 1]) { p -= 1 }
        if p > 0, isListSeparator(t[p - 1]) { p -= 1 }
        while p > 0, isSpace(t[p - 1]) { p -= 1 }
        return p
    }

    // MARK: - Characters

    /// A letter or digit that makes a Latin alias part of a longer word (ideographs do not).
    @inline(__always)
    static func isWordScalar(_ c: UInt32) -> Bool {
        if c < 0x80 { return CompanyDictionary.isASCIIAlnum(c) }
        if c >= 0x2E80 && c <= 0x9FFF { return false }
        return CharacterClass.isLetter(c) || CharacterClass.digitValue(c) != nil
    }

    @inline(__always)
    private static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || c == 0x09 || c == 0xA0 }

    private static func isListSeparator(_ c: UInt32) -> Bool {
        switch c {
        case 0x3001, 0x2C, 0xFF0C, 0x548C, 0x4E0E, 0x53CA, 0x8DDF, 0x2F, 0x26: return true  // 、 , ， 和 与 及 跟 / &
        default: return false
        }
    }

    private static func isCJK(_ c: UInt32) -> Bool {
        (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x201C && c <= 0x201D) || CharacterClass.isIdeographic(c)
    }

    private static func isDigitLike(_ c: UInt32) -> Bool {
        if c >= 0x30 && c <= 0x39 { return true }
        switch c {
        case 0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341,
             0x767E, 0x5343, 0x4E07, 0x4E24, 0x51E0:  // 〇零一二三四五六七八九十百千万两几
            return true
        default: return false
        }
    }
}
