import Foundation
import Testing
@testable import FactKit

/// Loading the built-in dictionary and layering user files over it.
struct CompanyDictionaryTests {
    static let builtin = CompanyFixtures.dictionary

    @Test func builtinHasEnoughCompaniesAndNoConflicts() {
        #expect(Self.builtin.companies.count >= 700)
        #expect(Self.builtin.conflicts == [])
    }

    /// Every id FACTS.md and the gold files use, exactly as written.
    static let requiredIDs = [
        "asml", "tsmc", "nvidia", "xiaomi", "bytedance", "alibaba", "tencent", "baidu", "meituan", "bilibili",
        "jd", "pdd", "kuaishou", "huawei", "tesla", "intel", "amd", "microsoft", "meta", "google", "amazon",
        "apple", "openai", "oracle", "samsung", "qualcomm", "sensetime", "megvii", "moonshot-ai", "li-auto",
        "great-wall-motor", "nio", "xpeng", "geely", "chery", "zeekr", "haier", "gree", "panasonic", "toto",
        "jomoo", "sumitomo-chemical", "microchip", "boston-dynamics", "hyundai", "lenovo", "softbank",
        "goldman-sachs", "citi", "aito", "taobao", "figure-ai", "damo-academy", "taobao-tmall", "blue-pool",
        "aliyun", "high-flyer", "saic-volkswagen", "volcano-engine", "cainiao", "freshippo", "douyin", "aws",
        "largan", "delta-electronics", "thrive-capital", "mediatek", "umc", "ase", "quanta", "foxconn", "wistron",
        "pegatron", "zhipu-ai", "minimax", "sk-hynix", "catl", "mistral-ai",
        // A few of each market's largest (taiwan.tsv, hong-kong.tsv, mainland.tsv, us.tsv, japan-korea.tsv).
        "yageo", "taiwan-mobile", "mega-financial", "esun-financial", "advantech", "formosa-petrochemical",
        "chunghwa-telecom", "fubon-financial", "cathay-financial", "compal", "inventec", "china-steel", "eva-air",
        "ck-hutchison", "mtr", "aia", "clp", "towngas", "shk-properties", "henderson-land", "link-reit",
        "galaxy-entertainment", "sands-china", "boc-hong-kong", "hang-seng-bank", "swire-pacific",
        "hikvision", "zijin-mining", "china-life", "bank-of-communications", "crrc", "china-shenhua",
        "intuit", "palo-alto-networks", "crowdstrike", "comcast", "chevron", "abbvie",
        "advantest", "disco", "kddi", "ntt", "samsung-sdi", "lg-chem", "naver", "posco",
    ]

    @Test(arguments: requiredIDs)
    func hasID(id: String) {
        #expect(Self.builtin.company(id: id) != nil)
    }

    /// id → parent.
    static let parents: [(String, String?)] = [
        ("taobao", "alibaba"), ("aws", "amazon"), ("douyin", "bytedance"), ("volcano-engine", "bytedance"),
        ("aliyun", "alibaba"), ("damo-academy", "alibaba"), ("taobao-tmall", "alibaba"), ("cainiao", "alibaba"),
        ("freshippo", "alibaba"), ("nvidia", nil), ("aito", "seres"),
        ("wiwynn", "wistron"), ("hang-seng-bank", "hsbc"), ("boc-hong-kong", "boc"), ("president-chain-store", "uni-president"),
        ("samsung-sdi", "samsung"), ("sands-china", "las-vegas-sands"), ("activision-blizzard", "microsoft"),
    ]

    @Test(arguments: parents)
    func parent(id: String, parent: String?) {
        #expect(Self.builtin.company(id: id)?.parent == parent)
    }

    @Test func entryCarriesNameAliasesAndTickers() throws {
        let tencent = try #require(Self.builtin.company(id: "tencent"))
        #expect(tencent.name == "Tencent")
        #expect(tencent.aliases.contains("鹅厂"))
        #expect(tencent.tickers.contains("0700.HK"))
        let nvidia = try #require(Self.builtin.company(id: "nvidia"))
        #expect(nvidia.tickers == ["NVDA"])
        #expect(nvidia.aliases.contains("輝達"))
    }

    // MARK: - User dictionaries

    static func file(_ contents: String, name: String = "user.tsv") -> DictionaryFile {
        DictionaryFile(name: name, contents: contents)
    }

    @Test func userEntryAddsAliasesToABuiltinID() throws {
        let d = try Self.builtin.layering(Self.file("nvidia\t\tN卡厂|=GreenTeam\n"))
        #expect(CompanyFixtures.mentions("N卡厂和GreenTeam，greenteam", dictionary: d) == ["nvidia=N卡厂", "nvidia=GreenTeam"].map(m))
        #expect(d.company(id: "nvidia")?.name == "NVIDIA")
        #expect(d.conflicts == [])
    }

    @Test func userEntryDefinesANewCompany() throws {
        let d = try Self.builtin.layering(Self.file("#! id\tname\taliases\tparent\ttickers\nacme-robotics\tAcme Robotics\t艾克米|Acme\tsoftbank\tACME\n"))
        let acme = try #require(d.company(id: "acme-robotics"))
        #expect(acme.parent == "softbank")
        #expect(CompanyFixtures.mentions("艾克米与Acme Robotics、ACME", dictionary: d)
                == ["acme-robotics=艾克米", "acme-robotics=Acme Robotics", "acme-robotics=ACME"].map(m))
        #expect(d.companies.count == Self.builtin.companies.count + 1)
    }

    @Test func userEntryRemovesAnAlias() throws {
        let d = try Self.builtin.layering(Self.file("li-auto\t\t-理想\n"))
        #expect(CompanyFixtures.mentions("理想L6和理想汽车", dictionary: d) == ["li-auto=理想汽车"].map(m))
    }

    @Test func aliasClaimedByTwoCompaniesIsReportedAndTheLaterWins() throws {
        let d = try Self.builtin.layering(Self.file("acme\tAcme\t阿里\n"))
        #expect(d.conflicts.count == 1)
        #expect(d.conflicts.first?.contains("user.tsv:1") == true)
        #expect(d.conflicts.first?.contains("alibaba") == true)
        #expect(CompanyFixtures.mentions("阿里", dictionary: d) == ["acme=阿里"].map(m))
    }

    @Test func layeringLeavesTheOriginalUnchanged() throws {
        _ = try Self.builtin.layering(Self.file("acme\tAcme\t阿里\n"))
        #expect(CompanyFixtures.mentions("阿里") == ["alibaba=阿里"].map(m))
    }

    /// Malformed user files → the error's line and a phrase of its reason.
    static let malformed: [(String, Int, String)] = [
        ("acme Acme 艾克米\n", 1, "is the separator a tab"),
        ("# comment\n\nAcme\tAcme\n", 3, "invalid id 'Acme'"),
        ("acme_co\tAcme\n", 1, "invalid id"),
        ("acme\t\t艾克米\n", 1, "needs a display name"),
        ("acme\tAcme\t艾克米\nacme\tAcme 2\t\n", 2, "duplicate id 'acme' (first defined at user.tsv:1)"),
        ("acme\tAcme\t艾克米\tno-such-parent\n", 1, "unknown parent id 'no-such-parent'"),
        ("acme\tAcme\t艾克米\tacme\n", 1, "cannot be its own parent"),
        ("acme\tAcme\t=\n", 1, "empty alias"),
        ("acme\tAcme\ta\tb\tc\td\n", 1, "at most 5"),
        ("acme\tAcme\t-艾克米\n", 1, "is a new company"),
    ]

    @Test(arguments: malformed)
    func malformedLineIsAnError(contents: String, line: Int, reason: String) {
        do {
            _ = try Self.builtin.layering(Self.file(contents))
            Issue.record("expected an error for \(contents.debugDescription)")
        } catch let error as DictionaryError {
            #expect(error.file == "user.tsv")
            #expect(error.line == line)
            #expect(error.reason.contains(reason), "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func fileOnDiskIsReadAndAMissingFileIsAnError() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("factkit-companies-\(UUID().uuidString).tsv")
        try "acme\tAcme\t艾克米\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let d = try Self.builtin.layering(DictionaryFile(path: url.path))
        #expect(d.company(id: "acme")?.aliases == ["Acme", "艾克米"])
        #expect(throws: DictionaryError.self) { try DictionaryFile(path: url.path + ".missing") }
    }

    /// Malformed context rules → line and reason.
    static let badRules: [(String, Int, String)] = [
        ("小米\tnot-after\n", 1, "expected 3"),
        ("小米\tsometimes\t粥\n", 1, "unknown rule 'sometimes'"),
        ("小米\tnot-after\t@word\n", 1, "unknown special word"),
        ("小米\tnot-after\t粥\n没有这个\tnot-after\t粥\n", 2, "no company has the alias '没有这个'"),
    ]

    @Test(arguments: badRules)
    func malformedRuleIsAnError(contents: String, line: Int, reason: String) {
        let companies = Self.file("xiaomi\tXiaomi\t小米\n", name: "c.tsv")
        do {
            _ = try CompanyDictionary(files: [companies], rules: Self.file(contents, name: "rules.tsv"), folding: CompanyFixtures.folding)
            Issue.record("expected an error")
        } catch let error as DictionaryError {
            #expect(error.file == "rules.tsv")
            #expect(error.line == line)
            #expect(error.reason.contains(reason), "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func duplicateIDAcrossBuiltinFilesIsAnError() {
        let a = Self.file("acme\tAcme\n", name: "a.tsv"), b = Self.file("acme\tAcme\n", name: "b.tsv")
        #expect(throws: DictionaryError(file: "b.tsv", line: 1, reason: "duplicate id 'acme' (first defined at a.tsv:1)")) {
            try CompanyDictionary(files: [a, b], folding: CompanyFixtures.folding)
        }
    }
}
