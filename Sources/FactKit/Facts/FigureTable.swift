import Foundation

/// A table laid out as lines of text (a results table of a press release, a key-figures box): a heading line that
/// ends in column headings, and under it rows of a label and one figure a column.
///
///     GAAP Quarterly Financial Results
///     Q3 2024 Q3 2023 Y/Y
///     Revenue ($M) $6,819 $5,800 Up 18%
///
///     KEY FIGURES (GAAP, $ in millions) FQ1-25 FQ4-24 FQ1-24
///     Net income (loss) 1,870 887 (1,234)
///
/// A cell's figure states neither its scale nor its basis: the heading and the row's label do (tables.tsv). So a
/// row's figures are read again before linking — scaled (`$6,819` in millions is 6,819,000,000), a bare one made
/// money in the stated currency, one in brackets negative — and its facts are set after linking to their column:
/// a period column gives a level of that period, a change column (`Y/Y`) a change of that basis.
struct FigureTable {
    struct Column {
        var span: TextSpan
        /// The basis of a change column (`Y/Y` yoy, `% change` change); nil for a column of levels.
        var basis: Change?
        /// The period a level column heads, when its heading reads as one.
        var period: Period?
    }

    var columns: [Column]
    /// The scale the heading states (`$ in millions`), if any.
    var scale: Decimal?
    /// The currency stated with it (`$`), if any.
    var currency: ValueUnit?
    /// Whether that currency is a bare 元 (单位：百万元), which the document's yuan reading decides (TWD in Taiwan).
    var bareYuan = false

    /// The table a line heads: one whose tail is at least two column headings (periods, codes with a digit such as
    /// `FQ1-25`, change headings), read from the end of the line back. Nil for any other line.
    static func heading(_ text: ScalarText, line: TextSpan, cues: [Cue], lexicon: TableLexicon, resolver: PeriodResolver) -> FigureTable? {
        let s = text.folded
        var tokens = [TextSpan]()
        var i = line.start
        while i < line.end {
            while i < line.end, s[i] == 0x20 || s[i] == 0x09 { i += 1 }
            let start = i
            while i < line.end, s[i] != 0x20, s[i] != 0x09 { i += 1 }
            if i > start { tokens.append(TextSpan(start: start, end: i)) }
        }
        var columns = [Column]()
        var k = tokens.count - 1
        while k >= 0 {
            let t = tokens[k]
            // A change heading: a basis word (Y/Y, year over year) or a change word (% change).
            if let cue = cues.first(where: { $0.span.start <= t.start && t.end <= $0.span.end }), let b = basis(of: cue) {
                columns.append(Column(span: cue.span, basis: b))
                while k >= 0, tokens[k].start >= cue.span.start { k -= 1 }
                continue
            }
            if let w = lexicon.change.last(where: { word in
                let n = word.count
                guard t.end - n >= line.start, t.end - n <= t.start else { return false }
                return lexicon.matches(word, s, at: t.end - n, limit: line.end) && (t.end - n == line.start || s[t.end - n - 1] == 0x20)
            }) {
                let span = TextSpan(start: t.end - w.count, end: t.end)
                columns.append(Column(span: span, basis: .change))
                while k >= 0, tokens[k].start >= span.start { k -= 1 }
                continue
            }
            guard isPeriodHeading(s, t) else { break }
            // A year after a short quarter or half code is one heading with it (Q3 2024).
            var span = t
            if k > 0, isYear(s, t), isPeriodHeading(s, tokens[k - 1]), tokens[k - 1].length <= 4, !isYear(s, tokens[k - 1]) {
                span = TextSpan(start: tokens[k - 1].start, end: t.end)
                k -= 1
            }
            columns.append(Column(span: span, basis: nil))
            k -= 1
        }
        guard columns.count >= 2, columns.contains(where: { $0.basis == nil }) else { return nil }
        columns.reverse()
        for c in columns.indices where columns[c].basis == nil {
            let found = PeriodParser().periods(in: text, range: columns[c].span, cues: cues.filter { columns[c].span.contains($0.span) })
            if found.count == 1 { columns[c].period = resolver.resolve(found[0]) }
            else if found.isEmpty { columns[c].period = quarterCode(text.string(columns[c].span)) }
        }
        let title = TextSpan(start: line.start, end: columns[0].span.start)
        let currency = lexicon.currency(in: text, title)
        return FigureTable(columns: columns, scale: lexicon.scale(in: text, title), currency: currency?.unit,
                           bareYuan: currency?.word == CueLexicon.key("元"))
    }

    /// The basis a change heading states: Y/Y, 同比; 年增 (a rise year over year) as well.
    private static func basis(of cue: Cue) -> Change? {
        switch cue.kind {
        case .basis(let b), .directedBasis(_, let b): return b
        default: return nil
        }
    }

    /// A heading of a period column: a short token with a digit, of letters, digits and - / ' . (Q3, 2024, FQ1-25,
    /// FY24, 2024年).
    private static func isPeriodHeading(_ s: [UInt32], _ t: TextSpan) -> Bool {
        guard t.length <= 10 else { return false }
        var digit = false
        for i in t.start..<t.end {
            let c = s[i]
            if CharacterClass.isASCIIDigit(c) { digit = true; continue }
            if c < 0x80 ? (CharacterClass.isLetter(c) || c == 0x2D || c == 0x2F || c == 0x27 || c == 0x2E) : CharacterClass.isIdeographic(c) || c == 0x2019 { continue }
            return false
        }
        return digit
    }

    /// A quarter heading written as a code: `FQ1-25` (fiscal), `Q3-24`, `Q3'24`, `3Q24`.
    static func quarterCode(_ heading: String) -> Period? {
        var t = Substring(heading.uppercased())
        let fiscal = t.hasPrefix("FQ")
        if fiscal { t = t.dropFirst() }
        var quarter: Int?
        if t.first == "Q", let d = t.dropFirst().first?.wholeNumberValue { quarter = d; t = t.dropFirst(2) }
        else if let d = t.first?.wholeNumberValue, t.dropFirst().first == "Q" { quarter = d; t = t.dropFirst(2) }
        guard let q = quarter, (1...4).contains(q) else { return nil }
        if t.first == "-" || t.first == "'" || t.first == "’" { t = t.dropFirst() }
        guard t.count == 2 || t.count == 4, t.allSatisfy(\.isASCII), let y = Int(t) else { return nil }
        return Period(year: t.count == 2 ? 2000 + y : y, part: .quarter(q), fiscal: fiscal)
    }

    private static func isYear(_ s: [UInt32], _ t: TextSpan) -> Bool {
        t.length == 4 && (t.start..<t.end).allSatisfy { CharacterClass.isASCIIDigit(s[$0]) }
    }

    /// A row's cells: its figures, one a column, in order, when the row has as many figures as the table has
    /// columns and only spaces, brackets or a word (Up, Down) between them.
    func cells(of quantities: [Quantity], text: ScalarText) -> [Quantity]? {
        guard quantities.count == columns.count else { return nil }
        let s = text.folded
        for (a, b) in zip(quantities, quantities.dropFirst()) {
            var words = 0, inWord = false
            for i in a.span.end..<max(a.span.end, b.span.start) {
                let c = s[i]
                if c == 0x20 || c == 0x28 || c == 0x29 { inWord = false; continue }
                if !inWord { words += 1; inWord = true }
            }
            if words > 1 || b.span.start < a.span.end { return nil }
        }
        return quantities
    }

    /// The figures of a row read as the table states them. `label` is the row's text before its first figure.
    func read(_ quantities: [Quantity], label: TextSpan, text: ScalarText, lexicon: TableLexicon) -> [Quantity] {
        // A row's label may state its own scale (Revenue ($M)), and a per-share row has none.
        let perShare = lexicon.isPerShare(text, label)
        let scale = perShare ? nil : lexicon.scale(in: text, label) ?? self.scale
        let currency = lexicon.currency(in: text, label)?.unit ?? self.currency
        let columnOf = cells(of: quantities, text: text)
        let s = text.folded
        return quantities.enumerated().map { k, q in
            var q = q
            // A bracketed cell is negative: (1,234), (0.7%).
            if q.span.start > 0, q.span.end < text.count, s[q.span.start - 1] == 0x28, s[q.span.end] == 0x29, q.value > 0 {
                q.value = -q.value
                q.span = TextSpan(start: q.span.start - 1, end: q.span.end + 1)
                q.text = text.string(q.span)
                q.explicitSign = true
            }
            let isChange = columnOf.map { _ in columns[k].basis != nil } ?? false
            // A cell of a change column is a change even with no direction word (同比 94%).
            if isChange {
                if q.kind == .percent { q.explicitSign = true }
                return q
            }
            let scaled = q.text.lowercased().contains { FigureTable.scaleLetters.contains($0) }
            switch q.kind {
            case .money where !scaled:
                if let scale { q.value *= scale }
            case .number where q.unit == .none && q.classifier.isEmpty && !scaled:
                guard let currency, scale != nil || perShare else { break }
                q.kind = .money
                q.unit = currency
                if let scale { q.value *= scale }
            default: break
            }
            return q
        }
    }

    /// Letters that make a figure's own scale (`$6.8 billion`, `$724 million`, `$1.2bn`, `3 亿`): a cell that
    /// states one keeps it.
    static let scaleLetters: Set<Character> = ["m", "b", "k", "t", "万", "亿", "億", "萬", "千", "百"]

    /// The facts of a row set to their columns: a level of the column's period, a change of its basis; the sign is
    /// the cell's (a bracketed cell is negative; a label word such as `(loss)` negates nothing).
    func place(_ facts: [Fact], cells: [Quantity], yuan: YuanReading?) -> [Fact] {
        facts.map { f in
            guard let k = cells.firstIndex(where: { $0.span == f.span }) else { return f }
            var f = f
            if bareYuan, f.unit.rawValue == "CNY", let yuan { f.unit = yuan.unit(at: f.span.start) }
            let column = columns[k]
            let negative = cells[k].explicitSign && cells[k].value < 0
            if let basis = column.basis {
                guard f.unit == .percent || f.unit == .pp || f.change != nil else { return f }
                f.change = basis == .change ? (f.change ?? .change) : basis
                if negative { f.value = -abs(f.value) }
                // A change is of the first period column (Q3 2024 Q3 2023 Y/Y: of Q3 2024).
                if let p = columns.first(where: { $0.basis == nil })?.period { f.period = p }
            } else {
                f.change = nil
                f.value = negative ? -abs(f.value) : abs(f.value)
                if let p = column.period { f.period = p }
            }
            f.rule += " <table column>"
            return f
        }
    }
}

/// Words of text tables (tables.tsv), as lowercased scalars.
struct TableLexicon: Sendable {
    var scales: [(word: [UInt32], value: Decimal)] = []
    var currencies: [(word: [UInt32], unit: ValueUnit)] = []
    var perShare: [[UInt32]] = []
    var change: [[UInt32]] = []

    static func builtin() throws -> TableLexicon {
        var lexicon = TableLexicon()
        for line in try BuiltinDictionaries.file("tables.tsv").lines {
            let word = CueLexicon.key(line[0])
            switch line[1] {
            case "scale":
                guard let v = Decimal(string: line[2]), v > 0 else { throw line.error("expected a scale such as 1000000, got '\(line[2])'") }
                lexicon.scales.append((word, v))
            case "currency":
                guard ValueUnit(rawValue: line[2]).isCurrency else { throw line.error("expected an ISO 4217 code, got '\(line[2])'") }
                lexicon.currencies.append((word, ValueUnit(rawValue: line[2])))
            case "pershare": lexicon.perShare.append(word)
            case "change": lexicon.change.append(word)
            default: throw line.error("unknown kind '\(line[1])'; one of: scale currency pershare change")
            }
        }
        // Longest first: `hk$` before `$`.
        lexicon.scales.sort { $0.word.count > $1.word.count }
        lexicon.currencies.sort { $0.word.count > $1.word.count }
        lexicon.change.sort { $0.count > $1.count }
        return lexicon
    }

    /// Whether `word` stands at `i` (lowercased), as a whole word where it begins or ends with a letter.
    func matches(_ word: [UInt32], _ s: [UInt32], at i: Int, limit: Int) -> Bool {
        guard i >= 0, i + word.count <= limit else { return false }
        for (k, c) in word.enumerated() where CueLexicon.lower(s[i + k]) != c { return false }
        func letter(_ c: UInt32) -> Bool { c < 0x80 && CharacterClass.isLetter(c) }
        if let first = word.first, letter(first), i > 0, letter(s[i - 1]) { return false }
        if let last = word.last, letter(last), i + word.count < s.count, letter(s[i + word.count]) { return false }
        return true
    }

    private func first(_ words: [[UInt32]], in text: ScalarText, _ span: TextSpan) -> Int? {
        let s = text.folded
        for i in span.start..<span.end {
            for (k, w) in words.enumerated() where matches(w, s, at: i, limit: span.end) { return k }
        }
        return nil
    }

    func scale(in text: ScalarText, _ span: TextSpan) -> Decimal? {
        first(scales.map(\.word), in: text, span).map { scales[$0].value }
    }

    func currency(in text: ScalarText, _ span: TextSpan) -> (word: [UInt32], unit: ValueUnit)? {
        first(currencies.map(\.word), in: text, span).map { currencies[$0] }
    }

    func isPerShare(_ text: ScalarText, _ span: TextSpan) -> Bool {
        first(perShare, in: text, span) != nil
    }
}
