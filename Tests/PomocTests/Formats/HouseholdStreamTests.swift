import Testing

@testable import Pomoc
@testable import PomocFormats

@Suite("HouseholdStream: the public streaming API")
struct HouseholdStreamTests {
  static let input = """
    id,date,persons,income,applicant_age,applicant_sex,applicant_income,reasons
    a,2025-03-01,3,2100.00,70,F,700.00,disability
    b,2025-01-01,1,1010.01,45,M,,unemployment

    a,2025-01-01,1,100.00,,,,
    """

  /// Runs the stream over `input` cut into chunks of `size` bytes.
  static func run(chunk size: Int, threads: Int = 1) throws -> (rows: String, summary: HouseholdStream.Summary) {
    var stream = HouseholdStream(
      input: .csv, threads: threads,
      parallelLoop: { count, body in
        for part in 0..<count { body(part) }
      })
    var out: [UInt8] = []
    let bytes = Array(input.utf8)
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + size)
      try stream.feed(bytes[start..<end]) { out += $0 }
      start = end
    }
    let summary = try stream.finish { out += $0 }
    return (String(decoding: out, as: UTF8.self), summary)
  }

  @Test("One row per record in order, for any chunk size")
  func rows() throws {
    let whole = try Self.run(chunk: 1 << 16)
    let lines = whole.rows.split(separator: "\n")
    #expect(lines.count == 4)   // header + a, b, and the repeated a
    // a: 130 % × 823.00 − 700.00 = 369.90 zasiłek stały; 50 % × (2469.00 − 2100.00) = 184.50 okresowy.
    #expect(lines[1].hasPrefix("a,823.00,700.00,1,1,184.50,369.00,369.90,"))
    // b: 1010.01 > 1010.00: not within the criterion.
    #expect(lines[2].hasPrefix("b,1010.00,1010.01,0,0,0.00,0.00,0.00,"))
    #expect(lines[3].hasSuffix("duplicate_id"))
    #expect(
      whole.summary
        == HouseholdStream.Summary(
          records: 3, errorRows: 1, blankLines: 1, errorCounts: ["duplicate_id": 1]))
    for size in [1, 2, 7, 64] {
      let cut = try Self.run(chunk: size, threads: 2)
      #expect(cut.rows == whole.rows && cut.summary == whole.summary, "chunk \(size)")
    }
  }

  @Test("A bad header is input_unreadable, and nothing is written")
  func badHeader() {
    var stream = HouseholdStream(input: .csv)
    var out: [UInt8] = []
    #expect(throws: PomocError.self) {
      try stream.feed(Array("id,colour\nx,red\n".utf8)) { out += $0 }
      _ = try stream.finish { out += $0 }
    }
    #expect(out.isEmpty)
  }

  @Test("A failed write stops the stream with the writer's error")
  func failedWrite() {
    struct Full: Error {}
    var stream = HouseholdStream(input: .csv)
    #expect(throws: Full.self) {
      try stream.feed(Array(Self.input.utf8)) { _ in throw Full() }
    }
  }
}
