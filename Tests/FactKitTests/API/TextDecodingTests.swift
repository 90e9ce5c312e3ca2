import Foundation
import Testing
@testable import FactKit

/// Bytes from hexadecimal text (spaces ignored).
func bytes(_ hex: String) -> Data {
    let digits = Array(hex.filter { !$0.isWhitespace })
    return Data(stride(from: 0, to: digits.count, by: 2).map { UInt8(String(digits[$0...$0 + 1]), radix: 16)! })
}

struct TextDecodingTests {
    static let simplified = "英伟达第三季度营收为351亿美元，同比增长94%。"
    static let traditional = "輝達第三季營收為351億美元，年增94%。"
    /// `simplified` in GBK (a subset of GB18030).
    static let gbk = bytes("d3a2ceb0b4efb5dac8fdbcbeb6c8d3aacad5ceaa333531d2dac3c0d4aaa3accdacb1c8d4f6b3a4393425a1a3")
    /// `traditional` in Big5.
    static let big5 = bytes("bdf7b946b2c4a454a975c0e7a6acacb0333531bbf5acfca4b8a141a67ebc57393425a143")

    /// detected: bytes → (text, encoding).
    static let detected: [(String, Data, String, String)] = [
        ("UTF-8", Data(simplified.utf8), simplified, "UTF-8"),
        ("UTF-8 with BOM", Data([0xEF, 0xBB, 0xBF] + Array(simplified.utf8)), simplified, "UTF-8"),
        ("UTF-16LE with BOM", Data([0xFF, 0xFE] + simplified.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), simplified, "UTF-16LE"),
        ("UTF-16BE with BOM", Data([0xFE, 0xFF] + simplified.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }), simplified, "UTF-16BE"),
        ("non-BMP in UTF-16", Data([0xFF, 0xFE, 0x3D, 0xD8, 0x80, 0xDE, 0x31, 0x00]), "🚀1", "UTF-16LE"),
        ("GBK sentence", gbk, simplified, "GB18030"),
        ("Big5 sentence", big5, traditional, "Big5"),
        ("GBK, three characters", bytes("cca8bbfdb5e7"), "台积电", "GB18030"),
        ("Big5, three characters", bytes("a578bf6eb971"), "台積電", "Big5"),
        ("GBK with ASCII around", Data("Q3: ".utf8) + gbk + Data("\n".utf8), "Q3: " + simplified + "\n", "GB18030"),
        ("ASCII", Data("Nvidia reported revenue of $22.1 billion.".utf8), "Nvidia reported revenue of $22.1 billion.", "UTF-8"),
    ]

    @Test(arguments: detected)
    func detects(name: String, data: Data, text: String, encoding: String) throws {
        let result = try TextDecoder.decode(data)
        #expect(result.text == text, "\(name)")
        #expect(result.encoding == encoding, "\(name)")
    }

    /// forced: bytes, encoding name → text.
    @Test func forcesAnEncoding() throws {
        #expect(try TextDecoder.decode(Self.gbk, encoding: "GBK") == (Self.simplified, "GBK"))
        #expect(try TextDecoder.decode(Self.big5, encoding: "Big5").text == Self.traditional)
        #expect(try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF, 0x41]), encoding: "UTF-8").text == "A")
        #expect(try TextDecoder.decode(Data([0xFF, 0xFE, 0x41, 0x00]), encoding: "UTF-16").text == "A")
        #expect(try TextDecoder.decode(Data("abc".utf8), encoding: "auto") == ("abc", "UTF-8"))
        #expect(try TextDecoder.decode(Data([0x63, 0x61, 0x66, 0xE9]), encoding: "windows-1252").text == "café")
    }

    @Test func rejects() {
        #expect(throws: TextDecodingError.empty) { try TextDecoder.decode(Data()) }
        #expect(throws: TextDecodingError.empty) { try TextDecoder.decode(Data(), encoding: "GBK") }
        #expect(throws: TextDecodingError.binary(offset: 3)) { try TextDecoder.decode(Data([0x41, 0x42, 0x43, 0x00, 0x01])) }
        #expect(throws: TextDecodingError.binary(offset: 1)) { try TextDecoder.decode(Data([0x41, 0x00]), encoding: "GBK") }
        #expect(throws: TextDecodingError.unknownEncoding("klingon")) { try TextDecoder.decode(Data([0x41]), encoding: "klingon") }
        // A GBK lead byte with no trail byte, after valid text.
        #expect(throws: TextDecodingError.invalid(encoding: "UTF-8", offset: 3)) {
            try TextDecoder.decode(Data([0xEF, 0xBB, 0xBF, 0xC3]))
        }
        #expect(throws: TextDecodingError.invalid(encoding: "Big5", offset: 6)) {
            try TextDecoder.decode(bytes("cca8bbfdb5e7 8181"), encoding: "Big5")  // 0x81 is no Big5 lead byte
        }
        // Lone surrogate in UTF-16.
        #expect(throws: TextDecodingError.self) { try TextDecoder.decode(Data([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00])) }
        // 0xFF is never a lead byte in UTF-8, GB18030 or Big5.
        #expect(throws: TextDecodingError.undetected(offset: 2)) { try TextDecoder.decode(Data([0x41, 0x42, 0xFF, 0xFF, 0x80, 0xFF])) }
    }

    @Test func errorsSayWhy() {
        #expect(TextDecodingError.binary(offset: 12).description == "binary file (NUL byte at byte 12)")
        #expect(TextDecodingError.empty.description == "empty file")
        #expect(TextDecodingError.invalid(encoding: "GBK", offset: 4).description == "not valid GBK text (bad bytes at byte 4)")
    }

    @Test func knowsEncodings() {
        for name in ["UTF-8", "UTF-16", "GB18030", "GBK", "Big5", "auto", "windows-1252"] { #expect(TextDecoder.isKnownEncoding(name), "\(name)") }
        #expect(!TextDecoder.isKnownEncoding("klingon"))
        #expect(!TextDecoder.isKnownEncoding(""))
    }
}
