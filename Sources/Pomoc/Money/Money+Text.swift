// Writing amounts in source code and reading them from text.

extension Money: ExpressibleByIntegerLiteral {
  /// Whole *złoty*: `let criterion: Money = 776` is 776.00 zł (77 600 gr).
  ///
  /// The literal type is `Int32`, so a literal too large is a compile-time error and any
  /// literal that compiles fits in grosze: `Int32.max × 100 < Int64.max`. No trap is possible.
  public typealias IntegerLiteralType = Int32

  /// Creates an amount of whole złoty from an integer literal (see ``init(zloty:)``).
  @inlinable public init(integerLiteral value: Int32) { self.init(zloty: value) }
}

/// `Money(text)` is the nil-returning parser of input amounts (see ``Money/init(_:)``); the text
/// it reads back is exactly ``Money/description``, for every amount an input can hold
/// (`0.00 … 1000000000.00`). Negative amounts and amounts above ``Money/inputLimit`` occur only
/// as results: they print, but this initializer rejects them as input. To store and read back
/// *any* amount, use `Codable`.
extension Money: LosslessStringConvertible {}

extension Money {
  /// Parses an input amount in złoty with at most two decimals (`"776"`, `"1069.9"`,
  /// `"1069.90"`), or throws ``PomocError`` with code `invalid_field` naming `field`
  /// (`invalid_field:amount` by default) for negative, malformed, 3-decimal or
  /// over-limit text (the same rules as ``init(_:)``).
  public init(parsing text: String, field: String = "amount") throws {
    guard let value = Money(text) else {
      throw PomocError.invalid(field, "expected zł ≥ 0 with at most 2 decimals, at most \(Money.inputLimit)")
    }
    self = value
  }
}
