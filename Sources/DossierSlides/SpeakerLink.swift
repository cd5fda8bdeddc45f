import DossierModel
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a presenter and its speaker views meet: a Unix domain socket per corpus,
/// `$XDG_RUNTIME_DIR/dossier/CORPUS.sock` (or, without that variable,
/// `$TMPDIR/dossier-UID/CORPUS.sock`), in a folder only the user can enter.
///
/// The presenter listens (``SpeakerPublisher``) and pushes its state, one JSON line per change
/// (``PresenterSnapshot``), to every speaker view connected; a speaker view
/// (``SpeakerFollower``) connects and sends commands back, one name a line (`next`, `jump:3`,
/// ``PresenterCommand/wireName``).
public struct SpeakerLink: Sendable {
  /// The folder holding the socket.
  public let folder: String
  public let corpus: String

  /// The link for a corpus, in the folder the environment names.
  public init(corpus: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
    self.init(corpus: corpus, folder: Self.folder(environment: environment))
  }

  public init(corpus: String, folder: String) {
    self.corpus = corpus
    self.folder = folder
  }

  /// `$XDG_RUNTIME_DIR/dossier` when it is set to an absolute path, else
  /// `$TMPDIR/dossier-UID` (`/tmp` without TMPDIR).
  public static func folder(environment: [String: String]) -> String {
    if let runtime = environment["XDG_RUNTIME_DIR"], runtime.hasPrefix("/") {
      return (runtime as NSString).appendingPathComponent("dossier")
    }
    var temporary = environment["TMPDIR"] ?? ""
    if !temporary.hasPrefix("/") { temporary = "/tmp" }
    return (temporary as NSString).appendingPathComponent("dossier-\(getuid())")
  }

  /// A file name for the corpus id that is safe whatever the id holds.
  var key: String {
    let slug = Identifier.slug(corpus)
    return slug.isEmpty ? "corpus" : String(slug.prefix(40))
  }

  /// The socket the presenter listens on.
  public var socketPath: String { (folder as NSString).appendingPathComponent("\(key).sock") }

  /// Why the link cannot be used.
  public enum LinkError: Error, Equatable, CustomStringConvertible {
    /// The folder is not a folder of this user's that only they can enter.
    case unsafeFolder(String)
    /// The folder could not be made, or the socket could not be set up (the call and errno).
    case failed(String, call: String, errno: Int32)
    /// The socket's path is longer than a Unix socket address holds.
    case pathTooLong(String)
    /// Something that is not a socket is in the socket's place: it is left alone.
    case notASocket(String)
    /// Another presenter already listens for this corpus (its process id when known).
    case busy(String, pid: Int32?)
    /// The connection is closed (sending without a presenter).
    case notConnected(String)

    public var description: String {
      switch self {
      case .unsafeFolder(let path):
        "\(path) is not a private folder of this user (it must be owned by you, mode 700)"
      case .failed(let path, let call, let code):
        "\(call) \(path): \(String(cString: strerror(code)))"
      case .pathTooLong(let path):
        "the speaker link's path is too long for a Unix socket: \(path) (set XDG_RUNTIME_DIR)"
      case .notASocket(let path):
        "\(path) is in the way of the speaker link and is not a socket (remove it)"
      case .busy(_, let pid):
        "another presenter\(pid.map { " (process \($0))" } ?? "") already presents this corpus;"
          + " speaker views follow that one"
      case .notConnected:
        "no presenter is connected"
      }
    }
  }

  /// Creates the folder (mode 700) if need be, and checks that it is this user's own and that
  /// nobody else can enter it.
  public func prepareFolder() throws {
    if mkdir(folder, 0o700) != 0, errno != EEXIST {
      throw LinkError.failed(folder, call: "mkdir", errno: errno)
    }
    var info = stat()
    guard lstat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == getuid(),
      info.st_mode & 0o077 == 0
    else { throw LinkError.unsafeFolder(folder) }
  }
}
