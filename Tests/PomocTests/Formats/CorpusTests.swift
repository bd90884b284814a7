import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

/// The bad-input corpus: Tests/PomocTests/Corpus/NAME.csv with the exact expected output in
/// NAME.expected.csv, written by hand from shared/contract/HOUSEHOLDS.md (what each row
/// must give is commented in Documentation/Reliability.md).
@Suite("Bad-input corpus")
struct CorpusTests {
  static let directory = String(#filePath).split(separator: "/").dropLast(2).joined(separator: "/")

  static func read(_ name: String) throws -> String {
    let path = "/" + directory + "/Corpus/" + name
    guard let text = try? String(decoding: readFile(path), as: UTF8.self) else {
      throw PomocError(.missingField, message: path)
    }
    return text
  }

  @Test(
    "bad-input.csv: BOM, truncated and long lines, stray quote, CRLF, duplicate id, impossible date, negative and 3-decimal amounts, unknown codes, blank line, quoted id, no final newline"
  )
  func badInput() throws {
    let input = try Self.read("bad-input.csv")
    let expected = try Self.read("bad-input.expected.csv")
    for threads in [1, 2] {
      for chunk in [1, 7, 1 << 16] {
        let (output, summary) = try runBulk(input, threads: threads, batchSize: 1, chunkSize: chunk)
        #expect(output == expected, "threads \(threads), chunk \(chunk)")
        #expect(summary.records == 15 && summary.blankLines == 1 && summary.errorRows == 11)
      }
    }
  }
}

/// Reads a whole file with the C library (the tests need no Foundation for this).
func readFile(_ path: String) throws -> [UInt8] {
  #if canImport(Glibc)
  guard let file = fopen(path, "rb") else { throw PomocError(.missingField, message: "cannot open \(path)") }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 65_536)
  while true {
    let count = fread(&buffer, 1, buffer.count, file)
    if count <= 0 { break }
    bytes.append(contentsOf: buffer[0..<count])
  }
  return bytes
  #else
  throw PomocError(.missingField, message: "no C library")
  #endif
}

#if canImport(Glibc)
import Glibc
#endif
