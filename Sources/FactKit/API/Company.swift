/// A company of the dictionary: canonical id (FACTS.md *Company ids*), display name,
/// aliases in any script, tickers and the parent for brands and units.
public struct Company: Hashable, Sendable {
    /// Canonical id, lowercase ASCII words joined by `-` (`nvidia`, `great-wall-motor`).
    public var id: String
    /// Display name (`NVIDIA`, `TSMC`).
    public var name: String
    /// Surface forms that name the company (`英伟达`, `輝達`, `Nvidia`).
    public var aliases: [String]
    /// The group a brand or unit belongs to (`taobao` → `alibaba`), else nil.
    public var parent: String?
    /// Stock tickers (`NVDA`, `0700.HK`).
    public var tickers: [String]

    /// A company with its id, display name, aliases, parent id and tickers.
    public init(id: String, name: String, aliases: [String] = [], parent: String? = nil, tickers: [String] = []) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.parent = parent
        self.tickers = tickers
    }
}

/// A place in a text that names a company.
public struct CompanyMention: Hashable, Sendable {
    /// Id of the company named: a dictionary id (`tsmc`), or `~` + the name as written for a
    /// company-like name no dictionary knows (`~燧原科技`, `~Thrive Capital`; FACTS.md).
    public var company: String
    /// The matched text, verbatim (`台积电`, `Nvidia`).
    public var text: String
    /// Where it stands, in Unicode scalars of the input.
    public var span: TextSpan

    /// A mention of company id `company`, written `text` at `span`.
    public init(company: String, text: String, span: TextSpan) {
        self.company = company
        self.text = text
        self.span = span
    }

    /// Whether the company comes from a dictionary; false for a name recognized by its shape
    /// alone (`~` id), which a linker may trust less.
    public var isKnown: Bool { !company.hasPrefix("~") }
}
