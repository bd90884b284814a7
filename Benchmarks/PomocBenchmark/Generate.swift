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
}
