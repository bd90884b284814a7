import Pomoc
import PomocFormats

/// A minimal argument reader: `--name value`, `--flag`, positionals. Unknown options
/// are a usage error (exit 64), never ignored.
struct Arguments {
  private var remaining: [String]

  init(_ arguments: [String]) { remaining = arguments }

  /// Removes and returns the value of `--name VALUE` (or `--name=VALUE`).
  mutating func option(_ name: String) throws -> String? {
    for (index, argument) in remaining.enumerated() {
      if argument == name {
        guard index + 1 < remaining.count else { throw CommandFailure.usage("\(name) needs a value") }
        let value = remaining[index + 1]
        remaining.removeSubrange(index...(index + 1))
        return value
      }
      if argument.hasPrefix(name + "=") {
        remaining.remove(at: index)
        return String(argument.dropFirst(name.count + 1))
      }
    }
    return nil
  }

  /// Removes `--name` and says whether it was there.
  mutating func flag(_ name: String) -> Bool {
    guard let index = remaining.firstIndex(of: name) else { return false }
    remaining.remove(at: index)
    return true
  }

  /// The positional arguments left; any leftover `--option` is a usage error.
  mutating func positionals(max: Int) throws -> [String] {
    if let unknown = remaining.first(where: { $0.hasPrefix("--") || ($0.hasPrefix("-") && $0 != "-") }) {
      throw CommandFailure.usage("unknown option '\(unknown)'")
    }
    guard remaining.count <= max else { throw CommandFailure.usage("unexpected argument '\(remaining[max])'") }
    defer { remaining = [] }
    return remaining
  }
}
