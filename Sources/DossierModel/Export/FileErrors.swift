import Foundation

/// Why a file cannot be written, in words that name the real cause (for `dossier export --out`
/// and the explorer's export box). Paths are given as they are: a caller that prints them to a
/// terminal sanitises the text.
public enum FileErrors {
  /// The cause of a failed write of `path`: no such folder, a folder that is not writable, a
  /// full disk, or the system's own reason.
  public static func reason(writing path: String, error: Error) -> String {
    let folder = (URL(fileURLWithPath: path).deletingLastPathComponent().path)
    var isFolder: ObjCBool = false
    if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
      return "no such folder '\(folder)'"
    }
    if !isFolder.boolValue { return "'\(folder)' is not a folder" }
    if access(folder, W_OK) != 0 {
      return "the folder '\(folder)' is not writable"
    }
    var isTarget: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isTarget), isTarget.boolValue {
      return "'\(path)' is a folder"
    }
    if let code = posixCode(error) {
      if code == ENOSPC || code == EDQUOT { return "the disk is full (no space left on device)" }
      return String(cString: strerror(code))
    }
    return error.localizedDescription
  }

  private static func posixCode(_ error: Error) -> Int32? {
    if let posix = error as? POSIXError { return posix.code.rawValue }
    let ns = error as NSError
    if ns.domain == NSPOSIXErrorDomain { return Int32(ns.code) }
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      return Int32(underlying.code)
    }
    return nil
  }
}
