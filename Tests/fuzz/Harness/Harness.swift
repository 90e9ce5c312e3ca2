import FactKit
import Foundation

/// The fuzz harness: one input, read as UTF-8 (invalid bytes become U+FFFD, as a reader would pass them on),
/// goes through the three public entry points. Any trap (a subscript out of range, an arithmetic overflow,
/// a failed precondition) is a crash the fuzzer reports.
enum Harness {
    static let extractor = try! FactExtractor()

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let text = String(decoding: bytes, as: UTF8.self)
        _ = extractor.extract(text, document: "fuzz")
        _ = extractor.quantities(in: text)
        _ = extractor.companyMentions(in: text)
    }
}

#if FUZZING
/// libFuzzer's entry point (built with `-Xswiftc -DFUZZING --sanitize=fuzzer`, which supplies `main`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    Harness.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
#endif
