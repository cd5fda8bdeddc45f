import Foundation

// Readers of the exports as their targets read them, shared by the model and CLI tests.

/// An export that its target could not read at all.
public struct ExportValidationError: Error, CustomStringConvertible {
  public var description: String
}

/// The validator script beside the test targets (`Tests/Validators/validate-exports.py`).
public let validatorPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().appending(path: "Validators/validate-exports.py").path

/// Reads an export (`csv` through pandas, `ics` through icalendar, `md` through markdown-it-py)
/// with the validator script and returns its report: counts, what was parsed, and `problems`.
public func validateExport(_ kind: String, _ text: String) throws -> [String: Any] {
  let folder = FileManager.default.temporaryDirectory.appending(
    path: "dossier-validate-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let file = folder.appending(path: "export.\(kind)")
  try Data(text.utf8).write(to: file)
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3", validatorPath, kind, file.path]
  let out = folder.appending(path: "out.json")
  let err = folder.appending(path: "err.txt")
  FileManager.default.createFile(atPath: out.path, contents: nil)
  FileManager.default.createFile(atPath: err.path, contents: nil)
  process.standardOutput = try FileHandle(forWritingTo: out)
  process.standardError = try FileHandle(forWritingTo: err)
  process.standardInput = FileHandle.nullDevice
  try process.run()
  process.waitUntilExit()
  let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
  guard process.terminationStatus == 0 else {
    throw ExportValidationError(
      description:
        "validate-exports.py \(kind) failed (it needs python3 -m pip install pandas icalendar markdown-it-py): "
        + stderr)
  }
  let data = try Data(contentsOf: out)
  guard let report = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
    throw ExportValidationError(description: "the validator printed no report: \(stderr)")
  }
  return report
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
public func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
  let y = month <= 2 ? year - 1 : year
  let era = (y >= 0 ? y : y - 399) / 400
  let yoe = y - era * 400
  let mp = (month + 9) % 12
  let doy = (153 * mp + 2) / 5 + day - 1
  let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
  return era * 146097 + doe - 719468
}

/// TimelineJS3's own checks of a timeline, ported from its source (`src/js/core/TimelineConfig.js`
/// and `src/js/date/TLDate.js` of NUKnightLab/TimelineJS3): the messages it logs, or a
/// description of what it would change. Empty when TimelineJS3 accepts the timeline as it is.
///
/// - `events` must be present and non-empty ("Timeline configuration has no events.").
/// - Every slide and era needs a `start_date` (`missing_start_date_err`).
/// - Every date part (`year` … `millisecond`) must match `/^-?\d*$/` after trimming
///   (`invalid_date_err`).
/// - An `end_date` whose values equal the start's on every key the start has is dropped; an era
///   then has no end, and "All eras must have start and end dates." follows.
/// - `unique_id`s of the title and the events must be distinct, or TimelineJS3 renames the later
///   ones (links to them break).
public func timelineJSProblems(_ text: String) throws -> [String] {
  guard let root = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
    return ["not a JSON object"]
  }
  var problems: [String] = []
  guard let events = root["events"] as? [[String: Any]] else {
    return ["no events: TimelineJS3 reads no slides"]
  }
  let parts = ["millisecond", "second", "minute", "hour", "day", "month", "year"]
  func value(_ any: Any?) -> String? {
    switch any {
    case let text as String: text
    case let number as NSNumber: number.stringValue
    default: nil
    }
  }
  func checkDate(_ date: [String: Any], _ what: String) {
    for part in parts {
      guard let raw = date[part] else { continue }
      let trimmed = (raw as? String)?.trimmingCharacters(in: .whitespaces) ?? ""
      if trimmed.range(of: #"^-?\d*$"#, options: .regularExpression) == nil {
        problems.append("\(what): invalid_date_err \(part) = '\(value(raw) ?? "?")'")
      }
    }
  }
  /// The end date left after TimelineJS3 drops a redundant one.
  func keptEnd(_ slide: [String: Any]) -> [String: Any]? {
    guard let start = slide["start_date"] as? [String: Any],
      let end = slide["end_date"] as? [String: Any]
    else { return slide["end_date"] as? [String: Any] }
    let equal = start.keys.allSatisfy { value(start[$0]) == value(end[$0]) }
    return equal ? nil : end
  }
  var ids: [String] = []
  if let title = root["title"] as? [String: Any] {
    let headline = ((title["text"] as? [String: Any])?["headline"] as? String) ?? ""
    ids.append((title["unique_id"] as? String) ?? slug(headline))
  }
  for (index, slide) in events.enumerated() {
    let id = (slide["unique_id"] as? String) ?? ""
    let what = "event \(index + 1) (\(id))"
    guard let start = slide["start_date"] as? [String: Any] else {
      problems.append("\(what): missing_start_date_err")
      continue
    }
    checkDate(start, what)
    if let end = keptEnd(slide) { checkDate(end, what) }
    let effective =
      id.trimmingCharacters(in: .whitespaces).isEmpty
      ? slug(((slide["text"] as? [String: Any])?["headline"] as? String) ?? "") : id
    if ids.contains(effective) {
      problems.append("\(what): unique_id '\(effective)' is used twice; TimelineJS3 renames it")
    }
    ids.append(effective)
  }
  if events.isEmpty { problems.append("Timeline configuration has no events.") }
  for (index, era) in ((root["eras"] as? [[String: Any]]) ?? []).enumerated() {
    let headline = ((era["text"] as? [String: Any])?["headline"] as? String) ?? ""
    let what = headline.isEmpty ? "era \(index + 1)" : headline
    guard let start = era["start_date"] as? [String: Any] else {
      problems.append("Era \(what): missing_start_date_err")
      continue
    }
    checkDate(start, "Era \(what)")
    if let end = keptEnd(era) {
      checkDate(end, "Era \(what)")
    } else {
      problems.append("All eras must have start and end dates. [\(what)]")
    }
  }
  return problems
}

/// TimelineJS3's `slugify`, for the ids it gives slides without one (close enough for ASCII).
private func slug(_ text: String) -> String {
  var result = text.trimmingCharacters(in: .whitespaces).lowercased()
  result = String(result.map { "/_,:;·".contains($0) ? "-" : $0 })
  result = String(
    result.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == " " || $0 == "-") })
  result = result.replacingOccurrences(of: #"\s+"#, with: "-", options: .regularExpression)
  result = result.replacingOccurrences(of: #"-+"#, with: "-", options: .regularExpression)
  if let first = result.first, first.isNumber { result = "_" + result }
  return result
}
