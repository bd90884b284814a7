import Pomoc
import PomocFormats

/// `--parameters FILE` and `--ordinances FILE`: the host's own law on top of the bundled one.
enum LawOptions {
  static let usage = """
      --parameters FILE   merge dated parameter values from JSON (see Documentation/Parameters.md)
      --ordinances FILE   add municipal ordinances from JSON (see Documentation/Municipalities.md)
    """

  static func evaluator(_ arguments: inout Arguments) throws -> Evaluator {
    var evaluator = Evaluator()
    if let path = try arguments.option("--parameters") {
      evaluator.parameters = try readLaw(path) { try evaluator.parameters.merging(json: $0) }
    }
    if let path = try arguments.option("--ordinances") {
      evaluator.ordinances = try readLaw(path) { try evaluator.ordinances.merging(json: $0) }
    }
    return evaluator
  }

  /// Reads a JSON law file and applies it; any problem is input unreadable as a whole (65),
  /// naming the file and the field.
  static func readLaw<T>(_ path: String, _ apply: ([UInt8]) throws -> T) throws -> T {
    let file = try InputFile(path: path)
    defer { file.close() }
    let bytes = try file.readAll()
    do {
      return try apply(bytes)
    } catch {
      throw CommandFailure.data("\(path): \(PomocError(wrapping: error))")
    }
  }

  static let recordUsage = """
      --max-record-bytes N   longest record (line) read, in bytes (default 1048576 = 1 MiB, at most
                             1073741824); a longer line is an error row record_too_long
    """

  /// `--max-record-bytes N` (1 byte … 1 GiB), default 1 MiB.
  static func maximumRecordBytes(_ arguments: inout Arguments) throws -> Int {
    guard let text = try arguments.option("--max-record-bytes") else { return LineReader.defaultMaximumLineBytes }
    guard let value = Int(text), (1...LineReader.largestMaximumLineBytes).contains(value) else {
      throw CommandFailure.usage("--max-record-bytes must be 1 to \(LineReader.largestMaximumLineBytes)")
    }
    return value
  }

  /// `--threads N` (1…256), default all processors.
  static func threads(_ arguments: inout Arguments) throws -> Int {
    guard let text = try arguments.option("--threads") else { return Console.processorCount }
    guard let value = Int(text), (1...256).contains(value) else {
      throw CommandFailure.usage("--threads must be 1 to 256")
    }
    return value
  }

  /// The input format: `--format` if given, else `.jsonl` files are JSONL and anything else CSV.
  static func inputFormat(_ explicit: RecordFormat?, path: String) -> RecordFormat {
    explicit ?? (path.hasSuffix(".jsonl") ? .jsonl : .csv)
  }

  static func format(_ arguments: inout Arguments, name: String = "--format") throws -> RecordFormat? {
    guard let text = try arguments.option(name) else { return nil }
    guard let format = RecordFormat(rawValue: text) else { throw CommandFailure.usage("\(name) must be csv or jsonl") }
    return format
  }
}
