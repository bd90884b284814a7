import Pomoc

/// Lines of an input that arrives in chunks: the one line splitter of the household formats.
///
/// `pomoc evaluate` (``BulkEvaluation``), `pomoc report`, `compare` and `explain`
/// (``RecordStream``) and the duplicate-id pass over a file all read their lines here, so
/// they agree on every rule:
///
/// - a line ends at `\n`; a `\r` just before it is not part of the line (CRLF files);
/// - a UTF-8 byte-order mark at the very start of the input is not data (it may arrive split
///   across chunks);
/// - lines are numbered from 1 and know their byte offset in the stream;
/// - a line longer than ``maximumLineBytes`` (not counting its `\n` or `\r\n`) is not kept:
///   its bytes are counted and dropped until the next `\n`, so memory stays at
///   `maximumLineBytes` + 1 bytes for a carried line whatever the input (even a stream that
///   never sends a newline), and the line is delivered as an *overlong* batch
///   (``LineBatch/overlongBytes``) for the caller to turn into a `record_too_long` row.
///
/// Complete lines inside a chunk are delivered in place (no copy), many per batch; a line
/// that spans chunks is carried in one buffer and delivered alone when it completes.
///
///     var reader = LineReader()
///     reader.feed(chunk) { batch in … }     // as often as needed
///     reader.finish { batch in … }          // the last line, if it has no final newline
package struct LineReader {
  /// The default maximum length of a line (a record): 1 MiB.
  package static let defaultMaximumLineBytes = 1 << 20
  /// The largest limit accepted (1 GiB): beyond it a single record is no longer a record.
  package static let largestMaximumLineBytes = 1 << 30

  /// Lines longer than this many bytes (without their line end) are overlong.
  package let maximumLineBytes: Int

  /// The start of a line not yet complete (at most `maximumLineBytes + 1` bytes).
  private var pending: [UInt8] = []
  /// Whether a line has started in an earlier chunk and not ended yet.
  private var inLine = false
  /// The line being carried is overlong: its bytes are counted, not kept.
  private var skipping = false
  private var skippedBytes = 0
  private var lastSkippedByte: UInt8 = 0
  /// Stream offset where the carried line starts.
  private var pendingOffset = 0
  /// Bytes consumed so far.
  package private(set) var streamOffset = 0
  /// The number the next line will get.
  package private(set) var nextLineNumber = 1
  private var ranges: [Range<Int>] = []

  /// - Parameter maximumLineBytes: clamped to 1…``largestMaximumLineBytes``.
  package init(maximumLineBytes: Int = LineReader.defaultMaximumLineBytes) {
    self.maximumLineBytes = min(max(1, maximumLineBytes), Self.largestMaximumLineBytes)
  }

  /// Lines delivered so far.
  package var lineCount: Int { nextLineNumber - 1 }

  /// Bytes held for a line that spans chunks (for tests of the memory bound).
  package var carriedCapacity: Int { pending.capacity }

  /// Splits `chunk`; calls `body` with each batch of complete lines, in order.
  package mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (LineBatch) throws -> Void) rethrows {
    let count = chunk.count
    guard count > 0 else { return }
    defer { streamOffset += count }
    var start = 0
    if inLine {
      guard let newline = ByteScan.first(0x0A, in: chunk, from: 0) else {
        carry(UnsafeBufferPointer(rebasing: chunk[0..<count]))
        return
      }
      carry(UnsafeBufferPointer(rebasing: chunk[0..<newline]))
      try deliverCarried(body)
      start = newline + 1
    }
    ranges.removeAll(keepingCapacity: true)
    var first = nextLineNumber
    var lineStart = start
    let limit = maximumLineBytes
    while let newline = ByteScan.first(0x0A, in: chunk, from: lineStart) {
      var end = newline
      if end > lineStart && chunk[end - 1] == 0x0D { end -= 1 }
      if end - lineStart > limit {
        // Overlong even though it fits in the chunk: the lines before it, then it alone.
        try flush(chunk, first: first, body)
        try deliverOverlong(bytes: end - lineStart, offset: streamOffset + lineStart, body)
        first = nextLineNumber
      } else {
        ranges.append(lineStart..<end)
        nextLineNumber += 1
      }
      lineStart = newline + 1
    }
    try flush(chunk, first: first, body)
    if lineStart < count {
      inLine = true
      pendingOffset = streamOffset + lineStart
      carry(UnsafeBufferPointer(rebasing: chunk[lineStart..<count]))
    }
  }

  /// Delivers the last line when the input does not end with a newline.
  package mutating func finish(_ body: (LineBatch) throws -> Void) rethrows {
    if inLine { try deliverCarried(body) }
  }

  /// The lines collected in `ranges` (numbered from `first`) as one batch.
  private mutating func flush(
    _ chunk: UnsafeBufferPointer<UInt8>, first: Int,
    _ body: (LineBatch) throws -> Void
  ) rethrows {
    guard !ranges.isEmpty else { return }
    if first == 1 { stripByteOrderMark(&ranges[0], in: chunk) }
    let offset = streamOffset
    try ranges.withUnsafeBufferPointer { lines in
      try body(LineBatch(bytes: chunk, lines: lines, firstLineNumber: first, byteOffset: offset, overlongBytes: 0))
    }
    ranges.removeAll(keepingCapacity: true)
  }

  /// Adds bytes to the carried line, switching to counting once it is certainly overlong.
  private mutating func carry(_ bytes: UnsafeBufferPointer<UInt8>) {
    inLine = true
    guard !bytes.isEmpty else { return }
    if !skipping && pending.count + bytes.count > maximumLineBytes + 1 {
      // More than the limit even if the line ends with "\r\n": stop keeping it.
      skipping = true
      skippedBytes = pending.count
      pending.removeAll(keepingCapacity: true)
    }
    if skipping {
      skippedBytes += bytes.count
      lastSkippedByte = bytes[bytes.count - 1]
    } else {
      pending.append(contentsOf: bytes)
    }
  }

  private mutating func deliverCarried(_ body: (LineBatch) throws -> Void) rethrows {
    inLine = false
    if skipping {
      skipping = false
      let length = skippedBytes - (lastSkippedByte == 0x0D ? 1 : 0)
      skippedBytes = 0
      try deliverOverlong(bytes: length, offset: pendingOffset, body)
      return
    }
    var range = 0..<pending.count
    if pending.last == 0x0D { range = 0..<(pending.count - 1) }
    if range.count > maximumLineBytes {
      pending.removeAll(keepingCapacity: true)
      try deliverOverlong(bytes: range.count, offset: pendingOffset, body)
      return
    }
    let number = nextLineNumber
    nextLineNumber += 1
    let offset = pendingOffset
    try pending.withUnsafeBufferPointer { bytes in
      if number == 1 { stripByteOrderMark(&range, in: bytes) }
      try withUnsafePointer(to: range) { line in
        try body(
          LineBatch(
            bytes: bytes, lines: UnsafeBufferPointer(start: line, count: 1), firstLineNumber: number,
            byteOffset: offset, overlongBytes: 0))
      }
    }
    pending.removeAll(keepingCapacity: true)
  }

  private mutating func deliverOverlong(bytes length: Int, offset: Int, _ body: (LineBatch) throws -> Void) rethrows {
    let number = nextLineNumber
    nextLineNumber += 1
    let empty = 0..<0
    try withUnsafePointer(to: empty) { line in
      try body(
        LineBatch(
          bytes: UnsafeBufferPointer(start: nil, count: 0), lines: UnsafeBufferPointer(start: line, count: 1),
          firstLineNumber: number, byteOffset: offset, overlongBytes: max(1, length)))
    }
  }

  /// A UTF-8 byte-order mark at the very start of the input is not data.
  private func stripByteOrderMark(_ range: inout Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
    guard range.count >= 3 else { return }
    let start = range.lowerBound
    if bytes[start] == 0xEF && bytes[start + 1] == 0xBB && bytes[start + 2] == 0xBF {
      range = (start + 3)..<range.upperBound
    }
  }
}

/// Complete lines handed out by ``LineReader``: ranges of `bytes`, valid only during the call.
package struct LineBatch {
  /// The bytes the ranges index (a chunk, or the carried line).
  package let bytes: UnsafeBufferPointer<UInt8>
  /// Each line's content: no `\n`, no final `\r`, no leading byte-order mark.
  package let lines: UnsafeBufferPointer<Range<Int>>
  /// The number of `lines[0]` (1-based); the others follow without gaps.
  package let firstLineNumber: Int
  /// The stream offset of `bytes[0]`.
  package let byteOffset: Int
  /// Non-zero when the batch is one overlong line, whose length this is (its bytes were
  /// dropped; `lines` holds one empty range).
  package let overlongBytes: Int

  /// Whether the batch is one line longer than the limit.
  package var isOverlong: Bool { overlongBytes > 0 }

  /// The line's number in the input.
  @inline(__always) package func lineNumber(_ index: Int) -> Int { firstLineNumber + index }

  /// Where the line's content starts in the stream.
  @inline(__always) package func offset(_ index: Int) -> Int { byteOffset + lines[index].lowerBound }

  /// The line's content.
  @inline(__always) package subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[lines[index]])
  }
}

extension PomocError.Code {
  /// A record (a line of CSV or JSONL input) is longer than the reader's limit (1 MiB by
  /// default, `pomoc … --max-record-bytes N`): its bytes were skipped, not read.
  public static let recordTooLong = PomocError.Code(rawValue: "record_too_long")
}

extension PomocError {
  /// The error of a line of `length` bytes, over the `limit`.
  package static func recordTooLong(length: Int, limit: Int) -> PomocError {
    PomocError(
      .recordTooLong, message: "the line has \(length) bytes, more than the limit of \(limit) (--max-record-bytes)")
  }
}
