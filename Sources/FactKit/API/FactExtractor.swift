import Foundation

/// Options for a ``FactExtractor``.
public struct ExtractionOptions: Sendable {
    /// Company dictionary files layered over the built-in one, in priority order (later wins).
    public var dictionaries: [String]
    /// The reference date for relative periods (`今年`, `去年同期`) when a document states none.
    public var documentDate: CalendarDate?

    public init(dictionaries: [String] = [], documentDate: CalendarDate? = nil) {
        self.dictionaries = dictionaries
        self.documentDate = documentDate
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
    public let options: ExtractionOptions

    /// Loads the built-in dictionaries and any user dictionaries of `options`.
    /// - Throws: ``DictionaryError`` naming the file, line and reason of a malformed entry.
    public init(options: ExtractionOptions = ExtractionOptions()) throws {
        self.options = options
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
                                    linker: FactLinker(companies: companyDictionary, lexicon: cueLexicon, yuan: try YuanLexicon.builtin()),
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
        let scalars = ScalarText(text, folding: folding)
        return pipeline.run(scalars, document: document, date: referenceDate(scalars, given: date)).facts
    }
}
