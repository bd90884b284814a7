import Pomoc

/// Splits one CSV line (RFC 4180 quoting, comma separator) into fields.
///
/// Records are lines: a quoted field may hold commas and doubled quotes (`""`) but
/// not a line break, so one input line always yields exactly one output record and
/// an unclosed quote cannot swallow the rest of a file.
package enum CSVLine {
  /// Why a line could not be split.
  package enum Problem: Hashable, Sendable {
    case strayQuote(field: Int)
    case textAfterClosingQuote(field: Int)
    case unterminatedQuote(field: Int)

    package var message: String {
      switch self {
      case .strayQuote(let f): return "stray quote in field \(f + 1)"
      case .textAfterClosingQuote(let f): return "text after a closing quote in field \(f + 1)"
      case .unterminatedQuote(let f): return "unterminated quote in field \(f + 1)"
      }
    }
  }

  /// Splits `line` (no line terminator) into `fields`: unescaped bytes go to
  /// `fields.bytes`, one range per field. Reuses the buffers (no allocation once warm).
  /// Returns the first problem found; the fields are then best-effort.
  @discardableResult
  package static func split(_ line: UnsafeBufferPointer<UInt8>, into fields: inout SplitFields) -> Problem? {
    fields.removeAll()
    var problem: Problem?
    var index = 0
    let count = line.count
    let quote = UInt8(ascii: "\"")
    let comma = UInt8(ascii: ",")
    while true {
      let start = fields.bytes.count
      if index < count && line[index] == quote {
        index += 1
        var closed = false
        while index < count {
          let byte = line[index]
          if byte == quote {
            if index + 1 < count && line[index + 1] == quote {
              fields.bytes.append(quote)
              index += 2
              continue
            }
            index += 1
            closed = true
            break
          }
          fields.bytes.append(byte)
          index += 1
        }
        if !closed, problem == nil { problem = .unterminatedQuote(field: fields.ranges.count) }
        if index < count && line[index] != comma {
          if problem == nil { problem = .textAfterClosingQuote(field: fields.ranges.count) }
          while index < count && line[index] != comma { fields.bytes.append(line[index]); index += 1 }
        }
      } else {
        while index < count {
          let byte = line[index]
          if byte == comma { break }
          if byte == quote, problem == nil { problem = .strayQuote(field: fields.ranges.count) }
          fields.bytes.append(byte)
          index += 1
        }
      }
      fields.ranges.append(start..<fields.bytes.count)
      if index < count && line[index] == comma {
        index += 1
        continue
      }
      break
    }
    return problem
  }
}

/// Reusable storage for the fields of one line.
package struct SplitFields {
  package var bytes: [UInt8] = []
  package var ranges: [Range<Int>] = []
  package init() {
    bytes.reserveCapacity(256)
    ranges.reserveCapacity(16)
  }
  package mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
    ranges.removeAll(keepingCapacity: true)
  }
  package var count: Int { ranges.count }
  package subscript(index: Int) -> ArraySlice<UInt8> { bytes[ranges[index]] }
  package func string(_ index: Int) -> String { String(decoding: self[index], as: UTF8.self) }
}
