extension CorpusInput.Problem {
  /// The diagnostic that names the entry and the reason it was not read.
  func diagnostic(path: String) -> Diagnostic {
    switch self {
    case .unreadable(let reason):
      Diagnostic(
        .unreadableFile, nil, "the file cannot be read (\(reason)); it was skipped", at: nil,
        hint: "check its permissions and the disk, or move it out of the corpus", path: path)
    case .unreadableFolder(let reason):
      Diagnostic(
        .unreadableFile, nil, "the folder cannot be read (\(reason)); its files were skipped",
        at: nil, hint: "check its permissions, or move it out of the corpus", path: path)
    case .special(let kind):
      Diagnostic(
        .specialFile, nil, "this is \(kind), not a regular file; it was skipped", at: nil,
        hint: "a corpus holds regular text files only", path: path)
    case .brokenLink(let reason):
      Diagnostic(
        .brokenLink, nil, "the symbolic link cannot be followed (\(reason)); it was skipped",
        at: nil, hint: "point the link at an existing file, or remove it", path: path)
    case .nameNotUTF8:
      Diagnostic(
        .fileName, nil,
        "the file name is not valid UTF-8; it is shown with \u{FFFD} in place of the bad bytes",
        at: nil, hint: "rename the file with a UTF-8 name", path: path)
    }
  }
}
