import Testing

@testable import Pomoc
@testable import PomocFormats

/// One line as the reader delivered it.
private struct SeenLine: Equatable, CustomStringConvertible {
  var number: Int
  var offset: Int
  var text: String
  /// Non-zero for an overlong line.
  var overlong: Int
  var description: String { "\(number)@\(offset):\(overlong > 0 ? "<\(overlong) bytes>" : text)" }
}

/// Feeds `bytes` in chunks of `chunk` bytes; returns every line delivered.
private func read(_ bytes: [UInt8], chunk: Int, limit: Int = LineReader.defaultMaximumLineBytes) -> [SeenLine] {
  var reader = LineReader(maximumLineBytes: limit)
  var seen: [SeenLine] = []
  let collect: (LineBatch) -> Void = { batch in
    for index in batch.lines.indices {
      seen.append(
        SeenLine(
          number: batch.lineNumber(index), offset: batch.offset(index),
          text: String(decoding: batch[index], as: UTF8.self), overlong: batch.overlongBytes))
    }
  }
  var offset = 0
  while offset < bytes.count {
    let end = min(bytes.count, offset + chunk)
    bytes[offset..<end].withUnsafeBufferPointer { reader.feed($0, collect) }
    offset = end
  }
  reader.finish(collect)
  return seen
}

@Suite("The one line reader (LineReader)")
struct LineReaderTests {
  @Test("Numbers, offsets, CRLF, blank lines, a byte-order mark split across chunks, no final newline")
  func lines() {
    let text = Array("\u{FEFF}ab\r\n\ncd\nef".utf8)   // BOM = 3 bytes: "ab" starts at 3
    let expected = [
      SeenLine(number: 1, offset: 3, text: "ab", overlong: 0),   // CR dropped, BOM dropped
      SeenLine(number: 2, offset: 7, text: "", overlong: 0),   // blank
      SeenLine(number: 3, offset: 8, text: "cd", overlong: 0),
      SeenLine(number: 4, offset: 11, text: "ef", overlong: 0),   // no final newline
    ]
    for chunk in 1...text.count {
      #expect(read(text, chunk: chunk) == expected, "chunk \(chunk)")
    }
  }

  @Test("A byte-order mark is data anywhere but at the very start")
  func bomOnlyAtStart() {
    let text = Array("a\n\u{FEFF}b\n".utf8)
    #expect(read(text, chunk: 2).map(\.text) == ["a", "\u{FEFF}b"])
  }

  @Test("The limit counts the line without its line end; one byte more is overlong, in a chunk or across chunks")
  func limitBoundary() {
    // limit 4: "abcd" (4) fits, "abcd\r\n" fits (the CR is part of the line end), "abcde" (5) does not.
    let text = Array("abcd\nabcd\r\nabcde\nxy\nabcde\r\n".utf8)
    for chunk in [1, 2, 3, 5, 7, 64] {
      let lines = read(text, chunk: chunk, limit: 4)
      #expect(lines.map(\.number) == [1, 2, 3, 4, 5], "chunk \(chunk)")
      #expect(lines.map(\.text) == ["abcd", "abcd", "", "xy", ""], "chunk \(chunk)")
      #expect(lines.map(\.overlong) == [0, 0, 5, 0, 5], "chunk \(chunk)")
      #expect(lines.map(\.offset) == [0, 5, 11, 17, 20], "chunk \(chunk)")
    }
  }

  @Test("An overlong line is skipped in bounded memory, even one that never ends")
  func neverEndingLine() {
    // 8 MiB without a newline, limit 1 KiB, in 64 KiB chunks: one overlong line, and the
    // reader never holds more than about the limit.
    var reader = LineReader(maximumLineBytes: 1024)
    let chunk = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 16)
    var lines: [Int] = []
    var largest = 0
    for _ in 0..<128 {
      chunk.withUnsafeBufferPointer { reader.feed($0) { lines.append($0.overlongBytes) } }
      largest = max(largest, reader.carriedCapacity)
    }
    #expect(lines.isEmpty)
    #expect(largest <= 4 * 1024)
    reader.finish { lines.append($0.overlongBytes) }
    #expect(lines == [128 << 16])   // 8 388 608 bytes, reported, not kept
  }

  @Test("After an overlong line the reader goes on with the next line")
  func goesOn() {
    let text = Array(("id\n" + String(repeating: "y", count: 100) + "\nok\n").utf8)
    for chunk in [1, 10, 1000] {
      let lines = read(text, chunk: chunk, limit: 50)
      #expect(lines.map(\.text) == ["id", "", "ok"])
      #expect(lines.map(\.overlong) == [0, 100, 0])
      #expect(lines.map(\.number) == [1, 2, 3])
    }
  }
}

@Suite("Record length limit in the bulk pipeline")
struct RecordLimitTests {
  @Test("A record over the limit is an error row record_too_long naming its line; the next records are evaluated")
  func tooLong() throws {
    let long = "x" + String(repeating: "9", count: 200) + ",2025-01-01,1,1"
    let input = "id,date,persons,income\na,2025-01-01,1,1\n" + long + "\nb,2025-01-01,1,1\n"
    for chunk in [1, 7, 64, 1 << 16] {
      var bulk = BulkEvaluation(evaluator: evaluator, format: .csv, maximumRecordBytes: 100)
      var output: [UInt8] = []
      let bytes = Array(input.utf8)
      var offset = 0
      while offset < bytes.count {
        let end = min(bytes.count, offset + chunk)
        try bytes[offset..<end].withUnsafeBufferPointer { try bulk.feed($0) { output += $0 } }
        offset = end
      }
      let summary = try bulk.finish { output += $0 }
      let lines = String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
      #expect(lines.count == 4, "chunk \(chunk)")   // header + 3 rows: one per record
      #expect(lines[2] == ",,,,,,,,,,,,,record_too_long")
      #expect(lines[3].hasPrefix("b,1010.00,"))
      #expect(summary.records == 3 && summary.errorRows == 1)
      #expect(summary.firstErrors.first?.line == 3)   // the header is line 1
      #expect(summary.firstErrors.first?.error.message.contains("216 bytes") == true)   // 1 + 200 + 15
    }
  }

  @Test("A header over the limit is a header error")
  func headerTooLong() {
    #expect(throws: HeaderError.self) {
      _ = try runBulkLimited("id,date,persons,income" + String(repeating: ",x", count: 100) + "\n", limit: 50)
    }
  }

  @Test("JSONL: an overlong record is an error row, counted; the disk scan gives it no id")
  func jsonlTooLong() throws {
    let long =
      #"{"id":"a","date":"2025-01-01","persons":1,"income":"1","municipality":""# + String(repeating: "m", count: 300)
      + "\"}"
    let input = long + "\n" + #"{"id":"a","date":"2025-01-01","persons":1,"income":"1"}"# + "\n"
    let (output, summary) = try runBulkLimited(input, format: .jsonl, limit: 200)
    let rows = output.split(separator: "\n")
    #expect(rows.count == 2)
    #expect(rows[0].hasSuffix(#""error":"record_too_long"}"#))
    #expect(rows[1].hasSuffix(#""error":""}"#))   // "a" was never read before: not a duplicate
    #expect(summary.errorRows == 1)
  }
}

/// `runBulk` with a record limit.
func runBulkLimited(_ input: String, format: RecordFormat = .csv, limit: Int) throws
  -> (output: String, summary: BulkEvaluation.Summary)
{
  var bulk = BulkEvaluation(evaluator: evaluator, format: format, maximumRecordBytes: limit)
  var out: [UInt8] = []
  try Array(input.utf8).withUnsafeBufferPointer { try bulk.feed($0) { out += $0 } }
  let summary = try bulk.finish { out += $0 }
  return (String(decoding: out, as: UTF8.self), summary)
}

/// A write that fails, as a full disk or a closed pipe does.
private struct WriteFailed: Error {}

@Suite("Output failures and whole-input errors in the bulk pipeline")
struct BulkOutputTests {
  static let manyRows: [UInt8] = {
    var text = "id,date,persons,income\n"
    for index in 0..<2_000 { text += "h\(index),2025-01-01,1,1\n" }
    return Array(text.utf8)
  }()

  @Test("The work stops at the first failed write: the error comes out, no more records are read")
  func stopsAtFailedWrite() throws {
    var bulk = BulkEvaluation(evaluator: evaluator, format: .csv)
    var writes = 0
    var failure: (any Error)?
    var offset = 0
    let input = Self.manyRows
    while offset < input.count {
      let end = min(input.count, offset + 1024)
      do {
        try input[offset..<end].withUnsafeBufferPointer { chunk in
          try bulk.feed(chunk) { _ in
            writes += 1
            if writes == 2 { throw WriteFailed() }
          }
        }
      } catch {
        failure = error
        break
      }
      offset = end
    }
    #expect(failure is WriteFailed)
    #expect(writes == 2)
    // Two chunks are 2 048 bytes: the header (23 bytes), h0–h9 (18 bytes each), h10–h99
    // (19 each) end at byte 1 913, then 6 rows of 20 bytes fit: 106 of the 2 000 records
    // were read; the rest never was.
    #expect(bulk.summary.records == 106)
  }

  @Test("A header error writes nothing, however the input is chunked", arguments: [1, 5, 1 << 16])
  func headerErrorWritesNothing(chunk: Int) {
    let input = Array("id,date,persons,income,colour\na,2025-01-01,1,1\n".utf8)
    var bulk = BulkEvaluation(evaluator: evaluator, format: .csv)
    var written: [UInt8] = []
    #expect(throws: HeaderError.self) {
      var offset = 0
      while offset < input.count {
        let end = min(input.count, offset + chunk)
        try input[offset..<end].withUnsafeBufferPointer { try bulk.feed($0) { written += $0 } }
        offset = end
      }
      _ = try bulk.finish { written += $0 }
    }
    #expect(written.isEmpty)
  }

  @Test(
    "Empty input is unreadable as a whole in both formats (nothing written)",
    arguments: [
      ("", RecordFormat.csv), ("", .jsonl), ("\n\n", .jsonl), ("\u{FEFF}", .jsonl), ("\u{FEFF}", .csv),
    ])
  func emptyInput(input: String, format: RecordFormat) {
    var written: [UInt8] = []
    #expect(throws: HeaderError.self) {
      var bulk = BulkEvaluation(evaluator: evaluator, format: format, outputFormat: .csv)
      try Array(input.utf8).withUnsafeBufferPointer { try bulk.feed($0) { written += $0 } }
      _ = try bulk.finish { written += $0 }
    }
    #expect(written.isEmpty)
  }

  @Test("JSONL in, CSV out: the header comes with the first row, after blank lines")
  func jsonlToCSVHeader() throws {
    let (output, _) = try runBulk(
      "\n" + #"{"id":"a","date":"2025-01-01","persons":1,"income":"1"}"# + "\n",
      format: .jsonl, outputFormat: .csv)
    #expect(output.hasPrefix("id,criterion,"))
    #expect(output.split(separator: "\n").count == 2)
  }
}

@Suite("Ids in output")
struct IDOutputTests {
  @Test("A JSONL id with a line break is invalid_field:id and its CSV row stays on one line")
  func lineBreakInID() throws {
    let input =
      #"{"id":"a\nb","date":"2025-01-01","persons":1,"income":"1"}"# + "\n"
      + #"{"id":"c\r","date":"2025-01-01","persons":1,"income":"1"}"# + "\n"
      + #"{"id":"d,\"e\"","date":"2025-01-01","persons":1,"income":"1"}"# + "\n"
    let (output, summary) = try runBulk(input, format: .jsonl, outputFormat: .csv)
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.count == 5)   // header, three rows, the final empty piece
    #expect(lines[1] == #""a\nb",,,,,,,,,,,,,invalid_field:id"#)
    #expect(lines[2] == #""c\r",,,,,,,,,,,,,invalid_field:id"#)
    // A comma and quotes: RFC 4180 quoting, evaluated normally (1 zł ≤ 1010.00).
    #expect(lines[3].hasPrefix(#""d,""e""",1010.00,1.00,1,"#))
    #expect(summary.errorRows == 2)
    // JSONL output keeps the id exactly, escaped as JSON.
    let (json, _) = try runBulk(input, format: .jsonl)
    #expect(json.split(separator: "\n").first?.hasPrefix(#"{"id":"a\nb","#) == true)
  }
}

@Suite("Duplicate ids: one check, seeded hash")
struct DuplicateCheckTests {
  @Test("The hash is seeded: two runs give different hashes for the same id; one run is consistent")
  func seeded() {
    let id = Array("household-1".utf8)
    let first = IDHasher()
    let second = IDHasher()
    #expect(first.seed != second.seed)   // 64 random bits each (a chance of 2⁻⁶⁴ to fail)
    id.withUnsafeBufferPointer { bytes in
      #expect(first.hash(bytes) != second.hash(bytes))
      #expect(first.hash(bytes) == first.hash(bytes))
      #expect(IDHasher(seed: 7).hash(bytes) == IDHasher(seed: 7).hash(bytes))
      #expect(IDHasher(seed: 7).hash(bytes) != IDHasher(seed: 8).hash(bytes))
    }
  }

  @Test("Ids of every length 0…40 hash apart (overlapping reads never merge two ids)")
  func lengths() {
    let hasher = IDHasher(seed: 1)
    var seen = Set<UInt64>()
    // "", "a", "aa", …: the same bytes, only the length differs; then one byte changed at each place.
    for length in 0...40 {
      let bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
      seen.insert(bytes.withUnsafeBufferPointer { hasher.hash($0) })
      for place in 0..<length {
        var changed = bytes
        changed[place] = UInt8(ascii: "b")
        seen.insert(changed.withUnsafeBufferPointer { hasher.hash($0) })
      }
    }
    #expect(seen.count == 41 + (0...40).reduce(0, +))   // 41 lengths + 820 one-byte changes
  }

  @Test("Equal hashes never make a duplicate: the in-memory set with a constant hash")
  func constantHash() {
    var check = DuplicateCheck.inMemory(hasher: .constant(5))
    let ids = ["a", "b", "a", "", "", "c", "b"]
    let verdicts = ids.enumerated().map { index, id in
      Array(id.utf8).withUnsafeBufferPointer { check.isDuplicate(line: index + 2, id: $0) }
    }
    #expect(verdicts == [false, false, true, false, false, false, true])
  }

  @Test("Memory of the ids held for a pipe: the id plus at most 46 bytes (and the arena's slack); none for a file")
  func heldBytes() {
    var check = DuplicateCheck.inMemory()
    for index in 0..<10_000 {
      let id = Array(("h" + String(10_000_000 + index)).utf8)   // 9 bytes each
      _ = id.withUnsafeBufferPointer { check.isDuplicate(line: index + 2, id: $0) }
    }
    // 10 000 ids: 16 384 slots of 16 bytes (the table is kept under 70 % full) = 262 144
    // bytes, plus the 90 000 id bytes in an arena that may have doubled: at most 442 144.
    #expect(check.heldBytes <= 16_384 * 16 + 2 * 90_000)
    #expect(check.heldBytes <= 10_000 * (46 + 2 * 9))
    #expect(DuplicateCheck.known(DuplicateLines(lines: [], scannedBytes: 0)).heldBytes == 0)
  }

  @Test("Ids compare byte for byte: NFC and NFD spellings of é are two ids")
  func bytewise() {
    var check = DuplicateCheck.inMemory()
    let nfc = Array("caf\u{E9}".utf8)
    let nfd = Array("cafe\u{301}".utf8)
    #expect("caf\u{E9}" == "cafe\u{301}")   // Swift strings are canonically equal…
    #expect(!nfc.withUnsafeBufferPointer { check.isDuplicate(line: 2, id: $0) })
    #expect(!nfd.withUnsafeBufferPointer { check.isDuplicate(line: 3, id: $0) })   // …the ids are not
  }

  @Test("Report and compare read with the same check: a repeated id is an unreadable item")
  func recordStream() throws {
    var stream = RecordStream(format: .csv, duplicates: .inMemory(hasher: .constant(3)))
    var items: [RecordStream.Item] = []
    let input = Array("id,date,persons,income\na,2025-01-01,1,1\nb,2025-01-01,1,1\na,2025-01-01,1,1\n".utf8)
    try input.withUnsafeBufferPointer { try stream.feed($0) { items.append($0) } }
    try stream.finish { items.append($0) }
    #expect(items.map(\.line) == [2, 3, 4])
    #expect(items.map { (try? $0.request.get()) == nil } == [false, false, true])
    if case .failure(let error) = items[2].request { #expect(error.code == .duplicateID) }
  }
}

@Suite("Echoed input in messages")
struct EchoedTextTests {
  @Test("Short text as is; long text cut to 64 bytes with its length; control characters escaped")
  func cut() {
    #expect(EchoedText.cut("colour") == "colour")
    let long = String(repeating: "x", count: 100_000)
    #expect(EchoedText.cut(long) == String(repeating: "x", count: 64) + "… (100000 bytes)")
    #expect(EchoedText.cut("a\nb\u{1B}") == "a\\nb\\u{1B}")
    // A cut never splits a character: 63 x's and a 2-byte ł at bytes 63–64 → the ł goes.
    #expect(
      EchoedText.cut(String(repeating: "x", count: 63) + "łabc") == String(repeating: "x", count: 63) + "… (68 bytes)")
  }

  @Test("Messages of the formats cut what they echo: a 10 000-byte column name")
  func headerMessage() {
    let name = String(repeating: "c", count: 10_000)
    do {
      _ = try runBulk("id,date,persons,income," + name + "\n")
      Issue.record("expected a header error")
    } catch let error as HeaderError {
      #expect(error.message.utf8.count < 120)
      #expect(error.message.contains("(10000 bytes)"))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }
}

@Suite("JSON documents")
struct JSONDocumentTests {
  @Test("A byte-order mark before a JSON request is accepted, as in household files")
  func byteOrderMark() throws {
    let request = Array(
      "\u{FEFF}{\"date\":\"2024-05-01\",\"average_cost\":\"5928.62\",\"resident_income\":\"2500.00\"}".utf8)
    let parsed = try ServiceJSON.careHomeFeeRequest(request)
    #expect(parsed.residentIncome == Money(grosze: 250_000))
  }
}
