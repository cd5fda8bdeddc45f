import Foundation

/// The files of a corpus as bytes, whether read from a folder or embedded in the binary.
public struct CorpusInput: Sendable {
  /// One file: its path relative to the corpus folder (`actors/core.yaml`) and its bytes.
  public struct File: Sendable {
    public var path: String
    public var bytes: [UInt8]
    /// The size on disk; larger than `bytes.count` only for a file too large to read.
    public var size: Int
    public init(path: String, bytes: [UInt8], size: Int? = nil) {
      self.path = path
      self.bytes = bytes
      self.size = size ?? bytes.count
    }
  }

  /// The folder as shown in diagnostics (`data`).
  public var root: String
  public var files: [File]

  public init(root: String, files: [File]) {
    self.root = root
    self.files = files.sorted { $0.path < $1.path }
  }

  /// Problems reading a corpus folder.
  public enum ReadError: Error, CustomStringConvertible {
    case notAFolder(String)
    public var description: String {
      switch self {
      case .notAFolder(let path): "'\(path)' is not a folder"
      }
    }
  }

  /// Reads every regular file below `path`, skipping names that begin with a dot.
  /// Files over the size limit are not read; they load as an empty file with a diagnostic.
  public static func read(directory path: String) throws -> CorpusInput {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw ReadError.notAFolder(path) }
    let root = URL(fileURLWithPath: path).standardizedFileURL
    var files: [File] = []
    let keys: [URLResourceKey] = [.isRegularFileKey, .fileSizeKey]
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
    else { return CorpusInput(root: path, files: []) }
    for case let url as URL in walker {
      let values = try? url.resourceValues(forKeys: Set(keys))
      guard values?.isRegularFile == true else { continue }
      let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
      if let size = values?.fileSize, size > CorpusLoader.maxFileSize {
        files.append(File(path: relative, bytes: [], size: size))
        continue
      }
      let data = (try? Data(contentsOf: url)) ?? Data()
      files.append(File(path: relative, bytes: [UInt8](data)))
    }
    let display = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    return CorpusInput(root: display, files: files)
  }
}
