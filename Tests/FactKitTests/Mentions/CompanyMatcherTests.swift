import Testing
@testable import FactKit

/// Matching: longest match over characters, Latin word boundaries, case, folding and spans.
struct CompanyMatcherTests {
    /// input → mentions (`id=text`), negatives beside positives.
    static let corpus: [(String, [String])] = [
        // Longest match over characters, whatever ICU's word boundaries say.
        ("英伟达今年向台积电新增了1万片订单", ["nvidia=英伟达", "tsmc=台积电"]),
        ("字节今年向英伟达订购了超过10亿美元的GPU", ["bytedance=字节", "nvidia=英伟达"]),
        ("字节跳动创始人张一鸣", ["bytedance=字节跳动"]),
        ("阿里巴巴集团截至12月31日", ["alibaba=阿里巴巴集团"]),
        ("一位阿里云人士称", ["aliyun=阿里云"]),
        ("阿里达摩院裁撤自动驾驶实验室", ["damo-academy=阿里达摩院"]),
        ("淘宝、天猫集团营收1290.7亿元", ["taobao-tmall=淘宝、天猫集团"]),
        ("淘宝和天猫", ["taobao=淘宝", "tmall=天猫"]),
        ("京东方为三星供货", ["boe=京东方", "samsung=三星"]),
        ("字节火山引擎", ["bytedance=字节", "volcano-engine=火山引擎"]),
        ("蔡崇信家族基金Blue Pool增持", ["blue-pool=蔡崇信家族基金", "blue-pool=Blue Pool"]),
        ("问界新M7入门版", ["aito=问界"]),
        ("上汽大众宣布", ["saic-volkswagen=上汽大众"]),
        ("连量化投资公司幻方之前也购买了1万块A100", ["high-flyer=幻方"]),
        ("B 站此前已储备了数百块GPU，B站", ["bilibili=B 站", "bilibili=B站"]),
        ("鹅厂和狗东", ["tencent=鹅厂", "jd=狗东"]),
        ("老黄（黄仁勋，英伟达创始人）", ["nvidia=英伟达"]),
        // Markets: Taiwan, Hong Kong, mainland, US, Japan and Korea, in both scripts.
        ("大立光（3008-TW）與台達電", ["largan=大立光", "delta-electronics=台達電"]),
        ("滙豐控股、匯豐及恒生銀行", ["hsbc=滙豐控股", "hsbc=匯豐", "hang-seng-bank=恒生銀行"]),
        ("兆豐金、玉山金、國泰金與富邦金", ["mega-financial=兆豐金", "esun-financial=玉山金", "cathay-financial=國泰金", "fubon-financial=富邦金"]),
        ("台塑化与台塑", ["formosa-petrochemical=台塑化", "formosa-plastics=台塑"]),
        ("港鐵與领展", ["mtr=港鐵", "link-reit=领展"]),
        ("海康威视和宁德时代", ["hikvision=海康威视", "catl=宁德时代"]),
        ("Palo Alto Networks and CrowdStrike", ["palo-alto-networks=Palo Alto Networks", "crowdstrike=CrowdStrike"]),
        ("爱德万测试与SK电讯", ["advantest=爱德万测试", "sk-telecom=SK电讯"]),
        // Traditional and full-width text.
        ("輝達與台積電", ["nvidia=輝達", "tsmc=台積電"]),
        ("騰訊控股", ["tencent=騰訊控股"]),
        ("ＡＳＭＬ一季度", ["asml=ＡＳＭＬ"]),
        // Latin aliases are whole words; ideographs next to them are boundaries.
        ("据ASML称", ["asml=ASML"]),
        ("ASMLX is not ASML", ["asml=ASML"]),
        ("AMDAHL was a company, AMD is one", ["amd=AMD"]),
        ("ASML-Imec High-NA lab", ["asml=ASML", "imec=Imec"]),
        ("Nvidia's revenue and NVIDIA shares and nvidia", ["nvidia=Nvidia", "nvidia=NVIDIA", "nvidia=nvidia"]),
        ("google 在今年 5 月推出", ["google=google"]),
        ("GPT-3 and A100", []),
        // Case where case carries meaning.
        ("Meta 在去年 1 月建成 RSC，META 和 metadata", ["meta=Meta", "meta=META"]),
        ("Meta-analysis shows a meta effect", []),
        ("Apple cut iPhone prices; apple pie", ["apple=Apple"]),
        ("Apple pie is sweet", []),
        ("the arm of the law", []),
        ("ARM's chips", ["arm=ARM"]),
        ("The oracle spoke. Oracle bought GPUs.", ["oracle=Oracle"]),
        // Tickers: with an exchange suffix or four letters or more.
        ("0700.HK rose, NVDA fell, 2330.TW flat", ["tencent=0700.HK", "nvidia=NVDA", "tsmc=2330.TW"]),
        ("a CRM system", []),
        // A non-BMP character before a mention keeps offsets in scalars.
        ("😀特斯拉", ["tesla=特斯拉"]),
        ("", []),
    ]

    @Test(arguments: corpus)
    func matches(input: String, expected: [String]) {
        #expect(CompanyFixtures.mentions(input) == expected.map(m))
    }

    @Test func spansCountScalarsOfTheInput() {
        let text = ScalarText("😀向台積電下單", folding: CompanyFixtures.folding)
        let found = CompanyMatcher(dictionary: CompanyFixtures.dictionary).mentions(in: text)
        #expect(found == [CompanyMention(company: "tsmc", text: "台積電", span: TextSpan(start: 2, end: 5))])
    }

    @Test func mentionsComeInTextOrder() {
        let found = CompanyMatcher(dictionary: CompanyFixtures.dictionary)
            .mentions(in: ScalarText("微软、谷歌、亚马逊和Meta", folding: CompanyFixtures.folding))
        #expect(found.map(\.company) == ["microsoft", "google", "amazon", "meta"])
        #expect(found.map(\.span.start) == found.map(\.span.start).sorted())
    }
}
