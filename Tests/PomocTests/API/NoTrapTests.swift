import Testing

@testable import Pomoc

@Suite("No trap on any value of the public API")
struct NoTrapTests {
  @Test("A report counts error rows with any number of persons without trapping")
  func reportWithAbsurdPersons() {
    var report = PopulationReport()
    let request = EvaluationRequest(date: d("2025-03-01"), persons: .max, income: .zero)
    let outcome = Result { try evaluate(request) }.mapError { PomocError(wrapping: $0) }
    #expect((try? outcome.get()) == nil)   // invalid_field:persons
    report.add(request, outcome)
    report.add(request, outcome)
    #expect(report.total.households == 2)
    #expect(report.total.errors == 2)
  }

  @Test("Whole full-time equivalents: an Int32 always fits, a wider value that does not is nil")
  func wholeFTE() {
    // Int32.max × 10 000 = 21 474 836 470 000 < Int64.max.
    #expect(FullTimeEquivalent(whole: .max).tenThousandths == 21_474_836_470_000)
    #expect(FullTimeEquivalent(whole: .min).tenThousandths == -21_474_836_480_000)
    #expect(FullTimeEquivalent(exactlyWhole: 922_337_203_685_477) != nil)   // × 10 000 fits
    #expect(FullTimeEquivalent(exactlyWhole: 922_337_203_685_478) == nil)   // × 10 000 > Int64.max
  }
}
