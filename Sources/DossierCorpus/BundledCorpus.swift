import Foundation

/// The corpus shipped with dossier, embedded into the binary from the package's `data/` folder.
public enum BundledCorpus {
  /// The display path that diagnostics use for bundled files (`data/actors/core.yaml`).
  public static let displayRoot = "data"

  /// Every bundled file as a relative path (`actors/core.yaml`) and its bytes, in path order.
  public static var files: [(path: String, bytes: [UInt8])] {
    embeddedCorpusFiles.map { entry in
      (entry.path, [UInt8](Data(base64Encoded: entry.base64) ?? Data()))
    }
  }
}
