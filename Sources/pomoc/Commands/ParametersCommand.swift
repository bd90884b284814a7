import Pomoc
import PomocFormats

/// `pomoc parameters --date D [--json]` and `pomoc parameters --export`.
enum ParametersCommand {
  static let usage = """
    pomoc parameters --date YYYY-MM-DD [--json]
      Lists the national parameters in force on the date, with act, legal basis and source.
    pomoc parameters --export
      Prints the whole dated table as JSON (the format --parameters FILE accepts).
    """

  static func run(_ arguments: inout Arguments) throws -> Int32 {
    let evaluator = try LawOptions.evaluator(&arguments)
    let table = evaluator.parameters
    if arguments.flag("--export") {
      _ = try arguments.positionals(max: 0)
      try Console.write(JSONWriter.prettyString(ParameterTable.loadableJSON(table.json())) + "\n")
      return ExitStatus.success
    }
    let asJSON = arguments.flag("--json")
    guard let text = try arguments.option("--date") else { throw CommandFailure.usage("--date is required\n" + usage) }
    guard let date = CivilDate(text) else { throw CommandFailure.usage("--date must be an existing day as YYYY-MM-DD") }
    _ = try arguments.positionals(max: 0)
    if date < table.firstSupportedDate || date > table.lawKnownThrough {
      Console.error(
        "note: \(date) is outside \(table.firstSupportedDate)…\(table.lawKnownThrough), the dates the library vouches for\n"
      )
    }
    var rows: [JSONValue] = []
    var lines = "Parameters in force on \(date)\n\n"
    func add<V>(_ series: DatedSeries<V>, _ show: (V) -> String) {
      let entry = series.entry(on: date)
      let value = entry?.value.map(show) ?? "not encoded" + (entry.map { $0.note.isEmpty ? "" : " (\($0.note))" } ?? "")
      lines += "\(series.id) — \(series.term)\n"
      lines += "  value: \(value)\n"
      if let entry {
        lines += "  in force from: \(entry.from)\n  enacted by: \(entry.enactedBy)\n"
        lines += "  basis: \(series.basis.map(\.description).joined(separator: "; "))\n"
        lines += "  source: \(entry.source) [\(entry.status.rawValue)]\n"
      }
      lines += "\n"
      rows.append(
        .object([
          ("id", .string(series.id.rawValue)), ("term", .string(series.term)),
          ("value", entry?.value.map { .string(show($0)) } ?? .null),
          ("from", entry.map { .string($0.from.description) } ?? .null),
          ("enactedBy", .string(entry?.enactedBy ?? "")),
          ("basis", .array(series.basis.map { .string($0.description) })),
          ("source", .string(entry?.source ?? "")), ("status", .string(entry?.status.rawValue ?? "")),
          ("note", .string(entry?.note ?? "")),
        ]))
    }
    for series in table.moneySeries { add(series) { $0.description + " zł" } }
    for series in table.rateSeries { add(series) { $0.description + " %" } }
    add(evaluator.mentalCareFeeTables) { $0.name }
    if asJSON {
      try Console.write(
        JSONWriter.prettyString(.object([("date", .string(date.description)), ("parameters", .array(rows))])) + "\n")
    } else {
      try Console.write(lines)
    }
    return ExitStatus.success
  }
}
