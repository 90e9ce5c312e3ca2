import Testing

struct HelpTests {
    @Test func helpListsSubcommands() throws {
        let r = try runFactx(["--help"])
        #expect(r.status == 0)
        for name in ["extract", "numbers", "companies", "explain"] { #expect(r.stdout.contains(name)) }
    }
}
