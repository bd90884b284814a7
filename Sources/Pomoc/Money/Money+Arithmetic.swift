// Operators on amounts. They throw instead of trapping (see the note on `+` below).

extension Money {
  /// The sum of two amounts: `let total = try income + alimony`.
  ///
  /// **Why `+` throws.** Amounts are exact `Int64` counts of grosze and the library never
  /// traps, so a sum outside the range must be reported. The standard library's
  /// `AdditiveArithmetic` requires a non-throwing `+`, which would leave only a trap, a
  /// silently wrapped or saturated (wrong) amount, or a poison value that every comparison
  /// and the bulk evaluator would have to check. `Money` therefore does *not* conform to
  /// `AdditiveArithmetic`; its operators throw ``PomocError`` with code
  /// `arithmetic_overflow`, which `try` makes visible at the call site. They compose with
  /// rethrowing APIs: `try amounts.reduce(.zero, +)`.
  @inlinable public static func + (lhs: Money, rhs: Money) throws -> Money {
    try lhs.adding(rhs)
  }

  /// The difference of two amounts: `let rest = try cost - paid`; throws ``PomocError``
  /// (`arithmetic_overflow`) instead of trapping when the result does not fit.
  @inlinable public static func - (lhs: Money, rhs: Money) throws -> Money {
    try lhs.subtracting(rhs)
  }

  /// The opposite amount: `try -refund`. Throws ``PomocError`` (`arithmetic_overflow`) for
  /// `Money(grosze: .min)`, the one amount whose opposite does not fit in `Int64`.
  /// (A negative literal such as `-5` is a literal, not this operator, and needs no `try`.)
  @inlinable public static prefix func - (operand: Money) throws -> Money {
    try Money.zero.subtracting(operand)
  }

  /// Adds an amount in place: `try total += fee`. On overflow `lhs` is left unchanged and
  /// ``PomocError`` (`arithmetic_overflow`) is thrown.
  @inlinable public static func += (lhs: inout Money, rhs: Money) throws {
    lhs = try lhs.adding(rhs)
  }

  /// Subtracts an amount in place: `try remaining -= paid`. On overflow `lhs` is left
  /// unchanged and ``PomocError`` (`arithmetic_overflow`) is thrown.
  @inlinable public static func -= (lhs: inout Money, rhs: Money) throws {
    lhs = try lhs.subtracting(rhs)
  }
}
