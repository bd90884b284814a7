import Pomoc

/// `--parameters FILE` and `--ordinances FILE`: the host's own law on top of the bundled one.
enum LawOptions {
  static let usage = """
      --parameters FILE   merge dated parameter values from JSON (see Documentation/Parameters.md)
      --ordinances FILE   add municipal ordinances from JSON (see Documentation/Municipalities.md)
    """

  static func evaluator(_ arguments: inout Arguments) throws -> Evaluator {
    var evaluator = Evaluator()
    if let path = try arguments.option("--parameters") {
      let file = try InputFile(path: path)
      defer { file.close() }
      do {
        evaluator.parameters = try evaluator.parameters.merging(json: try file.readAll())
      } catch let error as PomocError {
        throw CommandFailure.data("\(path): \(error)")
      } catch let failure as CommandFailure {
        throw failure
      } catch {
        throw CommandFailure.data("\(path): \(error)")
      }
    }
    if let path = try arguments.option("--ordinances") {
      let file = try InputFile(path: path)
      defer { file.close() }
      do {
        evaluator.ordinances = try evaluator.ordinances.merging(json: try file.readAll())
      } catch let error as PomocError {
        throw CommandFailure.data("\(path): \(error)")
      } catch let failure as CommandFailure {
        throw failure
      } catch {
        throw CommandFailure.data("\(path): \(error)")
      }
    }
    return evaluator
  }

  static func format(_ arguments: inout Arguments, name: String = "--format") throws -> RecordFormat? {
    guard let text = try arguments.option(name) else { return nil }
    guard let format = RecordFormat(rawValue: text) else { throw CommandFailure.usage("\(name) must be csv or jsonl") }
    return format
  }
}
