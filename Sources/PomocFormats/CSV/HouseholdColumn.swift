import Pomoc

/// The input columns of `pomoc evaluate` (Documentation/BatchTool.md), in contract order.
package enum HouseholdColumn: Int, CaseIterable, Hashable, Sendable {
  case id, date, persons, income, alimonyPaid, farmHectares, municipality
  case applicantAge, applicantSex, applicantDisability, applicantIncome, reasons
  case careKind, careHours, careHourlyCost

  /// The column name in CSV headers and JSONL keys.
  package var name: String {
    switch self {
    case .id: return "id"
    case .date: return "date"
    case .persons: return "persons"
    case .income: return "income"
    case .alimonyPaid: return "alimony_paid"
    case .farmHectares: return "farm_ha"
    case .municipality: return "municipality"
    case .applicantAge: return "applicant_age"
    case .applicantSex: return "applicant_sex"
    case .applicantDisability: return "applicant_disability"
    case .applicantIncome: return "applicant_income"
    case .reasons: return "reasons"
    case .careKind: return "care_kind"
    case .careHours: return "care_hours"
    case .careHourlyCost: return "care_hourly_cost"
    }
  }

  /// Whether the column must be present in the header (and non-empty in each record).
  package var isRequired: Bool {
    switch self {
    case .id, .date, .persons, .income: return true
    default: return false
    }
  }

  /// Looks a column up by its exact name.
  package init?<C: Collection>(name: C) where C.Element == UInt8 {
    for column in HouseholdColumn.allCases where column.name.utf8.elementsEqual(name) {
      self = column
      return
    }
    return nil
  }
}

/// The output columns of `pomoc evaluate`, in contract order.
package enum ResultColumn: Int, RowColumn, Sendable {
  case id, criterion, incomePerPerson, withinCriterion, cashEligible, periodicMin, periodicDifference
  case permanent, targetedThreshold, targetedEligible, mealEligible, careFeePercent, careFee, error

  package var name: String {
    switch self {
    case .id: return "id"
    case .criterion: return "criterion"
    case .incomePerPerson: return "income_per_person"
    case .withinCriterion: return "within_criterion"
    case .cashEligible: return "cash_eligible"
    case .periodicMin: return "periodic_min"
    case .periodicDifference: return "periodic_difference"
    case .permanent: return "permanent"
    case .targetedThreshold: return "targeted_threshold"
    case .targetedEligible: return "targeted_eligible"
    case .mealEligible: return "meal_eligible"
    case .careFeePercent: return "care_fee_percent"
    case .careFee: return "care_fee"
    case .error: return "error"
    }
  }
  /// `"name":"` of each column, for JSONL.
  package static let jsonKeys = makeJSONKeys()
}
