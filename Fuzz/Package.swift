// swift-tools-version: 6.1
import PackageDescription

// A libFuzzer target over the corpus loader. Kept as its own package so that the main package's
// executables do not clash with the fuzzer's entry point.
let package = Package(
  name: "DossierFuzz",
  dependencies: [.package(name: "dossier", path: "..")],
  targets: [
    .executableTarget(
      name: "FuzzLoader",
      dependencies: [.product(name: "DossierModel", package: "dossier")],
      swiftSettings: [.unsafeFlags(["-parse-as-library"])]
    )
  ]
)
