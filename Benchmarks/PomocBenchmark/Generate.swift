import Pomoc
import PomocTestSupport

/// `pomoc-benchmark generate COUNT [SEED]`: a synthetic population as CSV on stdout.
enum Generate {
  static func run(count: Int, seed: UInt64) {
    var out = HouseholdRecordWriter.csvHeader
    out.reserveCapacity(1 << 20)
    for (id, request) in SyntheticPopulation(count: count, seed: seed) {
      HouseholdRecordWriter.appendCSV(id: id, request, to: &out)
      if out.count >= 1 << 20 {
        Output.write(out)
        out.removeAll(keepingCapacity: true)
      }
    }
    Output.write(out)
  }

  /// `pomoc-benchmark generate-families COUNT [SEED]`: synthetic families as JSON lines on stdout.
  static func families(count: Int, seed: UInt64) {
    var out: [UInt8] = []
    out.reserveCapacity(1 << 20)
    for line in SyntheticFamilies(count: count, seed: seed) {
      out.append(contentsOf: line.utf8)
      out.append(0x0A)
      if out.count >= 1 << 20 {
        Output.write(out)
        out.removeAll(keepingCapacity: true)
      }
    }
    Output.write(out)
  }
}
