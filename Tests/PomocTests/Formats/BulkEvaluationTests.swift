import PomocTestSupport
import Testing

@testable import Pomoc
@testable import PomocFormats

/// A CSV row with the contract's columns in order; unspecified cells empty.
private func row(_ cells: [String: String]) -> String {
  HouseholdColumn.allCases.map { column in cells[column.name] ?? "" }.joined(separator: ",")
}

@Suite("pomoc evaluate pipeline (shared/contract/HOUSEHOLDS.md)")
struct BulkEvaluationTests {
  @Test("Header, column order and a worked row")
  func workedRow() throws {
    let input =
      inputHeader + "\n"
      + row([
        "id": "a1", "date": "2025-03-01", "persons": "3", "income": "2100.00",
        "applicant_age": "70", "applicant_sex": "F", "applicant_income": "700.00",
        "reasons": "disability",
      ]) + "\n"
    let (output, summary) = try runBulk(input)
    #expect(
      output.hasPrefix(
        "id,criterion,income_per_person,within_criterion,cash_eligible,periodic_min,periodic_difference,permanent,targeted_threshold,targeted_eligible,meal_eligible,care_fee_percent,care_fee,error\n"
      ))
    // 823 per person; 2100 / 3 = 700; within (2100 ≤ 2469); periodic (2469 − 2100) / 2 = 184.50;
    // permanent 1069.90 − 700 = 369.90; meal 2100 ≤ 200 % × 2469.
    #expect(output.hasSuffix("\na1,823.00,700.00,1,1,184.50,369.00,369.90,823.00,1,1,,,\n"))
    #expect(summary.records == 1 && summary.errorRows == 0)
  }

  @Test("Every error code, one output row per input row, in order")
  func errorCodes() throws {
    let cases: [(String, [String: String])] = [
      ("missing_field:id", ["date": "2025-01-01", "persons": "1", "income": "1"]),
      ("missing_field:date", ["id": "b", "persons": "1", "income": "1"]),
      ("missing_field:persons", ["id": "c", "date": "2025-01-01", "income": "1"]),
      ("missing_field:income", ["id": "d", "date": "2025-01-01", "persons": "1"]),
      ("invalid_field:date", ["id": "e", "date": "2023-02-30", "persons": "1", "income": "1"]),
      ("invalid_field:persons", ["id": "f", "date": "2025-01-01", "persons": "51", "income": "1"]),
      ("invalid_field:persons", ["id": "f0", "date": "2025-01-01", "persons": "0", "income": "1"]),
      ("invalid_field:income", ["id": "g", "date": "2025-01-01", "persons": "1", "income": "-5"]),
      ("invalid_field:income", ["id": "h", "date": "2025-01-01", "persons": "1", "income": "1.001"]),
      (
        "invalid_field:farm_ha", ["id": "i", "date": "2025-01-01", "persons": "1", "income": "1", "farm_ha": "1.00001"]
      ),
      (
        "invalid_field:applicant_age",
        ["id": "j", "date": "2025-01-01", "persons": "1", "income": "1", "applicant_age": "131"]
      ),
      (
        "invalid_field:applicant_sex",
        ["id": "k", "date": "2025-01-01", "persons": "1", "income": "1", "applicant_sex": "X"]
      ),
      (
        "invalid_field:applicant_disability",
        ["id": "l", "date": "2025-01-01", "persons": "1", "income": "1", "applicant_disability": "total"]
      ),
      (
        "invalid_field:reasons",
        ["id": "m", "date": "2025-01-01", "persons": "1", "income": "1", "reasons": "poverty;laziness"]
      ),
      (
        "invalid_field:care_kind",
        ["id": "n", "date": "2025-01-01", "persons": "1", "income": "1", "care_kind": "garden"]
      ),
      (
        "invalid_field:care_hours",
        [
          "id": "o", "date": "2025-01-01", "persons": "1", "income": "1", "care_kind": "mental", "care_hours": "745",
          "care_hourly_cost": "30",
        ]
      ),
      (
        "missing_field:care_hourly_cost",
        ["id": "p", "date": "2025-01-01", "persons": "1", "income": "1", "care_kind": "mental"]
      ),
      ("date_out_of_range", ["id": "q", "date": "2012-09-30", "persons": "1", "income": "1"]),
      (
        "unknown_municipality",
        ["id": "r", "date": "2025-01-01", "persons": "1", "income": "1", "municipality": "atlantis"]
      ),
      (
        "ordinance_not_in_force",
        ["id": "s", "date": "2025-01-01", "persons": "1", "income": "1", "municipality": "sopot-2023"]
      ),
      (
        "care_fee_table_missing",
        [
          "id": "t", "date": "2025-01-01", "persons": "1", "income": "1", "care_kind": "standard",
          "care_hourly_cost": "30",
        ]
      ),
      ("parameter_not_encoded", ["id": "u", "date": "2028-01-01", "persons": "1", "income": "1"]),
      (
        "parameter_not_encoded",
        [
          "id": "v", "date": "2024-01-01", "persons": "1", "income": "2000", "care_kind": "mental", "care_hours": "1",
          "care_hourly_cost": "30",
        ]
      ),
      ("duplicate_id", ["id": "b", "date": "2025-01-01", "persons": "1", "income": "1"]),
    ]
    let input = inputHeader + "\n" + cases.map { row($0.1) }.joined(separator: "\n") + "\n"
    let (output, summary) = try runBulk(input)
    let results = rows(output)
    #expect(results.count == cases.count)
    for (result, expected) in zip(results, cases) {
      #expect(result["error"] == expected.0, "\(expected.1)")
      #expect(result["id"] == (expected.1["id"] ?? ""))
      for column in ResultColumn.allCases where column != .id && column != .error {
        #expect(result[column.name] == "", "error rows leave \(column.name) empty")
      }
    }
    #expect(summary.errorRows == cases.count)
  }

  @Test(
    "Bad-input corpus: exact error rows",
    arguments: [
      // (name, input after the header line, expected output rows after the header)
      ("truncated line", "x1,2025-01-01,1\n", ["x1,,,,,,,,,,,,,malformed_record"]),
      ("too many fields", "x2,2025-01-01,1,1,,,,,,,,,,,,extra\n", ["x2,,,,,,,,,,,,,malformed_record"]),
      ("stray quote", "x\"3,2025-01-01,1,1,,,,,,,,,,,\n", ["\"x\"\"3\",,,,,,,,,,,,,malformed_record"]),
      (
        "unterminated quote", "\"x4,2025-01-01,1,1,,,,,,,,,,,\n",
        ["\"x4,2025-01-01,1,1,,,,,,,,,,,\",,,,,,,,,,,,,malformed_record"]
      ),
      (
        "quoted id with comma", "\"x,5\",2025-01-01,1,1010.00,,,,,,,,,,,\n",
        ["\"x,5\",1010.00,1010.00,1,0,0.00,0.00,0.00,1010.00,1,1,,,"]
      ),
      (
        "CRLF line ends", "x6,2025-01-01,1,1010.01,,,,,,,,,,,\r\nx7,2025-01-01,1,0,,,,,,,,,,,\r\n",
        ["x6,1010.00,1010.01,0,0,0.00,0.00,0.00,1010.00,0,1,,,", "x7,1010.00,0.00,1,0,0.00,0.00,0.00,1010.00,1,1,,,"]
      ),
      ("no final newline", "x8,2025-01-01,1,1", ["x8,1010.00,1.00,1,0,0.00,0.00,0.00,1010.00,1,1,,,"]),
      (
        "blank lines are not records", "\n\nx9,2025-01-01,1,1\n\n",
        ["x9,1010.00,1.00,1,0,0.00,0.00,0.00,1010.00,1,1,,,"]
      ),
      ("negative amount", "y1,2025-01-01,1,-1,,,,,,,,,,,\n", ["y1,,,,,,,,,,,,,invalid_field:income"]),
      ("three decimals", "y2,2025-01-01,1,1.005,,,,,,,,,,,\n", ["y2,,,,,,,,,,,,,invalid_field:income"]),
      ("comma decimal", "y3,2025-01-01,1,\"1,5\",,,,,,,,,,,\n", ["y3,,,,,,,,,,,,,invalid_field:income"]),
      (
        "duplicate ids", "z,2025-01-01,1,1\nz,2025-01-01,1,1\n",
        ["z,1010.00,1.00,1,0,0.00,0.00,0.00,1010.00,1,1,,,", "z,,,,,,,,,,,,,duplicate_id"]
      ),
      ("spaces are not trimmed", "y4,2025-01-01, 1,1\n", ["y4,,,,,,,,,,,,,invalid_field:persons"]),
    ])
  func corpus(name: String, body: String, expected: [String]) throws {
    let header =
      "id,date,persons,income,alimony_paid,farm_ha,municipality,applicant_age,applicant_sex,applicant_disability,applicant_income,reasons,care_kind,care_hours,care_hourly_cost"
    let short = "id,date,persons,income"
    // Rows of 4 fields use the short header.
    let useShort = ["no final newline", "blank lines are not records", "duplicate ids", "spaces are not trimmed"]
      .contains(name)
    let (output, _) = try runBulk((useShort ? short : header) + "\n" + body)
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().filter { !$0.isEmpty }
    #expect(lines.map(String.init) == expected, "\(name)")
  }

  @Test("BOM and a header in another column order")
  func bomAndOrder() throws {
    let input = "\u{FEFF}income,persons,id,date\r\n1010.00,1,r1,2025-01-01\r\n"
    let (output, _) = try runBulk(input)
    #expect(rows(output).first?["within_criterion"] == "1")
    #expect(rows(output).first?["id"] == "r1")
  }

  @Test(
    "Unusable input as a whole",
    arguments: [
      ("", "empty"),
      ("id,date,persons\n", "required column 'income' is missing"),
      ("id,date,persons,income,colour\n", "unknown column 'colour'"),
      ("id,date,persons,income,id\n", "appears twice"),
      ("id,\"date,persons,income\n", "unterminated quote"),
    ])
  func headerErrors(input: String, fragment: String) {
    do {
      _ = try runBulk(input)
      Issue.record("expected a header error")
    } catch let error as HeaderError {
      #expect(error.message.contains(fragment))
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test("Header only: no records, only the output header")
  func headerOnly() throws {
    let (output, summary) = try runBulk("id,date,persons,income\n")
    #expect(output == String(decoding: ResultFormatter.csvHeader, as: UTF8.self))
    #expect(summary.records == 0)
  }

  @Test("JSONL in and out: same keys, values as strings; numbers read exactly")
  func jsonl() throws {
    let input = """
      {"id":"j1","date":"2025-03-01","persons":3,"income":2100.00,"applicant_age":70,"applicant_sex":"F","applicant_income":"700.00","reasons":"disability"}
      {"id":"j2","date":"2025-03-01","persons":1,"income":"1","colour":"red"}
      {"id":"j3","date":"2025-03-01","persons":1,"income":0.1}
      not json
      {"id":"j4","date":"2025-03-01","persons":1,"income":null}

      """
    let (output, summary) = try runBulk(input, format: .jsonl)
    let lines = output.split(separator: "\n").map(String.init)
    #expect(lines.count == 5)
    #expect(
      lines[0]
        == #"{"id":"j1","criterion":"823.00","income_per_person":"700.00","within_criterion":"1","cash_eligible":"1","periodic_min":"184.50","periodic_difference":"369.00","permanent":"369.90","targeted_threshold":"823.00","targeted_eligible":"1","meal_eligible":"1","care_fee_percent":"","care_fee":"","error":""}"#
    )
    #expect(lines[1].hasSuffix(#""error":"invalid_field:colour"}"#))
    #expect(lines[2].contains(#""income_per_person":"0.10""#))
    #expect(lines[3].hasPrefix(#"{"id":"","#) && lines[3].hasSuffix(#""error":"malformed_record"}"#))
    #expect(lines[4].hasSuffix(#""error":"missing_field:income"}"#))
    #expect(summary.records == 5 && summary.errorRows == 3)
  }

  @Test("Output is identical for any thread count, batch size and chunk size")
  func determinism() throws {
    var lines = [inputHeader]
    var generator = SplitMix(seed: 42)
    for index in 0..<3_000 {
      let persons = Int(generator.next() % 6) + 1
      let income = generator.next() % 600_000
      let year = 2012 + Int(generator.next() % 15)
      let id = index % 997 == 0 ? "dup" : "h\(index)"
      lines.append(
        row([
          "id": id, "date": "\(year)-11-15", "persons": String(persons),
          "income": DecimalText.string(Int64(income), fractionDigits: 2),
          "applicant_age": String(generator.next() % 100), "applicant_sex": generator.next() % 2 == 0 ? "F" : "M",
          "applicant_income": "0", "reasons": generator.next() % 3 == 0 ? "poverty" : "unemployment",
        ]))
    }
    let input = lines.joined(separator: "\n") + "\n"
    let reference = try runBulk(input, threads: 1).output
    #expect(rows(reference).count == 3_000)
    for (threads, batch, chunk) in [(2, 8192, 1 << 16), (4, 300, 777), (3, 1, 64), (8, 1024, 5)] {
      #expect(try runBulk(input, threads: threads, batchSize: batch, chunkSize: chunk).output == reference)
    }
  }

  @Test("Batch = one by one")
  func batchEqualsSingle() throws {
    let body = (0..<200).map { i in
      "s\(i),2024-0\(i % 9 + 1)-1\(i % 10),\(i % 5 + 1),\(i * 17).\(i % 100 < 10 ? "0" : "")\(i % 100),,,,\(i % 90),\(i % 2 == 0 ? "F" : "M"),,\(i * 3),unemployment,,,"
    }
    let input = inputHeader + "\n" + body.joined(separator: "\n") + "\n"
    let (output, _) = try runBulk(input, threads: 2, batchSize: 64)
    let bulkRows = output.split(separator: "\n").dropFirst().map(String.init)
    #expect(bulkRows.count == body.count)
    for (line, bulkRow) in zip(body, bulkRows) {
      let single = try runBulk(inputHeader + "\n" + line + "\n").output.split(separator: "\n")[1]
      #expect(String(single) == bulkRow)
    }
  }
}

/// A small deterministic generator for tests (SplitMix64).
struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Suite("Streaming bounds")
struct StreamingBoundsTests {
  @Test("Lines longer than a chunk are written when they complete, not at the end (found by fuzzing)")
  func longLinesFlushEachFeed() throws {
    var bulk = BulkEvaluation(evaluator: evaluator, format: .csv, threads: 1)
    let input = Array(
      "id,date,persons,income\nabcdefghijklmnopqrstuvwxyz,2025-01-01,1,1\nsecond-long-identifier,2025-01-01,1,2\n".utf8)
    var writes: [Int] = []
    var offset = 0
    while offset < input.count {   // chunks of 10 bytes: every line is longer than a chunk
      let end = min(input.count, offset + 10)
      try input[offset..<end].withUnsafeBufferPointer { try bulk.feed($0) { writes.append($0.count) } }
      offset = end
    }
    var tail: [UInt8] = []
    _ = try bulk.finish { tail += $0 }
    #expect(writes.count >= 3)   // the header row, then each record as its line completed
    #expect(tail.isEmpty)   // nothing was held back for the end
  }
}
