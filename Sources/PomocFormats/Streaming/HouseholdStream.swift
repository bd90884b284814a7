import Pomoc

/// Households in bulk from bytes, for host programs that read their own files, pipes or sockets:
/// the streaming batch of `pomoc evaluate`, with its formats and its guarantees.
///
/// Feed the input in chunks of any size; each chunk's complete records are evaluated and their
/// result rows handed to `write` before `feed` returns, so memory stays bounded by the chunk
/// size, the longest record (``maximumRecordBytes``) and the ids seen (for `duplicate_id`). One
/// output row per input record, in input order, byte-identical for any number of threads.
///
///     var stream = HouseholdStream(input: .csv)
///     for chunk in chunks { try stream.feed(chunk) { rows in try output.write(rows) } }
///     let summary = try stream.finish { rows in try output.write(rows) }
///
/// The formats are those of `pomoc evaluate` (Documentation/BatchTool.md): CSV with a header,
/// or JSON lines; the result columns in the same order. The stream starts no threads: pass a
/// ``ParallelLoop`` backed by yours to use several.
public struct HouseholdStream {
  /// The format of the input or the output.
  public enum Format: String, Sendable, Hashable, CaseIterable, Codable {
    /// CSV with a header row, UTF-8, comma, `.` decimal point.
    case csv
    /// One JSON object per line, with the CSV's column names as keys.
    case jsonl
  }

  /// What a run did.
  public struct Summary: Sendable, Hashable, Codable {
    /// Input records (lines with content, header excluded).
    public var records: Int
    /// Rows written with an error code.
    public var errorRows: Int
    /// Empty lines, which are not records and produce no row.
    public var blankLines: Int
    /// Error rows by the code written in the `error` column.
    public var errorCounts: [String: Int]
  }

  private var bulk: BulkEvaluation

  /// The longest record accepted; a longer one is a `record_too_long` row.
  public var maximumRecordBytes: Int { bulk.maximumRecordBytes }

  /// A stream of households in `input` format, results in `output` format (by default the same).
  ///
  /// - Parameters:
  ///   - threads: partitions of each chunk evaluated at once by `parallelLoop` (1: none).
  ///   - maximumRecordBytes: the longest record accepted (default 1 MiB).
  public init(
    evaluator: Evaluator = Evaluator(), input: Format, output: Format? = nil, threads: Int = 1,
    parallelLoop: ParallelLoop? = nil, maximumRecordBytes: Int = 1 << 20
  ) {
    bulk = BulkEvaluation(
      evaluator: evaluator, format: Self.recordFormat(input), outputFormat: output.map(Self.recordFormat),
      threads: threads, parallelLoop: parallelLoop, maximumRecordBytes: maximumRecordBytes)
  }

  /// Consumes a chunk of input; the result rows of its complete records go to `write` before the
  /// call returns.
  ///
  /// - Throws: ``PomocError`` `input_unreadable` when the input as a whole cannot be read (a CSV
  ///   header that lacks a required column, an unknown column; nothing is written then), or what
  ///   `write` throws — the stream stops at the first failed write.
  public mutating func feed(_ chunk: some Collection<UInt8>, write: ([UInt8]) throws -> Void) throws {
    try Self.translatingHeaderErrors {
      if let done = try chunk.withContiguousStorageIfAvailable({ buffer in try bulk.feed(buffer, write: write) }) {
        return done
      }
      try Array(chunk).withUnsafeBufferPointer { buffer in try bulk.feed(buffer, write: write) }
    }
  }

  /// Flushes the last record (a final line without a newline) and returns the summary.
  ///
  /// - Throws: ``PomocError`` `input_unreadable` for an empty input or a bad header, or what
  ///   `write` throws.
  public mutating func finish(write: ([UInt8]) throws -> Void) throws -> Summary {
    let summary = try Self.translatingHeaderErrors { try bulk.finish(write: write) }
    return Summary(
      records: summary.records, errorRows: summary.errorRows, blankLines: summary.blankLines,
      errorCounts: summary.errorCounts)
  }

  private static func recordFormat(_ format: Format) -> RecordFormat {
    switch format {
    case .csv: return .csv
    case .jsonl: return .jsonl
    }
  }

  private static func translatingHeaderErrors<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as HeaderError {
      throw PomocError(.inputUnreadable, message: error.message)
    }
  }
}
