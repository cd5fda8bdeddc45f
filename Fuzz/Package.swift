// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets: the whole loader (FuzzLoader, slow: about 400 inputs a second) and the
// parsers alone (FuzzYAML, FuzzEDTF, FuzzMentions: thousands a second). Kept as its own package
// so that the main package's executables do not clash with the fuzzer's entry point.
let flags: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]
let model: [Target.Dependency] = [.product(name: "DossierModel", package: "dossier")]
let package = Package(
  name: "DossierFuzz",
  dependencies: [.package(name: "dossier", path: "..")],
  targets: [
    .executableTarget(name: "FuzzLoader", dependencies: model, swiftSettings: flags),
    .executableTarget(name: "FuzzYAML", dependencies: model, swiftSettings: flags),
    .executableTarget(name: "FuzzEDTF", dependencies: model, swiftSettings: flags),
    .executableTarget(name: "FuzzMentions", dependencies: model, swiftSettings: flags),
  ]
)
