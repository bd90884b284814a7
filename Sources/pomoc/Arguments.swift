import Pomoc
import PomocFormats

/// A minimal argument reader: `--name value` (or `--name=value`), `--flag`, positionals.
/// Unknown options are a usage error (exit 64), never ignored. `--` ends the options:
/// everything after it is a positional, even when it starts with `-` (a file named `-x.csv`).
struct Arguments {
  /// Arguments before `--`: options and positionals.
  private var remaining: [String]
  /// Arguments after `--`: positionals only.
  private var operands: [String]

  init(_ arguments: [String]) {
    if let end = arguments.firstIndex(of: "--") {
      remaining = Array(arguments[..<end])
      operands = Array(arguments[(end + 1)...])
    } else {
      remaining = arguments
      operands = []
    }
  }

  /// Whether `--help` or `-h` comes before any `--`.
  var wantsHelp: Bool { remaining.contains("--help") || remaining.contains("-h") }

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

  /// Removes a leading subcommand word (`pomoc family explain …`) and says whether it was there.
  mutating func subcommand(_ name: String) -> Bool {
    guard remaining.first == name else { return false }
    remaining.removeFirst()
    return true
  }

  /// Removes `--name` and says whether it was there.
  mutating func flag(_ name: String) -> Bool {
    guard let index = remaining.firstIndex(of: name) else { return false }
    remaining.remove(at: index)
    return true
  }

  /// The positional arguments left (those after `--` included); any leftover option before
  /// `--` is a usage error.
  mutating func positionals(max: Int) throws -> [String] {
    if let unknown = remaining.first(where: { $0.hasPrefix("--") || ($0.hasPrefix("-") && $0 != "-") }) {
      throw CommandFailure.usage("unknown option '\(EchoedText.cut(unknown))'")
    }
    let all = remaining + operands
    guard all.count <= max else { throw CommandFailure.usage("unexpected argument '\(EchoedText.cut(all[max]))'") }
    defer {
      remaining = []
      operands = []
    }
    return all
  }
}
