#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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

var arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
  Console.error(usage)
  exit(ExitStatus.usage)
}
var rest = Arguments(Array(arguments.dropFirst()))
let status: Int32
do {
  switch command {
  case "evaluate": status = try EvaluateCommand.run(&rest)
  case "explain": status = try ExplainCommand.run(&rest)
  case "parameters": status = try ParametersCommand.run(&rest)
  case "care-home-fee", "staffing", "care-fee", "support-fee": status = try ServiceCommands.run(command, &rest)
  case "report", "compare": status = try ReportCommands.run(command, &rest)
  case "help", "--help", "-h":
    Console.write(usage)
    status = ExitStatus.success
  default:
    throw CommandFailure.usage("unknown command '\(command)'")
  }
} catch let failure as CommandFailure {
  Console.error("pomoc: \(failure.message)\n")
  if failure.status == ExitStatus.usage { Console.error("run 'pomoc help' for usage\n") }
  status = failure.status
} catch {
  Console.error("pomoc: \(error)\n")
  status = ExitStatus.dataError
}
exit(status)
