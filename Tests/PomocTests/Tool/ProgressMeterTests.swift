import Testing

@testable import PomocCLI

@Suite("Progress on stderr")
struct ProgressMeterTests {
  @Test("The rate is records per second, rounded down")
  func rate() {
    // 320 records in 3 ms: 320 / 0.003 = 106 666.6… → 106 666.
    #expect(ProgressMeter.rate(320, 3_000_000) == 106_666)
    // 10^6 records in 1 s exactly.
    #expect(ProgressMeter.rate(1_000_000, 1_000_000_000) == 1_000_000)
    #expect(ProgressMeter.rate(0, 1) == 0)
  }

  @Test("No count overflows the rate: it is capped, never a trap")
  func rateCapped() {
    // Int.max records in 1 ns would be 9.2·10^27 records/s as an integer product.
    #expect(ProgressMeter.rate(Int.max, 1) == 9_000_000_000_000_000_000)
    #expect(ProgressMeter.rate(10_000_000_000, 1) == 9_000_000_000_000_000_000)
  }
}
