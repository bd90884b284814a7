import Pomoc
import PomocFormats
import PomocTestSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The family benefits (issue 13): families per second in memory (``FamilyEvaluator``) and end
/// to end (`pomoc family FILE`, JSON lines in and out). The "households/s" column reads
/// "families/s" for these rows.
extension BenchmarkSuite {
  mutating func addFamilyBenchmarks(size: Int, threads: Int, withCLI: Bool, directory: String) async {
    let families = SyntheticFamilies(count: size).compactMap { try? FamilyJSON.parse(line: $0).family.get() }
    await measure("FamilyEvaluator.decide (families, in memory)", size: families.count, threads: 1) {
      var entitled = 0
      for family in families {
        if let decision = try? FamilyEvaluator.decide(family), decision[.familyAllowance]?.decision?.entitled == true {
          entitled += 1
        }
      }
      blackHole(entitled)
    }
    let parts = max(1, threads)
    await measure("FamilyEvaluator.decide (families, in memory, task group)", size: families.count, threads: parts) {
      let per = (families.count + parts - 1) / parts
      let total = await withTaskGroup(of: Int.self) { group in
        for part in 0..<parts {
          let slice = families[min(families.count, part * per)..<min(families.count, (part + 1) * per)]
          group.addTask {
            var count = 0
            for family in slice where (try? FamilyEvaluator.decide(family)) != nil { count += 1 }
            return count
          }
        }
        return await group.reduce(0, +)
      }
      blackHole(total)
    }
    #if os(Linux)
    guard withCLI, let tool = Self.pomocExecutable else { return }
    let path = "\(directory)/families-\(size).jsonl"
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { return }
    var out: [UInt8] = []
    for line in SyntheticFamilies(count: size) {
      out.append(contentsOf: line.utf8)
      out.append(0x0A)
      if out.count >= 1 << 20 {
        Output.write(out, to: descriptor)
        out.removeAll(keepingCapacity: true)
      }
    }
    Output.write(out, to: descriptor)
    close(descriptor)
    measureTool(
      tool, ["family", "--threads", String(threads), path], title: "pomoc family (JSONL → JSONL, end to end)",
      size: size, threads: threads)
    unlink(path)
    #endif
  }
}
