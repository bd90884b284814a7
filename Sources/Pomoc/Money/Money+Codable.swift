// Codable forms of the exact quantities: decimal strings, never JSON numbers (a JSON number
// would pass through `Double` in most decoders and lose the exact value).

extension Money: Codable {
  /// Decodes an amount from its two-decimal złoty string (`"1069.90"`; `"1069.9"` and
  /// `"776"` are accepted too). Any amount that encoding writes is read back, negative and
  /// beyond ``inputLimit`` included; more than two decimals, a JSON number or any other
  /// text is a `DecodingError`. (Input limits are checked where input is read, not here.)
  public init(from decoder: any Decoder) throws {
    self.init(grosze: try DecimalText.decode(from: decoder, fractionDigits: 2, what: "an amount in złoty"))
  }

  /// Encodes the amount as its ``description``: a string with exactly two decimals, `"1069.90"`.
  public func encode(to encoder: any Encoder) throws {
    try DecimalText.encode(grosze, fractionDigits: 2, to: encoder)
  }
}

extension Rate: Codable {
  /// Decodes a rate from its percent string with at most two decimals (`"150.00"`, `"1.5"`);
  /// anything else is a `DecodingError`.
  public init(from decoder: any Decoder) throws {
    self.init(basisPoints: try DecimalText.decode(from: decoder, fractionDigits: 2, what: "a percentage"))
  }

  /// Encodes the rate as its ``description``: percent with exactly two decimals, `"150.00"`.
  public func encode(to encoder: any Encoder) throws {
    try DecimalText.encode(basisPoints, fractionDigits: 2, to: encoder)
  }
}

extension ExactAmount: Codable {
  /// Decodes an exact amount from its złoty string with at most six decimals
  /// (`"1028.200000"`); anything else is a `DecodingError`.
  public init(from decoder: any Decoder) throws {
    self.init(units: try DecimalText.decode(from: decoder, fractionDigits: 6, what: "an exact amount in złoty"))
  }

  /// Encodes the amount as its ``description``: złoty with exactly six decimals.
  public func encode(to encoder: any Encoder) throws {
    try DecimalText.encode(units, fractionDigits: 6, to: encoder)
  }
}
