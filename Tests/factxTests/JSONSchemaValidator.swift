import Foundation

/// A JSON value, decoded strictly (a number is never a Bool).
indirect enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), integer(Int), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .integer(i) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    static func parse(_ text: String) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

    var number: Double? {
        switch self { case .integer(let i): Double(i); case .number(let d): d; default: nil }
    }
}

/// The subset of JSON Schema (2020-12) the fact row schema uses: `type`, `properties`, `required`,
/// `additionalProperties: false`, `enum`, `pattern`, `minLength`, `minimum`, `maximum`, and the annotations
/// `$schema`, `$id`, `title`, `description`. Any other keyword is an error, so the schema cannot use one the
/// validator would silently ignore.
struct JSONSchemaValidator {
    struct UnsupportedKeyword: Error, CustomStringConvertible {
        let keyword: String
        var description: String { "the validator does not implement '\(keyword)'" }
    }
    static let annotations: Set<String> = ["$schema", "$id", "title", "description"]
    static let assertions: Set<String> = ["type", "properties", "required", "additionalProperties", "enum", "pattern",
                                          "minLength", "minimum", "maximum"]
    let schema: JSONValue

    init(_ schema: JSONValue) throws {
        try Self.check(schema)
        self.schema = schema
    }

    private static func check(_ schema: JSONValue) throws {
        guard case .object(let keywords) = schema else { throw UnsupportedKeyword(keyword: "a schema that is not an object") }
        for (keyword, value) in keywords {
            guard annotations.contains(keyword) || assertions.contains(keyword) else { throw UnsupportedKeyword(keyword: keyword) }
            if keyword == "properties", case .object(let properties) = value { try properties.values.forEach(check) }
            if keyword == "additionalProperties", value != .bool(false) { throw UnsupportedKeyword(keyword: "additionalProperties other than false") }
        }
    }

    /// The violations of `instance`, each as `path: reason`; empty when it is valid.
    func violations(of instance: JSONValue) -> [String] { Self.violations(of: instance, against: schema, at: "$") }

    private static func violations(of instance: JSONValue, against schema: JSONValue, at path: String) -> [String] {
        guard case .object(let keywords) = schema else { return [] }
        var found = [String]()
        if case .string(let type)? = keywords["type"] {
            let matches: Bool
            switch (type, instance) {
            case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
                 ("number", .integer), ("number", .number), ("integer", .integer): matches = true
            case ("integer", .number(let d)): matches = d.rounded() == d
            default: matches = false
            }
            if !matches { return ["\(path): not of type \(type)"] }
        }
        if case .array(let allowed)? = keywords["enum"], !allowed.contains(instance) {
            found.append("\(path): not one of the enum's values")
        }
        if case .string(let s) = instance {
            if case .string(let pattern)? = keywords["pattern"] {
                let regex = try! NSRegularExpression(pattern: pattern)
                if regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) == nil { found.append("\(path): does not match \(pattern)") }
            }
            if let min = keywords["minLength"]?.number, Double(s.unicodeScalars.count) < min { found.append("\(path): shorter than \(Int(min))") }
        }
        if let value = instance.number {
            if let min = keywords["minimum"]?.number, value < min { found.append("\(path): below \(min)") }
            if let max = keywords["maximum"]?.number, value > max { found.append("\(path): above \(max)") }
        }
        if case .object(let members) = instance {
            if case .array(let required)? = keywords["required"] {
                for case .string(let name) in required where members[name] == nil { found.append("\(path): lacks \(name)") }
            }
            let properties: [String: JSONValue]
            if case .object(let p)? = keywords["properties"] { properties = p } else { properties = [:] }
            for (name, value) in members.sorted(by: { $0.key < $1.key }) {
                if let property = properties[name] {
                    found += violations(of: value, against: property, at: path + "." + name)
                } else if keywords["additionalProperties"] == .bool(false) {
                    found.append("\(path): unexpected \(name)")
                }
            }
        }
        return found
    }
}
