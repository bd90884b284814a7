// libFuzzer entry point for Pomoc. Built by Tests/Fuzz/run.sh (`swiftc -sanitize=fuzzer,address`)
// against the Pomoc and PomocFormats modules, together with the tool's duplicate-id scan;
// the target is chosen with POMOC_FUZZ_TARGET = csv | jsonl | law-json | service-json.
//
// Besides "no crash, no hang, no unbounded memory", each target checks the library's
// promises and traps (a finding) when one is broken:
// - csv / jsonl: one output row per input record, whatever the bytes; a header error only
//   for an unusable header; the same output for 1 and 2 threads; the same output with the
//   duplicate ids found first by DuplicateIDScan (on a temporary file, tiny spill blocks).
// - law-json: a loaded table passes its invariants; errors are typed PomocErrors.
// - service-json: requests either evaluate or give a typed error.

@testable import Pomoc
@testable import PomocFormats

#if canImport(Glibc)
import Glibc
#endif

nonisolated(unsafe) var fuzzTarget = "csv"

/// libFuzzer's start-up hook: reads the target's name from POMOC_FUZZ_TARGET.
@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(
  _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> Int32 {
  if let name = getenv("POMOC_FUZZ_TARGET") { fuzzTarget = String(cString: name) }
  return 0
}

/// libFuzzer's entry point: one input through the chosen target.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
  let bytes = UnsafeBufferPointer(start: data, count: size)
  switch fuzzTarget {
  case "csv": fuzzRecords(bytes, format: .csv)
  case "jsonl": fuzzRecords(bytes, format: .jsonl)
  case "law-json": fuzzLaw(bytes)
  case "service-json": fuzzServices(bytes)
  default: fatalError("unknown POMOC_FUZZ_TARGET \(fuzzTarget)")
  }
  return 0
}

let fuzzEvaluator = Evaluator()

/// One unlinked temporary file, rewritten for each input of the duplicate-id scan.
let fuzzScratchFile: Int32 = {
  var template = Array("/tmp/pomoc-fuzz-XXXXXX".utf8CString)
  let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
  precondition(descriptor >= 0, "cannot create a temporary file")
  template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
  return descriptor
}()

/// Runs the bulk pipeline with a chunk size taken from the input, checks one row per record.
func fuzzRecords(_ bytes: UnsafeBufferPointer<UInt8>, format: RecordFormat) {
  // A record limit from the input (8 … 1 028 bytes), so that overlong lines (record_too_long)
  // occur, in a chunk and across chunks; the scan below uses the same limit.
  let limit = bytes.count > 1 ? 8 + Int(bytes[1]) * 4 : LineReader.defaultMaximumLineBytes
  func run(threads: Int, chunk: Int, duplicates: DuplicateLines? = nil) -> (
    output: [UInt8], summary: BulkEvaluation.Summary?
  ) {
    var bulk = BulkEvaluation(
      evaluator: fuzzEvaluator, format: format, threads: threads, batchSize: 2,
      knownDuplicates: duplicates, maximumRecordBytes: limit)
    var output: [UInt8] = []
    do {
      var offset = 0
      while offset < bytes.count {
        let end = min(bytes.count, offset + chunk)
        try bulk.feed(UnsafeBufferPointer(rebasing: bytes[offset..<end])) { output.append(contentsOf: $0) }
        offset = end
      }
      let summary = try bulk.finish { output.append(contentsOf: $0) }
      return (output, summary)
    } catch is HeaderError {
      return (output, nil)
    } catch {
      fatalError("untyped error from the pipeline: \(error)")
    }
  }
  let chunk = bytes.isEmpty ? 1 : Int(bytes[0] % 64) + 1
  let single = run(threads: 1, chunk: chunk)
  let double = run(threads: 2, chunk: 4096)
  precondition((single.summary == nil) == (double.summary == nil), "header verdict depends on chunking")
  guard let summary = single.summary else { return }
  if single.output != double.output {
    let a = single.output.split(separator: 0x0A, omittingEmptySubsequences: false)
    let b = double.output.split(separator: 0x0A, omittingEmptySubsequences: false)
    for (index, (x, y)) in zip(a, b).enumerated() where x != y {
      print("line \(index): 1 thread, chunk \(chunk): \(String(decoding: x, as: UTF8.self))")
      print("line \(index): 2 threads, chunk 4096: \(String(decoding: y, as: UTF8.self))")
      break
    }
    preconditionFailure("output depends on threads or chunking (\(a.count) vs \(b.count) lines)")
  }
  // The first pass of `pomoc evaluate FILE` must find exactly the in-memory set's duplicates.
  let descriptor = fuzzScratchFile
  _ = ftruncate(descriptor, 0)
  _ = pwrite(descriptor, bytes.baseAddress, bytes.count, 0)
  let scanned: DuplicateLines
  do {
    scanned = try DuplicateIDScan.scan(
      descriptor: descriptor, format: format, chunkSize: chunk,
      partitions: 3, blockEntries: 2, maximumRecordBytes: limit)
  } catch {
    fatalError("the duplicate-id scan failed: \(error)")
  }
  precondition(scanned.scannedBytes == bytes.count, "the scan read \(scanned.scannedBytes) of \(bytes.count) bytes")
  precondition(
    run(threads: 2, chunk: 4096, duplicates: scanned).output == single.output,
    "duplicates found on disk differ from the in-memory set")
  var rows = single.output.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
  if format == .csv { rows -= 1 }   // the output header
  precondition(rows == summary.records, "\(rows) rows for \(summary.records) records")
}

/// Loads parameter and ordinance documents; a success must pass the invariants.
func fuzzLaw(_ bytes: UnsafeBufferPointer<UInt8>) {
  do {
    let table = try ParameterTable.bundled.merging(json: bytes)
    precondition(table.invariantViolations().isEmpty, "a loaded table breaks its invariants")
    _ = try? Evaluator(parameters: table).evaluate(
      EvaluationRequest(date: CivilDate(2025, 1, 1), persons: 2, income: Money(grosze: 100_000)))
  } catch {
    precondition(error is PomocError, "untyped error: \(error)")
  }
  do {
    let registry = try OrdinanceRegistry.bundled.merging(json: bytes)
    for ordinance in registry.ordinances.values {
      precondition(ordinance.careFeeTable?.invariantViolations().isEmpty ?? true)
    }
  } catch {
    precondition(error is PomocError, "untyped error: \(error)")
  }
}

/// The JSON requests of care-home-fee, staffing, care-fee and support-fee.
func fuzzServices(_ bytes: UnsafeBufferPointer<UInt8>) {
  var trace = NoTrace()
  do { _ = try CareHomeFee.compute(try ServiceJSON.careHomeFeeRequest(bytes), trace: &trace) } catch {
    precondition(error is PomocError, "untyped error: \(error)")
  }
  do { _ = try StaffingRules.assess(try ServiceJSON.staffingRequest(bytes), trace: &trace) } catch {
    precondition(error is PomocError, "untyped error: \(error)")
  }
  do { _ = try fuzzEvaluator.evaluate(try ServiceJSON.careFeeRequest(bytes).0) } catch {
    precondition(error is PomocError, "untyped error: \(error)")
  }
  do { _ = try SupportCentreFee.compute(try ServiceJSON.supportFeeRequest(bytes), trace: &trace) } catch {
    precondition(error is PomocError, "untyped error: \(error)")
  }
}
