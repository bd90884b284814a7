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

  @Test("Time left: time so far × bytes still to read / bytes read, exact in 128 bits")
  func scaled() {
    // 4 s so far, 300 of 400 bytes still to read after 100: 4·10^9 ns × 300 / 100 = 12·10^9 ns.
    #expect(ProgressMeter.scaled(4_000_000_000, times: 300, over: 100) == 12_000_000_000)
    // Int.max × Int.max (about 8.5·10^37, far past 64 bits) / 1: capped, never a trap.
    #expect(ProgressMeter.scaled(Int.max, times: Int.max, over: 1) == 9_000_000_000_000_000_000)
    // A product past 64 bits whose quotient fits: (2^62 × 2^10) / 2^20 = 2^52.
    #expect(ProgressMeter.scaled(1 << 62, times: 1 << 10, over: 1 << 20) == 1 << 52)
  }
}
