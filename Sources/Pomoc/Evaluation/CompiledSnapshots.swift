/// The parameter snapshots of a ``ParameterTable`` in one block of memory, with a month index,
/// for the hot path of ``Evaluator``.
///
/// Finding the snapshot of a date is one table read: for each calendar month between the
/// first and last supported day, the index of the snapshot in force on its first day, or -1
/// when a snapshot begins inside the month (then the few start dates are scanned). The
/// result is always the same as ``ParameterTable/snapshotIndex(on:)``; dates outside the
/// supported range give -1 so that the caller asks the table for the precise error.
///
/// A class so that the evaluator reads it through one reference, without copying and without
/// a closure (a closure would capture, and so copy, the household's request).
final class CompiledSnapshots: @unchecked Sendable {   // immutable after init
  /// The snapshots, in order of start date.
  let base: UnsafeMutablePointer<ParameterSnapshot>
  let count: Int
  /// `base[i].from.key`.
  private let starts: UnsafeMutablePointer<Int32>
  private let first: Int32
  private let last: Int32
  /// year × 12 + month − 1 of `first`.
  private let firstMonth: Int32
  /// Per month from `firstMonth`: the snapshot in force on its first day, or -1.
  private let months: UnsafeMutablePointer<Int16>
  private let monthCount: Int

  /// The longest month index kept (about 8 000 years); longer tables are searched.
  private static let maximumMonths = 100_000

  init(_ table: ParameterTable) {
    let snapshots = table.snapshots
    count = snapshots.count
    base = .allocate(capacity: max(count, 1))
    base.initialize(from: snapshots, count: count)
    starts = .allocate(capacity: max(count, 1))
    for (index, snapshot) in snapshots.enumerated() { starts[index] = snapshot.from.key }
    first = table.firstSupportedDate.key
    last = table.lawKnownThrough.key
    firstMonth = Self.month(of: first)
    let span = Int(Self.month(of: last) - firstMonth) + 1
    monthCount = span > 0 && span <= Self.maximumMonths && count <= Int(Int16.max) ? span : 0
    months = .allocate(capacity: max(monthCount, 1))
    for offset in 0..<monthCount {
      let month = firstMonth + Int32(offset)
      let firstDay = (month / 12) * 10_000 + (month % 12 + 1) * 100 + 1
      // A snapshot starting after the first day of this month: the month needs a scan.
      let splits = snapshots.contains { Self.month(of: $0.from.key) == month && $0.from.key > firstDay }
      var inForce = -1
      for index in 0..<count where starts[index] <= firstDay { inForce = index }
      months[offset] = splits || inForce < 0 ? -1 : Int16(inForce)
    }
  }

  deinit {
    base.deinitialize(count: count).deallocate()
    starts.deallocate()
    months.deallocate()
  }

  @inline(__always)
  private static func month(of key: Int32) -> Int32 { (key / 10_000) * 12 + (key / 100 % 100) - 1 }

  /// The index of the snapshot in force on `date`, or -1 outside the supported days.
  @inline(__always)
  func index(on date: CivilDate) -> Int {
    let key = date.key
    guard key >= first && key <= last else { return -1 }
    let offset = Int(Self.month(of: key) - firstMonth)
    if offset < monthCount {
      let found = Int(months[offset])
      if found >= 0 { return found }
    }
    var index = count - 1
    while index > 0 && starts[index] > key { index -= 1 }
    return index
  }
}
