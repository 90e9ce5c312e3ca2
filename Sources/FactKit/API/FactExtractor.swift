import Foundation

/// Options for a ``FactExtractor``.
public struct ExtractionOptions: Sendable {
    /// Company dictionary files layered over the built-in one, in priority order (later wins).
    public var dictionaries: [String]
    /// The reference date for relative periods (`今年`, `去年同期`) when a document states none.
    public var documentDate: CalendarDate?
    /// A weights file for the company decision (`feature<TAB>weight`, as `factx-train` writes it) used instead of
    /// the built-in `weights/company.tsv`; an empty file leaves the decision to the hand rules. Nil: the built-in one.
    public var companyWeights: String?

    /// Options layering `dictionaries` (file paths) over the built-in companies, with a default reference date,
    /// and optionally another weights file for the company decision.
    public init(dictionaries: [String] = [], documentDate: CalendarDate? = nil, companyWeights: String? = nil) {
        self.dictionaries = dictionaries
        self.documentDate = documentDate
        self.companyWeights = companyWeights
    }
}

/// The entry point: reads a document and returns its typed facts (FACTS.md).
///
/// ```swift
/// let extractor = try FactExtractor()
/// let facts = extractor.extract("ASML一季度营收53亿欧元，同比下降22%", document: "asml.txt",
///                               date: CalendarDate(year: 2024, month: 4, day: 17))
/// ```
/// An extractor is immutable and `Sendable`: make one and share it across threads.
public struct FactExtractor: Sendable {
    let folding: CharacterFolding
    let quantityLexicon: QuantityLexicon
    let companyDictionary: CompanyDictionary
    let cueLexicon: CueLexicon
    /// The options the extractor was made with.
    public let options: ExtractionOptions

    /// Loads the built-in dictionaries and any user dictionaries of `options`.
    /// - Throws: ``DictionaryError`` naming the file, line and reason of a malformed entry.
    public init(options: ExtractionOptions = ExtractionOptions()) throws {
        try self.init(options: options, companyWeights: nil)
    }

    /// An extractor whose company decision uses `companyWeights` (nil: those the options name, else the built-in ones).
    package init(options: ExtractionOptions, companyWeights given: LinearWeights?) throws {
        self.options = options
        let companyWeights = try given ?? options.companyWeights.map { try LinearWeights(path: $0) } ?? LinearWeights.builtin("company")
        folding = try CharacterFolding.load(BuiltinDictionaries.file("traditional.tsv"))
        quantityLexicon = try QuantityLexicon.builtin()
        var companies = try CompanyDictionary.builtin(folding: folding)
        for path in options.dictionaries {
            companies = try companies.layering(DictionaryFile(path: path))
        }
        companyDictionary = companies
        cueLexicon = try CueLexicon.builtin()
        pipeline = DocumentPipeline(quantityParser: QuantityParser(lexicon: quantityLexicon),
                                    companyMatcher: CompanyMatcher(dictionary: companyDictionary),
                                    cueMatcher: CueMatcher(lexicon: cueLexicon),
                                    linker: FactLinker(companies: companyDictionary, lexicon: cueLexicon, yuan: try YuanLexicon.builtin(),
                                                      companyWeights: companyWeights),
                                    scope: try FactScope.builtin())
    }

    /// The stages, made once: copying an extractor copies a reference, not the dictionaries.
    let pipeline: DocumentPipeline

    /// The reference date of a document: the one given, else a date line near its top, else the options' date.
    func referenceDate(_ text: ScalarText, given: CalendarDate?) -> CalendarDate? {
        given ?? DocumentDateFinder().date(in: text) ?? options.documentDate
    }

    /// Every company the extractor knows, built-in and user entries.
    public var companies: [Company] { companyDictionary.companies }

    /// Every figure and numeral in `text` (what `factx numbers` prints), in text order: besides the
    /// figures facts are made of, each numeral that is no quantity alone (`二`, the `九` of `九年`) as a plain number.
    public func quantities(in text: String) -> [Quantity] {
        quantities(in: text, numerals: true)
    }

    /// The figures of `text`; with `numerals`, every numeral too (see ``quantities(in:)``).
    func quantities(in text: String, numerals: Bool) -> [Quantity] {
        let scalars = ScalarText(text, folding: folding)
        return QuantityParser(lexicon: quantityLexicon, numerals: numerals).quantities(in: scalars, range: TextSpan(start: 0, end: scalars.count))
    }

    /// Every company mention in `text` (what `factx companies` prints), in text order.
    public func companyMentions(in text: String) -> [CompanyMention] {
        CompanyMatcher(dictionary: companyDictionary).mentions(in: ScalarText(text, folding: folding))
    }

    /// The facts of one document.
    /// - Parameters:
    ///   - text: the document's text.
    ///   - document: its id, copied into each fact's `doc`.
    ///   - date: its reference date; when nil, a date line near the top of the text or
    ///     ``ExtractionOptions/documentDate`` is used.
    public func extract(_ text: String, document: String = "", date: CalendarDate? = nil) -> [Fact] {
        extract(text, document: document, date: date, window: FactExtractor.window)
    }

    /// The most scalars a document is read as one: a longer one (a 50 MB line of news) is read in windows that end
    /// at a sentence end, so memory stays bounded; the reference date comes from the first window, and what carries
    /// from sentence to sentence (the company in focus, the reporting period) restarts at each window.
    static let window = 1_000_000

    /// The facts of one document, each with its company decision (``Fact/decision``), for training.
    package func extractRecordingDecisions(_ text: String, document: String, date: CalendarDate?) -> [Fact] {
        let scalars = ScalarText(text, folding: folding)
        return pipeline.run(scalars, document: document, date: referenceDate(scalars, given: date), recordDecisions: true).facts
    }

    func extract(_ text: String, document: String, date: CalendarDate?, window: Int) -> [Fact] {
        let all = text.unicodeScalars
        // A text of at most `window` UTF-8 bytes has at most as many scalars: no walk to count them.
        guard text.utf8.count > window, all.count > window else {
            let scalars = ScalarText(text, folding: folding)
            return pipeline.run(scalars, document: document, date: referenceDate(scalars, given: date)).facts
        }
        var facts = [Fact]()
        var start = all.startIndex
        var offset = 0
        var reference: CalendarDate?
        while start < all.endIndex {
            var end = all.index(start, offsetBy: window, limitedBy: all.endIndex) ?? all.endIndex
            if end < all.endIndex {
                // Back to just after a sentence end in the window's second half, if there is one.
                var k = end, steps = 0
                while k > start, steps < window / 2 {
                    let c = all[all.index(before: k)]
                    if "。！？!?；;\n".unicodeScalars.contains(c) { end = k; break }
                    k = all.index(before: k); steps += 1
                }
            }
            let scalars = ScalarText(String(all[start..<end]), folding: folding)
            if start == all.startIndex { reference = referenceDate(scalars, given: date) }
            for var fact in pipeline.run(scalars, document: document, date: reference).facts {
                fact.span = TextSpan(start: fact.span.start + offset, end: fact.span.end + offset)
                facts.append(fact)
            }
            offset += scalars.count
            start = end
        }
        return facts
    }
}
