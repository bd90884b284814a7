import Foundation
import Testing

/// The tool's conventions and its reliability at the edges (issues 10 and 11): usage and
/// version, `--`, write failures, closed pipes, stdin that is a partly read file, the record
/// length limit, empty input, error counts of report and compare, byte-wise ids, cut
/// messages, byte-order marks in JSON.
@Suite("pomoc conventions", .enabled(if: CLI.executable != nil))
struct ToolConventionTests {
  static let commands = [
    "evaluate", "explain", "parameters", "report", "compare", "care-fee", "care-home-fee",
    "staffing", "support-fee",
  ]

  @Test("help CMD, CMD --help and CMD -h print that command's usage on stdout and exit 0", arguments: commands)
  func help(command: String) throws {
    for arguments in [["help", command], [command, "--help"], [command, "-h"], [command, "--format", "csv", "-h"]] {
      let run = try CLI.run(arguments, stdin: "")
      #expect(run.status == 0, "\(arguments)")
      #expect(run.stdout.hasPrefix("usage:\n"), "\(arguments)")
      #expect(run.stdout.contains("pomoc \(command) "), "\(arguments)")
      #expect(run.stdout.contains("74"), "\(arguments)")   // the exit statuses are listed
      #expect(run.stderr.isEmpty, "\(arguments)")
    }
  }

  @Test("pomoc help, --help, -h: everything; help of an unknown command is a usage error")
  func generalHelp() throws {
    for arguments in [["help"], ["--help"], ["-h"]] {
      let run = try CLI.run(arguments)
      #expect(run.status == 0)
      #expect(run.stdout.contains("pomoc evaluate") && run.stdout.contains("pomoc support-fee"))
    }
    #expect(try CLI.run(["help", "frobnicate"]).status == 64)
  }

  @Test("--version prints pomoc and the version")
  func version() throws {
    let run = try CLI.run(["--version"])
    #expect(run.status == 0)
    #expect(run.stdout.wholeMatch(of: /pomoc \d+\.\d+\.\d+\n/) != nil)
  }

  @Test("-- ends the options: a file named -h.csv")
  func doubleDash() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try "id,date,persons,income\na,2025-01-01,1,1010.00\n".write(
      to: directory.appendingPathComponent("-h.csv"), atomically: true, encoding: .utf8)
    let run = try CLI.run(["evaluate", "--", "-h.csv"], directory: directory)
    #expect(run.status == 0)
    #expect(run.stdout.hasSuffix("a,1010.00,1010.00,1,0,0.00,0.00,0.00,1010.00,1,1,,,\n"))
    #expect(run.stderr.contains("1 records"))
    // Without --, "-h.csv" is an option nobody knows.
    #expect(try CLI.run(["evaluate", "-h.csv"], directory: directory).status == 64)
  }
}

@Suite("pomoc output failures", .enabled(if: CLI.executable != nil))
struct OutputFailureTests {
  /// Every command, each with an input that would succeed.
  static let invocations: [String] = [
    "\"$POMOC\" evaluate Examples/households.csv",
    "\"$POMOC\" evaluate - < Examples/households.csv",
    "\"$POMOC\" evaluate Examples/households.jsonl",
    "\"$POMOC\" explain --id family-2025-permanent Examples/households.csv",
    "\"$POMOC\" explain --json Examples/households.csv",
    "\"$POMOC\" parameters --export",
    "\"$POMOC\" parameters --date 2025-06-01",
    "\"$POMOC\" parameters --date 2025-06-01 --json",
    "\"$POMOC\" report Examples/households.csv",
    "\"$POMOC\" report --output csv Examples/households.csv",
    "\"$POMOC\" compare --base 2024-06-01 --reform 2025-06-01 Examples/households.csv",
    "\"$POMOC\" compare --base 2024-06-01 --reform 2025-06-01 --output csv Examples/households.csv",
    #"echo '{"date":"2023-12-31","norm":"social_workers","residents":35000,"families_in_social_work":1021,"staff_fte":"26"}' | "$POMOC" staffing"#,
    #"echo '{"date":"2025-03-01","care_kind":"standard","persons":1,"income":"1313.00","hours":"40","hourly_cost":"30.00","municipality":"lipnica-murowana-2005"}' | "$POMOC" care-fee"#,
    #"echo '{"date":"2024-05-01","average_cost":"5928.62","resident_income":"2500.00"}' | "$POMOC" care-home-fee"#,
    #"echo '{"date":"2025-03-01","facility":"support_centre","persons":1,"income":"1313.01","monthly_cost":"2000.00","table":"subkowy-2017"}' | "$POMOC" support-fee"#,
    "\"$POMOC\" help evaluate",
    "\"$POMOC\" --version",
  ]

  @Test("A full disk: every command says so on stderr and exits 74, never 0", arguments: invocations)
  func fullDisk(invocation: String) throws {
    let ok = try CLI.shell(invocation + " > /dev/null")
    // The invocation itself works (compare of the examples on 2024-06-01 has error rows: 1).
    #expect(ok.status == 0 || ok.status == 1, "\(ok.stderr)")
    let run = try CLI.shell(invocation + " > /dev/full")
    #expect(run.status == 74)
    #expect(run.stderr.contains("cannot write the output: No space left on device"))
  }

  @Test(
    "A closed stdout (>&-): exit 74 with the reason",
    arguments: [
      "\"$POMOC\" evaluate Examples/households.csv", "\"$POMOC\" parameters --export",
      "\"$POMOC\" report Examples/households.csv",
    ])
  func closedOutput(invocation: String) throws {
    let run = try CLI.shell(invocation + " >&-")
    #expect(run.status == 74)
    #expect(run.stderr.contains("cannot write the output: Bad file descriptor"))
  }

  /// 20 000 rows: far more output than a pipe holds, so rows are lost when the reader goes.
  static func bigInput(in directory: URL) throws -> URL {
    var text = "id,date,persons,income\n"
    for index in 0..<20_000 { text += "h\(index),2025-01-01,1,\(index % 3000).00\n" }
    let file = directory.appendingPathComponent("big.csv")
    try text.write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  @Test(
    "A closed pipe (| head -1): rows are lost, so never exit 0 — quietly 74, with SIGPIPE ignored by the parent or not",
    arguments: ["trap '' PIPE; ", ""])
  func closedPipe(trap: String) throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = try Self.bigInput(in: directory)
    let run = try CLI.shell(
      trap + "\"$POMOC\" evaluate --threads 1 '\(file.path)' | head -1; echo \"status ${PIPESTATUS[0]}\"")
    #expect(run.stdout.hasPrefix("id,criterion,"))
    #expect(run.stdout.hasSuffix("status 74\n"))
    #expect(!run.stderr.contains("cannot write"))   // quiet: the reader left on purpose
    #expect(!run.stderr.contains("20000 records"))   // the work stopped; no summary of a full run
  }
}

@Suite("pomoc input edges", .enabled(if: CLI.executable != nil))
struct InputEdgeTests {
  @Test("stdin is a file a caller has already read a line of: read from where it stands")
  func positionedStdin() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("input.csv")
    try "# a line the caller reads\nid,date,persons,income\na,2025-01-01,1,1010.00\na,2025-01-01,1,1010.00\n"
      .write(to: file, atomically: true, encoding: .utf8)
    let run = try CLI.shell("{ IFS= read -r _; \"$POMOC\" evaluate -; } < '\(file.path)'")
    #expect(run.status == 1)
    let rows = run.stdout.split(separator: "\n")
    #expect(rows.count == 3)
    #expect(rows[1].hasPrefix("a,1010.00,"))
    #expect(rows[2] == "a,,,,,,,,,,,,,duplicate_id")
    #expect(run.stderr.contains("-:3: record 'a': duplicate_id"))   // lines count from where stdin stood
    #expect(!run.stderr.contains("changed"))
  }

  @Test("A record longer than --max-record-bytes is an error row naming its line; the rest goes on")
  func recordTooLong() throws {
    let long = "b" + String(repeating: "0", count: 150) + ",2025-01-01,1,1"
    let input = "id,date,persons,income\na,2025-01-01,1,1\n" + long + "\nc,2025-01-01,1,1\n"
    let run = try CLI.run(["evaluate", "--max-record-bytes", "100", "-"], stdin: input)
    #expect(run.status == 1)
    let rows = run.stdout.split(separator: "\n")
    #expect(rows.count == 4)
    #expect(rows[2] == ",,,,,,,,,,,,,record_too_long")
    #expect(rows[3].hasPrefix("c,"))
    #expect(run.stderr.contains("-:3: record_too_long — the line has 166 bytes, more than the limit of 100"))
    #expect(try CLI.run(["evaluate", "--max-record-bytes", "0", "-"], stdin: input).status == 64)
    // report and compare count it as unreadable: exit 1.
    #expect(try CLI.run(["report", "--max-record-bytes", "100", "-"], stdin: input).status == 1)
  }

  @Test("The default limit (1 MiB): a 64 MiB line without a newline is one error row, in bounded memory")
  func endlessLine() throws {
    let run = try CLI.shell(
      """
      t=(); [ -x /usr/bin/time ] && t=(/usr/bin/time -f 'peak %M KiB')
      head -c 67108864 /dev/zero | tr '\\0' x | "${t[@]}" "$POMOC" evaluate --format jsonl -
      """)
    #expect(run.status == 1)
    #expect(run.stdout.hasSuffix(#""error":"record_too_long"}"# + "\n"))
    #expect(run.stdout.split(separator: "\n").count == 1)
    if let peak = run.stderr.firstMatch(of: /peak (\d+) KiB/), let kib = Int(peak.1) {
      #expect(kib < 64 * 1024, "peak \(kib) KiB for a 64 MiB line")   // the line is never held
    }
  }

  @Test(
    "Empty input is unreadable as a whole (65) for CSV and JSONL, with nothing on stdout",
    arguments: [
      ["evaluate", "--format", "csv", "-"], ["evaluate", "--format", "jsonl", "-"],
      ["report", "--format", "jsonl", "-"],
      ["explain", "--format", "jsonl", "-"],
    ])
  func emptyInput(arguments: [String]) throws {
    let run = try CLI.run(arguments, stdin: "")
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("the input is empty"))
  }

  @Test("A header error from a file: exit 65 and nothing on stdout")
  func headerErrorFromFile() throws {
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("bad.csv")
    try ("id,date,persons,income,colour\n" + String(repeating: "a,2025-01-01,1,1,red\n", count: 5000))
      .write(to: file, atomically: true, encoding: .utf8)
    let run = try CLI.run(["evaluate", file.path])
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("unknown column 'colour'"))
  }

  @Test("A JSONL id with a line break, written as CSV, stays on one line")
  func idWithLineBreak() throws {
    let run = try CLI.run(
      ["evaluate", "--format", "jsonl", "--output-format", "csv", "-"],
      stdin: #"{"id":"a\nb","date":"2025-01-01","persons":1,"income":"1"}"# + "\n"
        + #"{"id":"c","date":"2025-01-01","persons":1,"income":"1"}"# + "\n")
    #expect(run.status == 1)
    let rows = run.stdout.split(separator: "\n")
    #expect(rows.count == 3)
    #expect(rows[1] == #""a\nb",,,,,,,,,,,,,invalid_field:id"#)
    #expect(rows[2].hasPrefix("c,1010.00,"))
    #expect(run.stderr.contains(#"record 'a\nb': invalid_field:id"#))   // the summary line is one line too
  }

  @Test("explain --id compares bytes: the NFC id is not the NFD record before it")
  func explainBytewise() throws {
    let input = "id,date,persons,income\ncafe\u{301},2025-01-01,1,100.00\ncaf\u{E9},2025-01-01,2,100.00\n"
    let run = try CLI.run(["explain", "--id", "caf\u{E9}", "-"], stdin: input)
    #expect(run.status == 0)
    #expect(run.stdout.contains("(2 persons)"))   // the second record, the one spelt with U+00E9
    let other = try CLI.run(["explain", "--id", "cafe\u{301}", "-"], stdin: input)
    #expect(other.stdout.contains("(1 person)"))
    let none = try CLI.run(["explain", "--id", "cafe", "-"], stdin: input)
    #expect(none.status == 65)
  }

  @Test("Messages cut echoed input to 64 bytes with its length")
  func cutMessages() throws {
    let id = String(repeating: "i", count: 10_000)
    let municipality = String(repeating: "m", count: 10_000)
    let input = "id,date,persons,income,municipality\n\(id),2025-01-01,1,1,\(municipality)\n"
    let run = try CLI.run(["evaluate", "-"], stdin: input)
    #expect(run.status == 1)
    #expect(run.stdout.contains(id))   // the output row keeps the id: it is data
    #expect(run.stderr.utf8.count < 1_000)
    #expect(run.stderr.contains("record '" + String(repeating: "i", count: 64) + "… (10000 bytes)'"))
    #expect(run.stderr.contains("unknown_municipality"))
    let header = try CLI.run(["evaluate", "-"], stdin: "id,date,persons,income," + municipality + "\n")
    #expect(header.status == 65)
    #expect(header.stderr.utf8.count < 200)
  }

  @Test("The JSON commands and law files accept a byte-order mark")
  func byteOrderMarks() throws {
    let staffing = try CLI.run(
      ["staffing"],
      stdin: "\u{FEFF}"
        + #"{"date":"2023-12-31","norm":"social_workers","residents":35000,"families_in_social_work":1021,"staff_fte":"26"}"#
    )
    #expect(staffing.status == 0)
    #expect(staffing.stdout.hasPrefix(#"{"required_fte":"17.5""#))
    let directory = try CLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("parameters.json")
    try
      ("\u{FEFF}"
      + #"{"lawKnownThrough":"2027-12-31","parameters":[{"id":"incomeCriterionSinglePerson","values":[{"from":"2027-01-01","value":"1100.00"}]}]}"#)
      .write(to: file, atomically: true, encoding: .utf8)
    let run = try CLI.run(
      ["evaluate", "--parameters", file.path, "-"], stdin: "id,date,persons,income\na,2027-03-01,1,1100.00\n")
    #expect(run.status == 0)
    #expect(run.stdout.contains("a,1100.00,1100.00,1,"))
  }
}

@Suite("pomoc report and compare: error counts and exit status", .enabled(if: CLI.executable != nil))
struct ReportErrorTests {
  /// One good household, one error row (a date before 2012-10-01), one unreadable record
  /// (a duplicate id).
  static let input =
    "id,date,persons,income,reasons\na,2025-01-01,1,500.00,unemployment\n"
    + "b,2012-09-30,1,500.00,unemployment\na,2025-01-01,1,500.00,unemployment\n"

  @Test("report: exit 1 when a row was an error; both forms count errors")
  func report() throws {
    let text = try CLI.run(["report", "-"], stdin: Self.input)
    #expect(text.status == 1)
    #expect(text.stdout.contains("Unreadable records (not in the tables): 1"))
    let csv = try CLI.run(["report", "--output", "csv", "-"], stdin: Self.input)
    #expect(csv.status == 1)
    #expect(csv.stdout.contains("1_overall,all,errors,1\n"))   // b: date_out_of_range
    #expect(csv.stdout.contains("0_input,all,unreadable_records,1\n"))   // the second a: duplicate_id
    #expect(csv.stderr.contains("error rows: 1; unreadable records: 1"))
    #expect(try CLI.run(["report", "-"], stdin: "id,date,persons,income\na,2025-01-01,1,1\n").status == 0)
  }

  @Test("compare: exit 1 when a row was an error; the CSV form has the error counts")
  func compare() throws {
    let csv = try CLI.run(
      ["compare", "--base", "2024-06-01", "--reform", "2025-06-01", "--output", "csv", "-"],
      stdin: Self.input)
    #expect(csv.status == 1)
    // Both scenarios decide every household on their own date, so b is evaluated: 3 records,
    // 2 read (a and b), the second a unreadable.
    #expect(csv.stdout.contains("households,2,2,,,,,\n"))
    #expect(csv.stdout.contains("error_rows,0,0,,,,,\n"))
    #expect(csv.stdout.contains("unreadable_records,1,1,,,,,\n"))
    let text = try CLI.run(["compare", "--base", "2024-06-01", "--reform", "2025-06-01", "-"], stdin: Self.input)
    #expect(text.status == 1)
    #expect(text.stdout.contains("Records that could not be read (not compared): 1"))
    // An error in one scenario: 2012-09-30 is before the first encoded revision.
    let early = try CLI.run(
      ["compare", "--base", "2012-09-30", "--reform", "2025-06-01", "--output", "csv", "-"],
      stdin: "id,date,persons,income\na,2025-01-01,1,1\n")
    #expect(early.status == 1)
    #expect(early.stdout.contains("error_rows,1,0,,,,,\n"))
  }
}
