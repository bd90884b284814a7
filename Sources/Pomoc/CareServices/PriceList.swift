/// Prices of care services stated by a centre per year (*koszt godziny / doby usługi*).
///
/// Sopot's report for 2023 (MOPS Sopot, Tab. 9) states some years with two or three prices
/// ("32,00 / 38,00") without saying which applied when; such a year yields every stated
/// price, and a caller must choose one (`variant`), never the library.
/// Encoded (`Codable`) with the property names as keys.
public struct PriceList: Hashable, Sendable, Codable {
  /// The list's id, e.g. `sopot-home-care`.
  public var id: String
  /// The service priced, in Polish (*usługi opiekuńcze w miejscu zamieszkania*).
  public var service: String
  /// `hour` or `day`.
  public var unit: String
  /// Year → stated prices, in the report's order.
  public var prices: [Int: [Money]]
  /// Where the prices are stated (the centre's report and its table).
  public var source: String

  /// Creates a price list.
  public init(id: String, service: String, unit: String, prices: [Int: [Money]], source: String) {
    self.id = id
    self.service = service
    self.unit = unit
    self.prices = prices
    self.source = source
  }

  /// The price in `year`; `variant` picks one of several stated prices (0-based).
  ///
  /// - Throws: `parameter_not_encoded` for a year not listed, or several prices and no variant;
  ///   `invalid_field:variant` for a variant that does not exist.
  public func price(year: Int, variant: Int? = nil) throws -> Money {
    guard let stated = prices[year], !stated.isEmpty else {
      throw PomocError(.parameterNotEncoded, field: "price_list", message: "\(id) states no price for \(year)")
    }
    if let variant {
      guard stated.indices.contains(variant) else {
        throw PomocError.invalid("variant", "\(id) states \(stated.count) price(s) for \(year)")
      }
      return stated[variant]
    }
    guard stated.count == 1 else {
      throw PomocError(
        .parameterNotEncoded, field: "price_list",
        message:
          "\(id) states several prices for \(year) (\(stated.map(\.description).joined(separator: ", "))); choose a variant"
      )
    }
    return stated[0]
  }
}

extension PriceList {
  private static func zl(_ texts: String...) -> [Money] { texts.map { Money($0)! } }
  private static let sopotSource = "MOPS Sopot, Sprawozdanie z działalności za 2023 r., Tab. 9"

  /// *Usługi opiekuńcze w miejscu zamieszkania*, Sopot, zł per hour.
  public static let sopotHomeCare = PriceList(
    id: "sopot-home-care", service: "usługi opiekuńcze w miejscu zamieszkania", unit: "hour",
    prices: [2020: zl("23.43", "29.00"), 2021: zl("29.00"), 2022: zl("32.00"), 2023: zl("32.00", "38.00")],
    source: sopotSource)

  /// *Gminne specjalistyczne usługi opiekuńcze*, Sopot, zł per hour.
  public static let sopotSpecialistCare = PriceList(
    id: "sopot-specialist-care", service: "gminne specjalistyczne usługi opiekuńcze", unit: "hour",
    prices: [2020: zl("115.00"), 2021: zl("115.00"), 2022: zl("115.00"), 2023: zl("115.00")], source: sopotSource)

  /// *Specjalistyczne usługi w ośrodkach wsparcia*, Sopot, zł per day.
  public static let sopotSupportCentreServices = PriceList(
    id: "sopot-support-centre-services", service: "specjalistyczne usługi w ośrodkach wsparcia", unit: "day",
    prices: [
      2020: zl("50.80", "51.97", "55.00"), 2021: zl("75.00"), 2022: zl("75.00", "85.00"), 2023: zl("85.00", "95.00"),
    ],
    source: sopotSource)

  /// *Specjalistyczne usługi opiekuńcze dla osób z zaburzeniami psychicznymi*, Sopot, zł per hour.
  public static let sopotMentalCare = PriceList(
    id: "sopot-mental-care", service: "specjalistyczne usługi dla osób z zaburzeniami psychicznymi", unit: "hour",
    prices: [2020: zl("35.00"), 2021: zl("38.00"), 2022: zl("37.50"), 2023: zl("37.00")], source: sopotSource)

  /// The bundled price lists by id.
  public static let bundled: [String: PriceList] = Dictionary(
    uniqueKeysWithValues: [sopotHomeCare, sopotSpecialistCare, sopotSupportCentreServices, sopotMentalCare].map {
      ($0.id, $0)
    })
}
