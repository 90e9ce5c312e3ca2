import Foundation

/// The tables of the quantity recognizer, read from `Dictionaries/data/quantities/*.tsv`.
///
/// Every table is data; the rules in ``QuantityParser`` are built from them. ASCII letters
/// in keys are stored in lower case and matched against a lower-cased copy of the folded text.
/// A class, so a parser or scan shares the tables instead of copying (and retaining) each one.
final class QuantityLexicon: Sendable {
    /// What a Chinese numeral character does (`numerals.tsv`).
    enum NumeralRole: Sendable, Equatable {
        case digit(Int)
        /// 零 〇: digit 0, also marking a skipped place (五亿零六).
        case zero
        /// 廿 卅: a digit and 十 at once.
        case tens(Int)
        /// 几 数: some digit (1–9 before a unit, 0–9 after one).
        case vague
        /// 点 between Chinese digits.
        case point
        /// 负 before a number.
        case minus
    }

    /// A multiplier word (`scales.tsv`).
    struct Scale: Sendable {
        enum Kind: String, Sendable { case unit, scale, word, abbrev, abbrevMoney = "abbrev-money", dozen }
        var multiplier: ExactNumber
        var kind: Kind
    }

    /// A unit as an index into ``units``: comparing and copying it costs no string.
    struct UnitID: Hashable, Sendable {
        var index: UInt16
        static let none = UnitID(index: 0)
        static let percent = UnitID(index: 1)
        static let pp = UnitID(index: 2)
        static let count = UnitID(index: 3)
    }

    /// An English number word (`numbers-en.tsv`).
    enum EnglishRole: Sendable, Equatable {
        case ones(Int), teen(Int), tens(Int), article, dozen
        /// A fraction's denominator after a number (one third); `needsOf` when the word is also a
        /// period or an amount of its own (three quarters in a row): then only before `of`.
        case denominator(Int, needsOf: Bool)
        /// A sign before digits (minus 5, negative 12%).
        case minus
        /// The decimal point in words (two hundred point zero three).
        case point
        /// A word before which `one` is a pronoun (the one, which one).
        case determiner
    }

    /// What may follow a number (units, currencies, classifiers, blockers), matched longest first.
    enum Suffix: Sendable {
        /// A percent or pp form; `value × factor` in `unit`.
        case percent(unit: UnitID, factor: ExactNumber, kind: PercentKind)
        /// A currency word; `factor` converts a subunit to the main unit (cents: 0.01).
        case currency(UnitID, factor: ExactNumber)
        case classifier
        /// Makes the number before it no quantity (年, 月, 季度, 纳米 …).
        case block
    }

    enum PercentKind: String, Sendable { case sign, word, fraction, discount }

    enum RangeRole: String, Sendable { case dash, word, and, opener, from }

    enum NonNumberKind: String, Sendable { case word, before, after }

    /// Words that come before a number (read backwards from the number): qualifiers, range openers, `from` words, ordinal markers.
    enum Before: Sendable {
        case qualifier(Qualifier)
        case range(RangeRole)
        case block
    }

    let numerals: [UInt32: NumeralRole]
    /// The formal (大写) digits: numerals only beside another numeral or a scale.
    let formalDigits: Set<UInt32>
    /// Scale words: single Chinese characters and English words/abbreviations.
    let scales: Trie<Scale>
    let english: Trie<EnglishRole>
    let prefixCurrencies: Trie<UnitID>
    let suffixes: Trie<Suffix>
    /// Subunit words that count only after an amount of their currency (五元三毛, 50元6角三分): unit and factor.
    let subunits: Trie<Subunit>
    /// Currencies with a subunit of one hundredth (a bare 50 after 15 dollars is cents).
    let hundredthUnits: Set<UnitID>
    /// Classifiers that name money when nothing counted follows them (三块五, 十块。 but 三块屏幕).
    let colloquialMoney: Trie<UnitID>

    struct Subunit: Sendable {
        var unit: UnitID
        var factor: ExactNumber
    }
    /// Keys stored reversed, for look-behind from a number's start.
    let before: Trie<Before>
    let after: Trie<Qualifier>
    let infix: [UInt32: Qualifier]
    let connectors: Trie<RangeRole>
    /// Whole words that contain a numeral and are no number.
    let nonNumberWords: Trie<Bool>
    /// Words that are a whole figure by themselves (`wholes.tsv`: 对折 = 50 percent, 半百 = 50).
    let wholeFigures: Trie<WholeFigure>
    /// Words that make a glued W after a figure watts, not the slang 万 (`powercues.tsv`), stored reversed.
    let powerCues: Trie<Bool>

    struct WholeFigure: Sendable {
        var kind: QuantityKind
        var value: ExactNumber
        var unit: UnitID
        /// A word that must stand right before it (打 before 对折: 对折 alone is folding in half); empty for none.
        var after: [UInt32] = []
    }
    /// The units a ``UnitID`` names: none, percent, pp, count, then the currency codes.
    let units: [ValueUnit]

    // Flat look-up tables for the scan's hot path (built from the tables above).
    /// Numeral roles of BMP scalars, looked up without hashing.
    let numeralTable: BMPTable<NumeralRole>
    /// Infix qualifiers (多 余 来) of BMP scalars.
    let infixTable: BMPTable<Qualifier>
    /// One-scalar scale keys (>= 0x2E80) of the BMP.
    let singleScaleTable: BMPTable<Scale>
    /// Whether any one-scalar scale key lies outside the BMP (then the trie is asked).
    let astralSingleScale: Bool
    /// ``startFlags(_:)`` of every BMP scalar, index = scalar.
    let startFlagTable: [UInt8]

    /// A figure may start at the scalar (see ``startFlags(_:)``).
    static let startsFigure: UInt8 = 1
    /// A non-number word may start at the scalar (CJK only).
    static let startsNonNumberWord: UInt8 = 2

    @inline(__always)
    func numeral(_ c: UInt32) -> NumeralRole? {
        c < 0x10000 ? numeralTable[c] : numerals[c]
    }

    @inline(__always)
    func isNumeral(_ c: UInt32) -> Bool {
        c < 0x10000 ? numeralTable.contains(c) : numerals[c] != nil
    }

    @inline(__always)
    func infixQualifier(_ c: UInt32) -> Qualifier? {
        c < 0x10000 ? infixTable[c] : infix[c]
    }

    /// The scale whose key is exactly the one scalar `c` (`c >= 0x2E80`).
    @inline(__always)
    func singleScale(_ c: UInt32) -> Scale? {
        if c < 0x10000 { return singleScaleTable[c] }
        return astralSingleScale ? scales.value(for: CollectionOfOne(c)) : nil
    }

    static func builtin() throws -> QuantityLexicon {
        try QuantityLexicon(files: { try BuiltinDictionaries.file("quantities/" + $0) })
    }

    init(files: (String) throws -> DictionaryFile) throws {
        var numerals: [UInt32: NumeralRole] = [:]
        var formalDigits = Set<UInt32>()
        var scales = Trie<Scale>()
        var english = Trie<EnglishRole>()
        var prefixCurrencies = Trie<UnitID>()
        var suffixes = Trie<Suffix>()
        var subunits = Trie<Subunit>()
        var hundredthUnits = Set<UnitID>()
        var colloquialMoney = Trie<UnitID>()
        var before = Trie<Before>()
        var after = Trie<Qualifier>()
        var infix: [UInt32: Qualifier] = [:]
        var connectors = Trie<RangeRole>()
        var nonNumberWords = Trie<Bool>()
        var wholeFigures = Trie<WholeFigure>()
        var powerCues = Trie<Bool>()
        var units: [ValueUnit] = [.none, .percent, .pp, .count]
        var unitIDs: [ValueUnit: UnitID] = [:]
        for (i, u) in units.enumerated() { unitIDs[u] = UnitID(index: UInt16(i)) }
        func unitID(_ u: ValueUnit) -> UnitID {
            if let id = unitIDs[u] { return id }
            let id = UnitID(index: UInt16(units.count))
            units.append(u)
            unitIDs[u] = id
            return id
        }
        var singleScaleKeys = Set<UInt32>()
        // First scalars of every key that can start a figure or non-number word: the only scalars with start flags.
        var keyStarts = Set<UInt32>()
        for line in try files("numerals.tsv").lines {
            try line.expect(fields: 2)
            let c = try QuantityLexicon.single(line, line[0])
            let value = Int(line[2]) ?? 0
            switch line[1] {
            case "digit": numerals[c] = .digit(value)
            case "formal-digit": numerals[c] = .digit(value); formalDigits.insert(c)
            case "zero": numerals[c] = .zero
            case "tens": numerals[c] = .tens(value)
            case "vague": numerals[c] = .vague
            case "point": numerals[c] = .point
            case "minus": numerals[c] = .minus
            default: throw line.error("unknown numeral role '\(line[1])'")
            }
        }
        for line in try files("scales.tsv").lines {
            try line.expect(fields: 3)
            guard let m = Decimal(string: line[1], locale: Locale(identifier: "en_US_POSIX")) else { throw line.error("bad multiplier '\(line[1])'") }
            guard let kind = Scale.Kind(rawValue: line[2]) else { throw line.error("unknown scale kind '\(line[2])'") }
            let k = QuantityLexicon.key(line[0])
            if k.count == 1, k[0] >= 0x2E80 { singleScaleKeys.insert(k[0]) }
            scales.insert(k, Scale(multiplier: ExactNumber(m), kind: kind))
        }
        for line in try files("numbers-en.tsv").lines {
            try line.expect(fields: 3)
            let v = Int(line[2]) ?? 0
            let role: EnglishRole
            switch line[1] {
            case "ones": role = .ones(v)
            case "teen": role = .teen(v)
            case "tens": role = .tens(v)
            case "article": role = .article
            case "dozen": role = .dozen
            case "denominator" where v > 1: role = .denominator(v, needsOf: false)
            case "denominator-of" where v > 1: role = .denominator(v, needsOf: true)
            case "minus": role = .minus
            case "point": role = .point
            case "determiner": role = .determiner
            default: throw line.error("unknown English number role '\(line[1])'")
            }
            let key = QuantityLexicon.key(line[0])
            english.insert(key, role)
            if let c = key.first { keyStarts.insert(c) }
        }
        for line in try files("currencies.tsv").lines {
            try line.expect(fields: 3)
            let code = line[1]
            guard code.count == 3, code.allSatisfy({ $0.isUppercase }) else { throw line.error("'\(code)' is not an ISO 4217 code") }
            let id = unitID(ValueUnit(rawValue: code))
            var factor = ExactNumber.one
            if !line[3].isEmpty {
                guard let f = Decimal(string: line[3], locale: Locale(identifier: "en_US_POSIX")), f > 0 else { throw line.error("bad subunit factor '\(line[3])'") }
                factor = ExactNumber(f)
            }
            if factor < .one { subunits.insert(QuantityLexicon.key(line[0]), Subunit(unit: id, factor: factor)) }
            if factor == ExactNumber(significand: 1, exponent: -2) { hundredthUnits.insert(id) }
            if line[2] != "suffix", line[2] != "subunit", line[2] != "colloquial", let c = QuantityLexicon.key(line[0]).first { keyStarts.insert(c) }
            switch line[2] {
            case "prefix": prefixCurrencies.insert(QuantityLexicon.key(line[0]), id)
            case "suffix": suffixes.insert(QuantityLexicon.key(line[0]), .currency(id, factor: factor))
            case "both":
                prefixCurrencies.insert(QuantityLexicon.key(line[0]), id)
                suffixes.insert(QuantityLexicon.key(line[0]), .currency(id, factor: factor))
            case "subunit":
                guard factor < .one else { throw line.error("a subunit needs a factor below 1") }
            case "colloquial": colloquialMoney.insert(QuantityLexicon.key(line[0]), id)
            default: throw line.error("position must be prefix, suffix, both, subunit or colloquial, not '\(line[2])'")
            }
        }
        for line in try files("units.tsv").lines {
            try line.expect(fields: 4)
            guard let f = Decimal(string: line[2], locale: Locale(identifier: "en_US_POSIX")) else { throw line.error("bad factor '\(line[2])'") }
            guard let kind = PercentKind(rawValue: line[3]) else { throw line.error("unknown percent kind '\(line[3])'") }
            guard line[1] == "percent" || line[1] == "pp" else { throw line.error("unit must be percent or pp") }
            suffixes.insert(QuantityLexicon.key(line[0]), .percent(unit: unitID(ValueUnit(rawValue: line[1])), factor: ExactNumber(f), kind: kind))
        }
        for line in try files("classifiers.tsv").lines {
            try line.expect(fields: 1)
            if suffixes.value(for: QuantityLexicon.key(line[0])) == nil { suffixes.insert(QuantityLexicon.key(line[0]), .classifier) }
        }
        for line in try files("qualifiers.tsv").lines {
            try line.expect(fields: 3)
            guard let q = Qualifier(rawValue: line[1]), q != .exact, q != .range else { throw line.error("qualifier must be approx, min or max") }
            switch line[2] {
            case "before": before.insert(QuantityLexicon.key(line[0]).reversed(), .qualifier(q))
            case "after": after.insert(QuantityLexicon.key(line[0]), q)
            case "infix":
                infix[try QuantityLexicon.single(line, line[0])] = q
            default: throw line.error("position must be before, after or infix")
            }
        }
        for line in try files("ranges.tsv").lines {
            try line.expect(fields: 2)
            guard let role = RangeRole(rawValue: line[1]) else { throw line.error("unknown range role '\(line[1])'") }
            switch role {
            case .dash, .word, .and: connectors.insert(QuantityLexicon.key(line[0]), role)
            case .opener, .from: before.insert(QuantityLexicon.key(line[0]).reversed(), .range(role))
            }
        }
        for line in try files("nonnumbers.tsv").lines {
            try line.expect(fields: 2)
            guard let kind = NonNumberKind(rawValue: line[1]) else { throw line.error("unknown kind '\(line[1])'") }
            switch kind {
            case .word:
                let key = QuantityLexicon.key(line[0])
                nonNumberWords.insert(key, true)
                if let c = key.first { keyStarts.insert(c) }
            case .before: before.insert(QuantityLexicon.key(line[0]).reversed(), .block)
            case .after:
                // A unit or currency of the same form wins (日元 is money, 日 is a date).
                if suffixes.value(for: QuantityLexicon.key(line[0])) == nil { suffixes.insert(QuantityLexicon.key(line[0]), .block) }
            }
        }
        for line in try files("wholes.tsv").lines {
            try line.expect(fields: 3)
            guard let kind = QuantityKind(rawValue: line[1]), kind != .money else { throw line.error("kind must be number or percent") }
            guard let v = Decimal(string: line[2], locale: Locale(identifier: "en_US_POSIX")) else { throw line.error("bad value '\(line[2])'") }
            let key = QuantityLexicon.key(line[0])
            wholeFigures.insert(key, WholeFigure(kind: kind, value: ExactNumber(v), unit: kind == .percent ? .percent : .none,
                                                 after: QuantityLexicon.key(line[3])))
            if let c = key.first { keyStarts.insert(c) }
        }
        for line in try files("powercues.tsv").lines {
            try line.expect(fields: 1)
            powerCues.insert(QuantityLexicon.key(line[0]).reversed(), true)
        }
        var numeralTable = BMPTable<NumeralRole>()
        for (c, role) in numerals where c < 0x10000 {
            numeralTable.set(c, role)
        }
        var infixTable = BMPTable<Qualifier>()
        for (c, q) in infix where c < 0x10000 {
            infixTable.set(c, q)
        }
        var singleScaleTable = BMPTable<Scale>()
        var astralSingleScale = false
        for c in singleScaleKeys {
            guard let v = scales.value(for: CollectionOfOne(c)) else { continue }
            if c >= 0x10000 { astralSingleScale = true; continue }
            singleScaleTable.set(c, v)
        }
        self.numerals = numerals
        self.formalDigits = formalDigits
        self.scales = scales
        self.english = english
        self.prefixCurrencies = prefixCurrencies
        self.suffixes = suffixes
        self.subunits = subunits
        self.hundredthUnits = hundredthUnits
        self.colloquialMoney = colloquialMoney
        self.before = before
        self.after = after
        self.infix = infix
        self.connectors = connectors
        self.nonNumberWords = nonNumberWords
        self.wholeFigures = wholeFigures
        self.powerCues = powerCues
        self.units = units
        self.numeralTable = numeralTable
        self.infixTable = infixTable
        self.singleScaleTable = singleScaleTable
        self.astralSingleScale = astralSingleScale
        keyStarts.formUnion(numerals.keys)
        keyStarts.formUnion(singleScaleKeys)
        var startFlagTable = [UInt8](repeating: 0, count: 0x10000)
        for c in keyStarts where c < 0x10000 {
            startFlagTable[Int(c)] = QuantityLexicon.startFlags(
                c, english: english, prefixCurrencies: prefixCurrencies, nonNumberWords: nonNumberWords, wholeFigures: wholeFigures,
                isNumeral: numeralTable.contains(c), isSingleScale: singleScaleTable.contains(c))
        }
        self.startFlagTable = startFlagTable
    }

    /// A key as matched: ASCII upper case lowered, full-width forms folded.
    static func key(_ s: String) -> [UInt32] {
        s.unicodeScalars.map { lower(widthFolding.fold($0.value)) }
    }

    /// The folding of keys: full-width forms only (made once; each one allocates a table).
    private static let widthFolding = CharacterFolding()

    @inline(__always)
    static func lower(_ c: UInt32) -> UInt32 { c >= 0x41 && c <= 0x5A ? c + 0x20 : c }

    /// What may start at the scalar `c`, as the scan's first test: ``startsFigure`` for an
    /// ASCII letter that starts an English number word, a prefix currency or a numeral; for
    /// U+0080–U+2E7F a prefix currency; for a CJK scalar a numeral, a one-scalar scale or a
    /// prefix currency. ``startsNonNumberWord`` for a CJK scalar that starts a non-number word.
    @inline(__always)
    func startFlags(_ c: UInt32) -> UInt8 {
        if c < 0x10000 { return startFlagTable[Int(c)] }
        return computedStartFlags(c)
    }

    /// ``startFlags(_:)`` from the tables themselves (used beyond the BMP, and by tests).
    func computedStartFlags(_ c: UInt32) -> UInt8 {
        Self.startFlags(c, english: english, prefixCurrencies: prefixCurrencies, nonNumberWords: nonNumberWords, wholeFigures: wholeFigures,
                        isNumeral: isNumeral(c), isSingleScale: singleScale(c) != nil)
    }

    private static func startFlags(_ c: UInt32, english: Trie<EnglishRole>, prefixCurrencies: Trie<UnitID>,
                                   nonNumberWords: Trie<Bool>, wholeFigures: Trie<WholeFigure>, isNumeral: Bool, isSingleScale: Bool) -> UInt8 {
        var flags: UInt8 = 0
        if c < 0x80 {
            let letter = (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A)
            if letter && (english.mayStart(with: c) || prefixCurrencies.mayStart(with: c) || isNumeral) { flags |= startsFigure }
        } else if c < 0x2E80 {
            if prefixCurrencies.mayStart(with: c) { flags |= startsFigure }
        } else {
            if isNumeral || isSingleScale || prefixCurrencies.mayStart(with: c) || wholeFigures.mayStart(with: c) { flags |= startsFigure }
            if nonNumberWords.mayStart(with: c) { flags |= startsNonNumberWord }
        }
        return flags
    }

    private static func single(_ line: DictionaryFile.Line, _ s: String) throws -> UInt32 {
        let k = key(s)
        guard k.count == 1 else { throw line.error("expected one character, got '\(s)'") }
        return k[0]
    }
}

/// A table from Basic Multilingual Plane scalars to values, looked up without hashing: a flat
/// index of 65,536 bytes into a list of at most 255 values.
struct BMPTable<Value: Sendable>: Sendable {
    private var index = [UInt8](repeating: 0, count: 0x10000)
    private var values: [Value] = []

    /// Sets the value of a BMP scalar `c`.
    mutating func set(_ c: UInt32, _ value: Value) {
        precondition(c < 0x10000 && values.count < 255, "BMPTable holds BMP scalars and at most 255 values")
        values.append(value)
        index[Int(c)] = UInt8(values.count)
    }

    /// The value of a BMP scalar `c`, or nil.
    @inline(__always)
    subscript(_ c: UInt32) -> Value? {
        let k = Int(index[Int(c)])
        return k == 0 ? nil : values[k - 1]
    }

    @inline(__always)
    func contains(_ c: UInt32) -> Bool { index[Int(c)] != 0 }
}
