#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Pomoc
import PomocFormats

/// `pomoc` — Polish social-assistance rules from the command line.
let usage = """
  usage: pomoc COMMAND [OPTIONS]

  \(EvaluateCommand.usage)
  \(ExplainCommand.usage)
  \(ParametersCommand.usage)
  \(ServiceCommands.usage)
  \(ReportCommands.usage)
  Options of every command that applies the law:
  \(LawOptions.usage)
  Exit status: 0 all records evaluated; 1 some records produced error rows;
  64 bad invocation; 65 input unreadable as a whole.

  """

/// Runs one command; returns the exit status.
func run(_ arguments: [String]) async -> Int32 {
  guard let command = arguments.first else {
    Console.error(usage)
    return ExitStatus.usage
  }
  var rest = Arguments(Array(arguments.dropFirst()))
  do {
    switch command {
    case "evaluate": return try EvaluateCommand.run(&rest)
    case "explain": return try ExplainCommand.run(&rest)
    case "parameters": return try ParametersCommand.run(&rest)
    case "care-home-fee", "staffing", "care-fee", "support-fee": return try ServiceCommands.run(command, &rest)
    case "report", "compare": return try await ReportCommands.run(command, &rest)
    case "help", "--help", "-h":
      Console.write(usage)
      return ExitStatus.success
    default:
      throw CommandFailure.usage("unknown command '\(command)'")
    }
  } catch let failure as CommandFailure {
    Console.error("pomoc: \(failure.message)\n")
    if failure.status == ExitStatus.usage { Console.error("run 'pomoc help' for usage\n") }
    return failure.status
  } catch {
    Console.error("pomoc: \(error)\n")
    return ExitStatus.dataError
  }
}

exit(await run(Array(CommandLine.arguments.dropFirst())))
