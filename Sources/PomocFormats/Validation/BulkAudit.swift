import Pomoc

/// Streams an audit register through the rules: bytes in (CSV with header, or JSONL; the
/// household columns of `pomoc evaluate` plus the decision columns), one verdict row out per
/// decision record, in input order (`pomoc audit`, Documentation/Validation.md).
///
/// Built as ``BulkEvaluation`` is: lines from the one ``LineReader``; each chunk's complete
/// lines audited straight from the chunk's memory, split across `threads` workers by the
/// host's ``ParallelLoop``, then merged in order, so the output is byte-identical for any
/// thread count. The household fields are decoded by ``HouseholdRecordDecoder`` and evaluated
/// by the same ``Evaluator`` call as `pomoc evaluate`; the verdict is ``DecisionAudit``'s.
///
/// `decision_id` must be unique: a repeated one is `duplicate_id` (the household `id` may repeat,
/// one household having several decisions), decided by the one ``DuplicateCheck``. Memory: the
/// chunk, the record limit, the summary (a few hundred bytes per month of decision dates), and
/// the decision ids seen (an ``IDSet``: the id plus 23 to 46 bytes per decision) unless the
/// duplicate lines are known beforehand (`knownDuplicates`).
package struct BulkAudit {
  /// What happened, for the summary on stderr and `--summary`: the rows as `pomoc evaluate`
  /// counts them (``BulkEvaluation/Summary``: decision records, error rows, blank lines, the
  /// first errors), and the verdicts' counts and sums. The row counts read through, as
  /// `summary.records`.
  @dynamicMemberLookup
  package struct Summary: Sendable {
    /// Decision records, error rows, blank lines, error codes and the first errors.
    package var rows = BulkEvaluation.Summary()
    /// The verdicts' counts and sums.
    package var audit = AuditSummary()

    package subscript<Value>(dynamicMember keyPath: KeyPath<BulkEvaluation.Summary, Value>) -> Value {
      rows[keyPath: keyPath]
    }

    /// Counts an error row on `line` (the row itself is written by the caller), in the rows and
    /// in the audit table under the decision's benefit and month when they could be read.
    package mutating func count(_ error: PomocError, line: Int, benefit: AuditedBenefit?, month: AuditMonth?) {
      rows.count(error, line: line)
      audit.addError(benefit: benefit, month: month)
    }
  }

  package let evaluator: Evaluator
  package let outputFormat: RecordFormat
  package let inputFormat: RecordFormat
  package var threads: Int { batches.threads }
  package var batchSize: Int { batches.batchSize }
  package var lineReader: LineReader
  /// The longest line accepted as a record.
  package let maximumRecordBytes: Int
  private var parser: ExtendedRecordParser?
  private var duplicates: DuplicateCheck
  private var outputHeader: OutputHeader
  package var pendingOutput: [UInt8] = []
  private var batches: ParallelBatches<AuditWorker>
  package private(set) var summary = Summary()

  /// - Parameters:
  ///   - knownDuplicates: the lines whose `decision_id` repeats an earlier one, found by a scan
  ///     of the very bytes that will be fed; then no set of ids is kept in memory.
  ///   - hasher: the run's id hash for the in-memory set (a fresh random seed by default).
  ///   - maximumRecordBytes: longer lines are `record_too_long` rows (default 1 MiB).
  package init(
    evaluator: Evaluator, format: RecordFormat, outputFormat: RecordFormat? = nil, threads: Int = 1,
    parallelLoop: ParallelLoop? = nil, batchSize: Int = 256, knownDuplicates: DuplicateLines? = nil,
    hasher: IDHasher = IDHasher(), maximumRecordBytes: Int = LineReader.defaultMaximumLineBytes
  ) {
    self.batches = ParallelBatches(threads: threads, parallelLoop: parallelLoop, batchSize: batchSize)
    self.evaluator = evaluator
    self.duplicates = knownDuplicates.map(DuplicateCheck.known) ?? .inMemory(hasher: hasher)
    self.inputFormat = format
    self.outputFormat = outputFormat ?? format
    self.lineReader = LineReader(maximumLineBytes: maximumRecordBytes)
    self.maximumRecordBytes = lineReader.maximumLineBytes
    self.outputHeader = OutputHeader(AuditColumn.self, format: self.outputFormat)
    if format == .jsonl { parser = ExtendedRecordParser(jsonl: DecisionColumn.columns) }
  }

  /// Bytes held for the decision ids seen.
  package var heldIDBytes: Int { duplicates.heldBytes }

  /// After the last line (``ChunkedBulk/finish(write:)``): an input with no record is
  /// rejected as a whole; a CSV input with a header and no record gets the output header alone.
  ///
  /// - Throws: ``HeaderError`` for an empty input.
  package mutating func endOfInput() throws -> Summary {
    try HeaderError.checkNotEmpty(format: inputFormat, headerRead: parser != nil, records: summary.records)
    outputHeader.write(to: &pendingOutput)
    return summary
  }

  /// Audits a batch of lines in parallel, then merges in order (for ``ChunkedBulk``).
  package mutating func process(_ batch: LineBatch) throws {
    var lines = batch.lines[...]
    var firstLine = batch.firstLineNumber
    if parser == nil {
      // The first line of a CSV input is its header.
      if batch.isOverlong {
        throw HeaderError.tooLong(bytes: batch.overlongBytes, limit: maximumRecordBytes)
      }
      parser = ExtendedRecordParser(
        csvSlots: try ExtendedRecordParser.parseHeader(batch[lines.startIndex], columns: DecisionColumn.columns),
        columns: DecisionColumn.columns)
      lines = lines.dropFirst()
      firstLine += 1
      outputHeader.write(to: &pendingOutput)
    }
    guard !lines.isEmpty, let template = parser else { return }
    if batch.isOverlong {
      outputHeader.write(to: &pendingOutput)
      summary.rows.records += 1
      let error = PomocError.recordTooLong(length: batch.overlongBytes, limit: maximumRecordBytes)
      AuditRowFormat.append(
        decisionID: EmptyCollection<UInt8>(), id: EmptyCollection<UInt8>(), error: error, format: outputFormat,
        to: &pendingOutput)
      summary.count(error, line: firstLine, benefit: nil, month: nil)
      return
    }
    let evaluator = self.evaluator
    let outputFormat = self.outputFormat
    batches.run(UnsafeBufferPointer(rebasing: lines), bytes: batch.bytes) {
      AuditWorker(parser: template, evaluator: evaluator, format: outputFormat)
    }
    // Sequential merge: duplicate decision ids, counts, order.
    if lines.contains(where: { !$0.isEmpty }) { outputHeader.write(to: &pendingOutput) }
    batches.merge(
      baseLine: firstLine - 1, duplicates: &duplicates, into: &pendingOutput,
      blank: { summary.rows.blankLines += 1 },
      duplicate: { row, keys, output in
        let decisionID = UnsafeBufferPointer(rebasing: keys[row.key])
        let error = PomocError(
          .duplicateID, field: "decision_id", record: String(decoding: decisionID, as: UTF8.self),
          message: "decision_id '\(EchoedText.cut(bytes: decisionID))' was used by an earlier decision")
        AuditRowFormat.append(
          decisionID: decisionID, id: UnsafeBufferPointer(rebasing: keys[row.householdID]), error: error,
          format: outputFormat, to: &output)
        return error
      },
      record: { row, line, duplicate in
        summary.rows.records += 1
        if let error = duplicate ?? row.error {
          summary.count(error, line: line, benefit: row.benefit, month: row.month)
        } else if let benefit = row.benefit, let month = row.month {
          summary.audit.add(row.kind, difference: row.difference, above: row.above, benefit: benefit, month: month)
        }
      })
  }
}

/// One thread's reusable state and output for a part of a batch of decisions.
struct AuditWorker: BatchWorker {
  struct Row: BatchRow {
    /// End offset of the row in `out`.
    var end: Int
    /// Line number relative to the batch (1-based).
    var line: Int
    var isBlank: Bool
    /// The decision id's (the key) and the household id's bytes in `keys`.
    var key: Range<Int>
    var householdID: Range<Int>
    var error: PomocError?
    var benefit: AuditedBenefit?
    var month: AuditMonth?
    var kind: AuditVerdict.Kind
    var difference: Money
    /// For `outside_legal_range`: above the range (else below).
    var above: Bool
  }

  var parser: ExtendedRecordParser
  let evaluator: Evaluator
  let format: RecordFormat
  var record: HouseholdRecord
  var out: [UInt8] = []
  var rows: [Row] = []
  var keys: [UInt8] = []
  /// Municipality strings already made by this thread.
  var municipalityNames: [String] = []
  /// The bases met so far and their text (a handful: the rules' citations are shared constants,
  /// so most are found by the address of their storage, which the kept copy keeps alive).
  var articleKeys: [UnsafeRawPointer?] = []
  var articleBases: [[LegalCitation]] = []
  var articleTexts: [[UInt8]] = []

  init(parser: ExtendedRecordParser, evaluator: Evaluator, format: RecordFormat) {
    self.parser = parser
    self.evaluator = evaluator
    self.format = format
    record = parser.makeRecord()
  }

  func emptied() -> AuditWorker { AuditWorker(parser: parser, evaluator: evaluator, format: format) }

  mutating func run(lines: UnsafeBufferPointer<Range<Int>>, _ part: Range<Int>, bytes: UnsafeBufferPointer<UInt8>) {
    out.removeAll(keepingCapacity: true)
    rows.removeAll(keepingCapacity: true)
    keys.removeAll(keepingCapacity: true)
    let (evaluator, format) = (self.evaluator, self.format)
    for index in part {
      let line = UnsafeBufferPointer(rebasing: bytes[lines[index]])
      if line.isEmpty {
        rows.append(
          Row(
            end: out.count, line: index + 1, isBlank: true, key: 0..<0, householdID: 0..<0, error: nil,
            benefit: nil, month: nil, kind: .consistent, difference: .zero, above: false))
        continue
      }
      var row: Row
      // A CSV line without quotes is read in place; any other line through the parser's copy.
      if parser.format == .csv && record.splitUnquotedLine(line, slots: parser.slots) {
        row = audit(line, record.ranges, problem: record.problem, evaluator: evaluator, format: format)
      } else {
        parser.parse(line, into: &record)
        let ranges = record.ranges
        let problem = record.problem
        row = record.bytes.withUnsafeBufferPointer { base in
          audit(base, ranges, problem: problem, evaluator: evaluator, format: format)
        }
      }
      row.line = index + 1
      row.end = out.count
      rows.append(row)
    }
  }

  /// One decision from its fields (ranges into `base`): the ids into `keys`, the verdict or
  /// error row into `out`.
  private mutating func audit(
    _ base: UnsafeBufferPointer<UInt8>, _ ranges: [Range<Int>], problem: PomocError?, evaluator: Evaluator,
    format: RecordFormat
  ) -> Row {
    let fields = HouseholdRecordDecoder.Fields(base: base, ranges: ranges)
    let householdID = fields[.id]
    let decisionID = UnsafeBufferPointer(rebasing: base[ranges[DecisionColumn.decisionID.slot]])
    let decisionStart = keys.count
    keys.append(contentsOf: decisionID)
    let householdStart = keys.count
    keys.append(contentsOf: householdID)
    // A line that could not be split has its fields perhaps shifted: no benefit or month is
    // read from it for the summary.
    let shifted = problem?.code == .malformedRecord
    let decoded = shifted ? DecisionDecoder.Decoded() : DecisionDecoder.decode(base, ranges)
    var row = Row(
      end: 0, line: 0, isBlank: false, key: decisionStart..<householdStart,
      householdID: householdStart..<keys.count, error: nil, benefit: decoded.benefit, month: decoded.month,
      kind: .consistent, difference: .zero, above: false)
    do {
      if let problem { throw problem }
      let request = try HouseholdRecordDecoder.decode(fields, municipalityNames: &municipalityNames)
      if let error = decoded.error { throw error }
      guard let decision = decoded.decision else { throw PomocError.missing("decision_id") }
      try DecisionAudit.validate(decision, for: request)
      var result = EvaluationResult.unevaluated
      try withUnsafePointer(to: request) { address in
        try withUnsafeMutablePointer(to: &result) { try evaluator.evaluateWithoutTrace(address, initializing: $0) }
      }
      let verdict = try DecisionAudit.verdict(on: decision, for: request, result: result, evaluator: evaluator)
      let text = article(verdict.basis)
      articleTexts.withUnsafeBufferPointer { texts in
        texts[text].withUnsafeBufferPointer { article in
          AuditRowFormat.append(
            decisionID: decisionID, id: householdID, decision: decision, verdict: verdict, article: article,
            format: format, to: &out)
        }
      }
      row.kind = verdict.kind
      row.difference = verdict.difference
      row.above = verdict.minimum.map { verdict.granted >= $0 } ?? true
    } catch {
      var attributed = PomocError(wrapping: error)
      AuditRowFormat.append(decisionID: decisionID, id: householdID, error: attributed, format: format, to: &out)
      attributed.record = String(decoding: decisionID.isEmpty ? householdID : decisionID, as: UTF8.self)
      row.error = attributed
    }
    return row
  }

  /// The index in `articleTexts` of the text of a basis.
  private mutating func article(_ basis: [LegalCitation]) -> Int {
    let key = basis.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    if key != nil {
      for index in articleKeys.indices where articleKeys[index] == key { return index }
    }
    for index in articleBases.indices where articleBases[index] == basis { return index }
    if articleBases.count >= 64 {
      articleKeys.removeAll()
      articleBases.removeAll()
      articleTexts.removeAll()
    }
    articleKeys.append(key)
    articleBases.append(basis)
    articleTexts.append(Array(AuditVerdict.article(basis).utf8))
    return articleTexts.count - 1
  }
}
