import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocCLI
@testable import PomocFormats

#if canImport(Glibc)
import Glibc
#endif

/// The first pass of `pomoc evaluate FILE`: duplicate ids found with bounded memory must be
/// exactly those the in-memory set finds, whatever the chunking, spilling and hashing.
@Suite("Duplicate ids found on disk")
struct DuplicateIDScanTests {
  /// Scans `text` written to a temporary file.
  static func scan(
    _ text: String, format: RecordFormat = .csv, chunkSize: Int = 1 << 20,
    partitions: Int = 256, blockEntries: Int = 1024, constantHash: Bool = false,
    startingAt start: Int = 0, maximumRecordBytes: Int = LineReader.defaultMaximumLineBytes,
    key: RecordKey = .householdID
  )
    throws -> DuplicateLines
  {
    var template = Array("/tmp/pomoc-test-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    #expect(descriptor >= 0)
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    defer { close(descriptor) }
    let bytes = Array(text.utf8)
    bytes.withUnsafeBytes { _ = write(descriptor, $0.baseAddress, $0.count) }
    _ = lseek(descriptor, off_t(start), SEEK_SET)   // the scan reads from where the descriptor stands
    defer { #expect(lseek(descriptor, 0, SEEK_CUR) == off_t(start)) }   // …and leaves it there
    return try DuplicateIDScan.scan(
      descriptor: descriptor, format: format, chunkSize: chunkSize,
      partitions: partitions, blockEntries: blockEntries,
      hasher: constantHash ? .constant(42) : IDHasher(),
      maximumRecordBytes: maximumRecordBytes, key: key)
  }

  /// Every way of scanning: default; tiny chunks; one partition spilling every entry; every
  /// hash equal (each candidate confirmed by re-reading the lines).
  static func allScans(_ text: String, format: RecordFormat = .csv, key: RecordKey = .householdID) throws
    -> [DuplicateLines]
  {
    [
      try scan(text, format: format, key: key),
      try scan(text, format: format, chunkSize: 3, key: key),
      try scan(text, format: format, partitions: 1, blockEntries: 1, key: key),
      try scan(text, format: format, chunkSize: 5, partitions: 3, blockEntries: 2, constantHash: true, key: key),
    ]
  }

  /// `pomoc family`'s output for `text` fed in chunks of `chunkSize` bytes.
  static func runFamilies(
    _ text: String, threads: Int = 1, chunkSize: Int, knownDuplicates: DuplicateLines? = nil
  ) throws -> String {
    let inOrder: ParallelLoop = { count, body in for part in 0..<count { body(part) } }
    var bulk = BulkFamilyEvaluation(
      threads: threads, parallelLoop: inOrder, batchSize: 2, knownDuplicates: knownDuplicates)
    var output: [UInt8] = []
    let bytes = Array(text.utf8)
    var start = 0
    while start < bytes.count {
      let end = min(bytes.count, start + chunkSize)
      try bytes[start..<end].withUnsafeBufferPointer { chunk in try bulk.feed(chunk) { output += $0 } }
      start = end
    }
    _ = try bulk.finish { output += $0 }
    return String(decoding: output, as: UTF8.self)
  }

  @Test("CSV: quoted, CRLF, id in the third column, blank line, too few fields, stray quote, no final newline")
  func csvLines() throws {
    let text =
      "\u{FEFF}date,persons,id,income\r\n"   // line 1: header after a byte-order mark
      + "2025-01-01,1,a,100\r\n"   // 2: a
      + "2025-01-01,1,\"a\",100\r\n"   // 3: "a" is the id a → duplicate of line 2
      + "2025-01-01,1,b,100\n"   // 4: b
      + "\n"   // 5: blank, not a record
      + "2025-01-01,1,\"b\"\"x\",100\n"   // 6: b"x (an escaped quote)
      + "2025-01-01,1,b,100\n"   // 7: duplicate of line 4
      + "2025-01-01,1\n"   // 8: too few fields: no id, never a duplicate
      + "2025-01-01,1\n"   // 9: the same
      + "2025-01-01,1,b\"x,100\n"   // 10: a stray quote kept in the id: b"x → duplicate of 6
      + "2025-01-01,1,c,100"   // 11: c, no final newline
    for found in try Self.allScans(text) {
      #expect(found.lines == [3, 7, 10])
      #expect(found.scannedBytes == Array(text.utf8).count)
    }
  }

  @Test("JSONL: byte-order mark, a number and a string with the same text, invalid JSON")
  func jsonLines() throws {
    let text =
      "\u{FEFF}{\"id\":\"5\",\"date\":\"2025-01-01\"}\n"   // line 1: 5
      + "{\"id\":5,\"date\":\"2025-01-01\"}\n"   // 2: the number 5 reads as the id 5 → duplicate
      + "{\"id\":\"6\",\"date\":\n"   // 3: invalid JSON: no id read
      + "{\"id\":\"6\"}\r\n"   // 4: 6
      + "{\"date\":\"2025-01-01\",\"id\":\"6\"}"   // 5: duplicate of 4, no final newline
    for found in try Self.allScans(text, format: .jsonl) {
      #expect(found.lines == [2, 5])
    }
  }

  @Test("From where the descriptor stands: a caller has already read the first line")
  func fromCurrentOffset() throws {
    let skipped = "line a caller read\n"
    let text =
      skipped + "id,date,persons,income\n"   // line 1 of what is read: the header
      + "a,2025-01-01,1,1\n"   // 2
      + "a,2025-01-01,1,1\n"   // 3: duplicate of 2
    for found in [
      try Self.scan(text, startingAt: skipped.utf8.count),
      try Self.scan(text, chunkSize: 5, startingAt: skipped.utf8.count),
      try Self.scan(text, constantHash: true, startingAt: skipped.utf8.count),
    ] {
      #expect(found.lines == [3])
      #expect(found.scannedBytes == text.utf8.count - skipped.utf8.count)
    }
  }

  @Test("A line over the record limit has no id, in the scan as in the evaluation")
  func overlongLines() throws {
    let long = "a,2025-01-01,1,1," + String(repeating: "x", count: 100)
    let text =
      "id,date,persons,income,municipality\n"   // 1
      + long + "\n"   // 2: overlong: record_too_long, no id
      + "a,2025-01-01,1,1,\n"   // 3: a, the first one read
      + "a,2025-01-01,1,1,\n"   // 4: duplicate of 3
    for chunk in [1, 7, 1 << 16] {
      let found = try Self.scan(text, chunkSize: chunk, maximumRecordBytes: 50)
      #expect(found.lines == [4])
      var bulk = BulkEvaluation(evaluator: evaluator, format: .csv, maximumRecordBytes: 50)
      var memory = ""
      try Array(text.utf8).withUnsafeBufferPointer {
        try bulk.feed($0) { memory += String(decoding: $0, as: UTF8.self) }
      }
      _ = try bulk.finish { memory += String(decoding: $0, as: UTF8.self) }
      var known = BulkEvaluation(evaluator: evaluator, format: .csv, knownDuplicates: found, maximumRecordBytes: 50)
      var disk = ""
      try Array(text.utf8).withUnsafeBufferPointer {
        try known.feed($0) { disk += String(decoding: $0, as: UTF8.self) }
      }
      _ = try known.finish { disk += String(decoding: $0, as: UTF8.self) }
      #expect(disk == memory)
      #expect(memory.contains("record_too_long") && memory.contains("duplicate_id"))
    }
  }

  @Test("A CSV header that cannot be used: no lines (the evaluation reports the header)")
  func badHeader() throws {
    #expect(try Self.scan("id,nonsense\na,1\na,1\n").lines == [])
  }

  @Test("The bad-input corpus gives the same bytes with the ids checked on disk")
  func corpus() throws {
    let input = try CorpusTests.read("bad-input.csv")
    let expected = try CorpusTests.read("bad-input.expected.csv")
    for found in try Self.allScans(input) {
      for threads in [1, 2] {
        for chunk in [1, 7, 1 << 16] {
          let (output, _) = try runBulk(input, threads: threads, batchSize: 1, chunkSize: chunk, knownDuplicates: found)
          #expect(output == expected, "threads \(threads), chunk \(chunk)")
        }
      }
    }
  }

  @Test("Family lines: the id as pomoc family reads it (a string only, a whole JSON object), blank lines")
  func familyLines() throws {
    let member = #"[{"id":"a","role":"applicant","birth_date":"1950-01-01"}]"#
    func family(_ id: String, _ date: String = "2024-11-15") -> String {
      #"{"id":\#(id),"date":"\#(date)","members":\#(member),"benefits":["zasilek_pielegnacyjny"]}"#
    }
    let text =
      "\u{FEFF}" + family(#""f1""#) + "\n"   // line 1: f1
      + family(#""f1""#, "2030-01-01") + "\n"   // 2: f1 again (a record error too): duplicate
      + family("1") + "\n"   // 3: an id that is not a string: no id ("")
      + family("1") + "\n"   // 4: the same: never a duplicate
      + "   \n"   // 5: blank
      + #"{"id":"f2","date":"2024"# + "\n"   // 6: not JSON: no id
      + family(#""f2""#) + "\r\n"   // 7: f2
      + family(#""f\u0032""#)   // 8: "f\u0032" reads as f2: duplicate, no final newline
    for found in try Self.allScans(text, format: .jsonl, key: .familyID) {
      #expect(found.lines == [2, 8])
      #expect(found.firstLineNotUTF8 == nil)
      let reference = try Self.runFamilies(text, chunkSize: 11)
      #expect(reference.components(separatedBy: "duplicate_id").count == 3)
      #expect(try Self.runFamilies(text, threads: 2, chunkSize: 7, knownDuplicates: found) == reference)
    }
  }

  @Test("Family lines: the first line that is not UTF-8 is found before anything is written")
  func familyNotUTF8() throws {
    let good = #"{"id":"f","date":"2024-11-15","members":[]}"#
    let bytes = Array((good + "\n" + good + "\n").utf8) + [0x7B, 0xB3, 0x7D, 0x0A] + Array((good + "\n").utf8)
    var template = Array("/tmp/pomoc-test-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    defer { close(descriptor) }
    bytes.withUnsafeBytes { _ = write(descriptor, $0.baseAddress, $0.count) }
    _ = lseek(descriptor, 0, SEEK_SET)
    let found = try DuplicateIDScan.scan(descriptor: descriptor, format: .jsonl, key: .familyID)
    #expect(found.firstLineNotUTF8 == 3)
    #expect(found.lines == [2, 4])
  }

  /// Random files with few distinct ids (so many duplicates), random quoting, CRLF, blank and
  /// short lines: the output with the scan equals the output with the in-memory set.
  @Test("Random inputs: the scan and the in-memory set agree row for row", arguments: 0..<12)
  func randomInputs(seed: UInt64) throws {
    var random = SplitMix64(seed: 1000 + seed)
    let ids = ["a", "b", "a,b", "x\"y", "", " a", "a "]
    var text = seed % 2 == 0 ? "id,date,persons,income\n" : "date,persons,income,id\r\n"
    for _ in 0..<(50 + Int(random.next() % 200)) {
      let id = ids[Int(random.next() % UInt64(ids.count))]
      let quoted = random.next() % 3 == 0 || id.contains(",")
      let idField = quoted ? "\"" + id.replacingQuotes() + "\"" : id
      // Quotes after the id too: a quoted amount, or a stray quote (a malformed line whose
      // id still counts).
      let amount = ["100.00", "\"100.00\"", "10\"0", "\"1,00\"", "\"1,0,0\""][Int(random.next() % 5)]
      let fields = ["2025-01-01", "1", amount]
      switch random.next() % 10 {
      case 0: text += "\n"
      case 1: text += "2025-01-01,1\n"
      default:
        text += (seed % 2 == 0 ? [idField] + fields : fields + [idField]).joined(separator: ",")
        text += random.next() % 4 == 0 ? "\r\n" : "\n"
      }
    }
    let reference = try runBulk(text, chunkSize: 13).output
    #expect(reference.contains("duplicate_id"))
    for found in try Self.allScans(text) {
      #expect(try runBulk(text, threads: 2, batchSize: 3, chunkSize: 17, knownDuplicates: found).output == reference)
    }
  }
}

extension String {
  fileprivate func replacingQuotes() -> String {
    split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
  }
}
