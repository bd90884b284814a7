import Pomoc
import PomocFormats

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The tool's version, printed by `pomoc --version` (defined here only).
let toolVersion = "0.3.0"

/// Exit statuses, shown in every usage text.
let exitStatusUsage = """
  Exit status: 0 all records evaluated; 1 some records produced error rows; 64 bad invocation;
  65 input unreadable as a whole (nothing is written to stdout); 74 the output could not be
  written (full disk, closed file or pipe, I/O error).
  """

/// `pomoc` — Polish social-assistance rules from the command line.
let usage = """
  usage: pomoc COMMAND [OPTIONS] [--] [FILE|-]
         pomoc help [COMMAND] | pomoc COMMAND --help | pomoc --version

  \(EvaluateCommand.usage)
  \(ExplainCommand.usage)
  \(ParametersCommand.usage)
  \(ServiceCommands.usage)
  \(ReportCommands.usage)
  \(CheckCommand.usage)
  \(AuditCommand.usage)
  \(FamilyCommand.usage)
  Options of every command that reads households (evaluate, explain, report, compare, check, audit):
  \(LawOptions.recordUsage)
  Options of every command that applies the law:
  \(LawOptions.usage)
  -- ends the options: what follows is a file name even if it starts with '-'.
  \(exitStatusUsage)

  """

/// The usage of one command, or `nil` for an unknown command.
func usage(of command: String) -> String? {
  let text: String
  switch command {
  case "evaluate": text = EvaluateCommand.usage + "\n" + LawOptions.recordUsage
  case "explain": text = ExplainCommand.usage + "\n" + LawOptions.recordUsage
  case "parameters": text = ParametersCommand.usage
  case "report": text = ReportCommands.reportUsage + "\n" + LawOptions.recordUsage
  case "compare": text = ReportCommands.compareUsage + "\n" + LawOptions.recordUsage
  case "check": text = CheckCommand.usage + "\n" + LawOptions.recordUsage
  case "audit": text = AuditCommand.usage + "\n" + LawOptions.recordUsage
  case "family": text = FamilyCommand.usage
  case "care-home-fee", "staffing", "care-fee", "support-fee": text = ServiceCommands.usage(of: command)
  default: return nil
  }
  return "usage:\n" + text + "\n" + LawOptions.usage + "\n\n" + exitStatusUsage + "\n"
}

/// Runs one command; returns the exit status.
func run(_ arguments: [String]) async -> Int32 {
  guard let command = arguments.first else {
    Console.error(usage)
    return ExitStatus.usage
  }
  var rest = Arguments(Array(arguments.dropFirst()))
  do {
    switch command {
    case "help", "--help", "-h":
      // `pomoc help` (everything) or `pomoc help COMMAND`.
      let topics = try rest.positionals(max: 1)
      guard let topic = topics.first else {
        try Console.write(usage)
        return ExitStatus.success
      }
      guard let text = usage(of: topic) else {
        throw CommandFailure.usage("unknown command '\(EchoedText.cut(topic))'")
      }
      try Console.write(text)
      return ExitStatus.success
    case "--version":
      _ = try rest.positionals(max: 0)
      try Console.write("pomoc \(toolVersion)\n")
      return ExitStatus.success
    default:
      break
    }
    guard let commandUsage = usage(of: command) else {
      throw CommandFailure.usage("unknown command '\(EchoedText.cut(command))'")
    }
    if rest.wantsHelp {
      try Console.write(commandUsage)
      return ExitStatus.success
    }
    switch command {
    case "evaluate": return try EvaluateCommand.run(&rest)
    case "explain": return try ExplainCommand.run(&rest)
    case "parameters": return try ParametersCommand.run(&rest)
    case "report", "compare": return try await ReportCommands.run(command, &rest)
    case "check": return try CheckCommand.run(&rest)
    case "audit": return try AuditCommand.run(&rest)
    case "family": return try FamilyCommand.run(&rest)
    default: return try ServiceCommands.run(command, &rest)
    }
  } catch let failure as CommandFailure {
    if !failure.quiet { Console.error("pomoc: \(failure.message)\n") }
    if failure.status == ExitStatus.usage { Console.error("run 'pomoc help' for usage\n") }
    return failure.status
  } catch {
    Console.error("pomoc: \(ErrorText.describe(PomocError(wrapping: error)))\n")
    return ExitStatus.dataError
  }
}

Console.prepare()
var status = await run(Array(CommandLine.arguments.dropFirst()))
if status == ExitStatus.success || status == ExitStatus.recordErrors {
  do {
    try Console.closeOutput()
  } catch let failure as CommandFailure {
    if !failure.quiet { Console.error("pomoc: \(failure.message)\n") }
    status = failure.status
  } catch {
    status = ExitStatus.ioError
  }
}
exit(status)
