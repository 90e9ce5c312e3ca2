import Foundation

/// One figure of a document, typed and normalized, with the company it is about.
/// Fields are exactly those of FACTS.md; ``Fact/columns`` lists them in output order.
public struct Fact: Hashable, Sendable {
    /// Document id: the file path as given, or the `id` of a JSON Lines record.
    public var doc: String
    /// Canonical company id, empty when the figure is about no company.
    public var company: String
    /// The dictionary's display name of `company`, empty with it.
    public var companyName: String
    /// The company's surface form in the text.
    public var mention: String
    /// What the figure measures (the `metric` column).
    public var metric: Metric
    /// The exact value; the low bound for a range.
    public var value: Decimal
    /// A currency, `percent`, `pp` or `count` (the `unit` column).
    public var unit: ValueUnit
    /// What is counted or priced, else empty.
    public var item: String
    /// How the value is bounded: exact, approximate, at least, at most, or a range.
    public var qualifier: Qualifier
    /// The low bound of a range (``Qualifier/range``), else nil.
    public var low: Decimal?
    /// The high bound of a range (``Qualifier/range``), else nil.
    public var high: Decimal?
    /// The period the figure belongs to (`2024-Q1`, `FY2026-Q2`), nil when the text gives none
    /// or a relative one (今年) with no reference date.
    public var period: Period?
    /// The basis of a change (`yoy`, `qoq`, `change`); nil for a level.
    public var change: Change?
    /// The part of the company the figure is limited to, as the text names it without words such as
    /// 业务, 部门, segment (`数据中心`, `Data Center`, `iPhone`, `中国区`); empty for the whole company.
    public var segment: String
    /// Whether the figure is reported (``Status/actual``) or guidance, a plan, an estimate (``Status/forecast``).
    public var status: Status
    /// The figure's surface text, verbatim.
    public var text: String
    /// Where `text` stands, in Unicode scalars of the document.
    public var span: TextSpan
    /// The sentence that holds the figure, verbatim.
    public var sentence: String
    /// The extractor's own estimate, 0–1.
    public var confidence: Double
    /// The name of the rule that produced the fact (shown by `factx explain`; not an output column).
    public var rule: String
    /// The period the figure has if the scope stage finds it a forecast (本季 read as the reported quarter is,
    /// in 展望本季, the quarter under way); nil when it keeps its period either way.
    var forecastPeriod: Period? = nil
    /// The company decision behind the fact (its candidates and their features), when recorded.
    package var decision: DecisionTrace?

    /// A fact with every field given; the optional ones default to an exact, actual, whole-company level.
    public init(doc: String, company: String, companyName: String, mention: String, metric: Metric,
                value: Decimal, unit: ValueUnit, item: String = "", qualifier: Qualifier = .exact,
                low: Decimal? = nil, high: Decimal? = nil, period: Period? = nil, change: Change? = nil,
                segment: String = "", status: Status = .actual, text: String, span: TextSpan, sentence: String, confidence: Double, rule: String = "") {
        self.doc = doc
        self.company = company
        self.companyName = companyName
        self.mention = mention
        self.metric = metric
        self.value = value
        self.unit = unit
        self.item = item
        self.qualifier = qualifier
        self.low = low
        self.high = high
        self.period = period
        self.change = change
        self.segment = segment
        self.status = status
        self.text = text
        self.span = span
        self.sentence = sentence
        self.confidence = confidence
        self.rule = rule
    }

    /// The output columns, in FACTS.md order.
    public static let columns = ["doc", "company", "company_name", "mention", "metric", "value", "unit", "item",
                                 "qualifier", "low", "high", "period", "change", "segment", "status", "text", "start", "end",
                                 "sentence", "confidence"]

    /// The value of a column as output text; `nil` for an unknown column name.
    public func field(_ column: String) -> String? {
        switch column {
        case "doc": return doc
        case "company": return company
        case "company_name": return companyName
        case "mention": return mention
        case "metric": return metric.rawValue
        case "value": return value.plainString
        case "unit": return unit.rawValue
        case "item": return item
        case "qualifier": return qualifier.rawValue
        case "low": return low?.plainString ?? ""
        case "high": return high?.plainString ?? ""
        case "period": return period?.description ?? ""
        case "change": return change?.rawValue ?? ""
        case "segment": return segment
        case "status": return status.rawValue
        case "text": return text
        case "start": return String(span.start)
        case "end": return String(span.end)
        case "sentence": return sentence
        case "confidence": return Fact.format(confidence: confidence)
        default: return nil
        }
    }

    /// Whether a column holds a number (written unquoted in JSON).
    public static func isNumericColumn(_ column: String) -> Bool {
        column == "start" || column == "end" || column == "confidence"
    }

    static func format(confidence: Double) -> String {
        let hundredths = Int((min(max(confidence, 0), 1) * 100).rounded())
        if hundredths == 100 { return "1" }
        if hundredths == 0 { return "0" }
        let s = hundredths < 10 ? "0.0\(hundredths)" : "0.\(hundredths)"
        return s.hasSuffix("0") ? String(s.dropLast()) : s
    }
}
