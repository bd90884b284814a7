import Foundation
import Testing

@testable import Pomoc
@testable import PomocFormats

/// Guards that the worked examples of Documentation/FamilyBenefits.md are the tool's real output:
/// each documented input is a line of Examples/families.jsonl, and each documented output block
/// shows what `pomoc family` prints for its input (top-level keys left out as `…` aside; a benefit
/// object shown is the whole object, exactly).
@Suite("Family documentation: the worked examples")
struct FamilyDocumentationTests {
  /// One documented output block, the input block before it (`nil` when the document names the
  /// line of Examples/families.jsonl only in prose) and the heading of its subsection.
  struct Example: Sendable, CustomTestStringConvertible {
    var heading: String
    var input: String?
    var output: String
    var testDescription: String {
      let id = (try? JSONParser.parse(output))?["id"]?.scalarText ?? "?"
      return "\(heading): \(id)"
    }
  }

  /// The text of the file at `path` in the package, or `""` (then the tests fail).
  static func text(_ path: String) -> String {
    (try? String(contentsOf: CLI.packageRoot.appendingPathComponent(path), encoding: .utf8)) ?? ""
  }

  static let document = text("Documentation/FamilyBenefits.md")
  static let jsonlLines = text("Examples/families.jsonl").split(separator: "\n").map(String.init)

  /// The json blocks of "## Worked examples, one per benefit", paired in order: an input block has
  /// "date" and "members"; the next block without "members" is its output.
  static let examples: [Example] = {
    guard let start = document.range(of: "\n## Worked examples, one per benefit\n") else { return [] }
    let section = document[start.upperBound...].components(separatedBy: "\n## ")[0]
    var examples: [Example] = []
    var heading = ""
    var input: String?
    var block: [String]?
    for line in section.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("### ") {
        heading = String(line.dropFirst(4))
      } else if line == "```json" {
        block = []
      } else if line == "```", let lines = block {
        block = nil
        let text = withoutEllipses(lines)
        let value = try? JSONParser.parse(text)
        if value?["date"] != nil && value?["members"] != nil {
          input = text
        } else {
          examples.append(Example(heading: heading, input: input, output: text))
          input = nil
        }
      } else if block != nil {
        block?.append(line)
      }
    }
    return examples
  }()

  /// The block without its lines of only `…` and the commas they leave at the end of the line before.
  static func withoutEllipses(_ lines: [String]) -> String {
    var kept: [String] = []
    for line in lines {
      if line.trimmingCharacters(in: .whitespaces) == "…" {
        if let last = kept.last, last.hasSuffix(",") { kept[kept.count - 1] = String(last.dropLast()) }
      } else {
        kept.append(line)
      }
    }
    return kept.joined(separator: "\n")
  }

  @Test("every subsection has its examples")
  func found() {
    #expect(Self.examples.count >= 25)
    #expect(Set(Self.examples.map(\.heading)).count == 25)
  }

  @Test("the documented output is what the tool prints for the documented input", arguments: examples)
  func documentedOutput(_ example: Example) throws {
    let shown = try JSONParser.parse(example.output)
    let id = shown["id"]?.scalarText ?? "?"
    let lines = try Self.jsonlLines.map { try JSONParser.parse($0) }
    let input: String
    if let documented = example.input {
      input = documented
      #expect(
        lines.contains(try JSONParser.parse(documented)),
        "\(example.heading): the input `\(id)` is not a line of Examples/families.jsonl")
    } else {
      let line = Self.jsonlLines.first { (try? JSONParser.parse($0))?["id"]?.scalarText == id }
      input = try #require(line, "\(example.heading): no line `\(id)` in Examples/families.jsonl")
    }
    let family = try FamilyJSON.parse(line: input).family.get()
    let printed = FamilyOutput.line(try FamilyEvaluator.decide(family))
    let actual = try JSONParser.parse(printed)
    guard case .object(let members) = shown else {
      Issue.record("\(example.heading): the output block is not a JSON object")
      return
    }
    for (key, value) in members where actual[key] != value {
      Issue.record(
        """
        \(example.heading): `\(key)` of `\(id)` is documented as
          \(JSONWriter.string(value))
        but the tool prints
          \(actual[key].map(JSONWriter.string) ?? "no such key")
        """)
    }
  }
}
