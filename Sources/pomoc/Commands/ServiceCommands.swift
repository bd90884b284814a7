import Pomoc
import PomocFormats

/// `pomoc care-fee`, `pomoc care-home-fee`, `pomoc staffing`, `pomoc support-fee`:
/// one JSON request (FILE or stdin) → one JSON answer on stdout.
enum ServiceCommands {
  static let usages: [(command: String, text: String)] = [
    (
      "care-home-fee",
      "pomoc care-home-fee [--pretty] [FILE|-]   DPS fee split: resident, relatives, municipality (art. 61)"
    ),
    (
      "staffing",
      """
      pomoc staffing [--pretty] [FILE|-]        staffing norms: social workers, family assistants, coordinators,
                                                children's homes, day-support centres, DPS, WTZ
      """
    ),
    (
      "care-fee",
      "pomoc care-fee [--pretty] [FILE|-]        care-service fee from the municipal or national table (art. 50)"
    ),
    ("support-fee", "pomoc support-fee [--pretty] [FILE|-]     support centres, flats and shelters (art. 97)"),
  ]

  static let commonUsage = """
      JSON in, JSON out (Documentation/CareServices.md, Documentation/Staffing.md); a leading
      byte-order mark is accepted. A request the rules cannot answer gives {"error":{…}} and
      exit 1; text that is not JSON, exit 65.
    """

  /// The usage of every JSON command.
  static var usage: String { usages.map(\.text).joined(separator: "\n") + "\n" + commonUsage }

  /// The usage of one JSON command.
  static func usage(of command: String) -> String {
    (usages.first { $0.command == command }?.text ?? "") + "\n" + commonUsage
  }

  static func run(_ command: String, _ arguments: inout Arguments) throws -> Int32 {
    let evaluator = try LawOptions.evaluator(&arguments)
    let pretty = arguments.flag("--pretty")
    let path = try arguments.positionals(max: 1).first ?? "-"
    let input = try InputFile(path: path)
    defer { input.close() }
    let bytes = try input.readAll(limit: 16 << 20)
    var trace = Trace()
    let answer: JSONValue
    do {
      switch command {
      case "care-home-fee":
        let request = try ServiceJSON.careHomeFeeRequest(bytes)
        let result = try CareHomeFee.compute(request, parameters: evaluator.parameters, trace: &trace)
        answer = ServiceJSON.careHomeFeeResponse(result, trace: trace)
      case "staffing":
        let request = try ServiceJSON.staffingRequest(bytes)
        let assessment = try StaffingRules.assess(request, parameters: evaluator.parameters, trace: &trace)
        answer = ServiceJSON.staffingResponse(assessment, trace: trace)
      case "care-fee":
        let (request, priceList) = try ServiceJSON.careFeeRequest(bytes)
        let result = try evaluator.evaluate(request, trace: &trace)
        answer = .object([
          ("percent", .string(result.careFeePercent?.description ?? "")),
          ("fee", .string(result.careFee?.description ?? "")),
          ("hourly_cost", .string(request.care!.hourlyCost.description)),
          ("price_list", priceList.map { .string($0) } ?? .null),
          (
            "explanation",
            .array(
              trace.json().arrayValue.filter {
                $0["rule"] == .string("care.fee") || $0["rule"] == .string("income.household")
                  || $0["rule"] == .string("criterion")
              })
          ),
        ])
      case "support-fee":
        let request = try ServiceJSON.supportFeeRequest(bytes)
        let result = try SupportCentreFee.compute(request, parameters: evaluator.parameters, trace: &trace)
        answer = .object([
          ("fee", .string(result.fee.description)),
          ("percent", result.percent.map { .string($0.description) } ?? .null),
          ("cap", result.cap.map { .string($0.description) } ?? .null),
          ("explanation", trace.json()),
        ])
      default:
        throw CommandFailure.usage("unknown command '\(command)'")
      }
    } catch let error as PomocError {
      if error.code == .malformedRecord {
        throw CommandFailure.data("\(path): \(EchoedText.cut(error.message, limit: ErrorText.messageLimit))")
      }
      try Console.write(JSONWriter.string(ServiceJSON.errorResponse(error)) + "\n")
      Console.error("pomoc \(command): \(ErrorText.describe(error))\n")
      return ExitStatus.recordErrors
    } catch let failure as CommandFailure {
      throw failure
    } catch {
      throw CommandFailure.data("\(error)")
    }
    try Console.write((pretty ? JSONWriter.prettyString(answer) : JSONWriter.string(answer)) + "\n")
    return ExitStatus.success
  }
}

extension JSONValue {
  var arrayValue: [JSONValue] {
    if case .array(let elements) = self { return elements }
    return []
  }
}
