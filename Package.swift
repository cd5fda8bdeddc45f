// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "dossier",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "dossier", targets: ["dossier"]),
    .executable(name: "dossier-bench", targets: ["dossier-bench"]),
    .library(name: "DossierModel", targets: ["DossierModel"]),
    .library(name: "DossierCharts", targets: ["DossierCharts"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/apple/swift-atomics", from: "1.3.0"),
  ],
  targets: [
    // Pure model: format, parser, diagnostics, model, indexes, search, exports. No terminal.
    // (Atomics: the search's folding table is made a page at a time, on first use, by any thread.)
    .target(
      name: "DossierModel",
      dependencies: ["CSQLite", .product(name: "Atomics", package: "swift-atomics")]),
    // The system SQLite library (with FTS5), for the search engine.
    .systemLibrary(
      name: "CSQLite", pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
    // The terminal toolkit, with no knowledge of the app: geometry and layout, the cell buffer and
    // its diff, styles, text width, input events, widgets and key maps. No terminal.
    .target(name: "DossierTUI"),
    // The explorer: screens, modals, key maps, effects and the runtime loop. No terminal.
    .target(
      name: "DossierUI",
      dependencies: ["DossierTUI", "DossierModel", "DossierCharts", "DossierSlides"]),
    // Pure presenter pieces: the big-type font, slides and their layout, the presenter session
    // and the speaker link to a second terminal. No terminal.
    .target(name: "DossierSlides", dependencies: ["DossierModel", "DossierTUI"]),
    // Chart layouts with no terminal: the swimlane timeline, the sources-by-claims matrix and
    // disagreement grids, as grids of cells with roles for a renderer to style (measured with the
    // toolkit's text width). No terminal.
    .target(name: "DossierCharts", dependencies: ["DossierModel", "DossierTUI"]),
    // Settings: the config file (TOML), the environment and the flags, with where each came from.
    .target(
      name: "DossierSettings",
      dependencies: ["DossierModel", .product(name: "TOMLKit", package: "TOMLKit")]),
    // The ncurses wide-character library, and a thin backend over it.
    .systemLibrary(
      name: "CNcursesw", pkgConfig: "ncursesw",
      providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]),
    .target(name: "DossierTerminal", dependencies: ["DossierTUI", "CNcursesw"]),
    // The bundled corpus under data/, embedded into the binary at build time.
    .target(name: "DossierCorpus", plugins: ["EmbedCorpus"]),
    .executableTarget(name: "dossier-embed", path: "Sources/dossier-embed"),
    .plugin(name: "EmbedCorpus", capability: .buildTool(), dependencies: ["dossier-embed"]),
    .executableTarget(
      name: "dossier",
      dependencies: [
        "DossierModel", "DossierCorpus", "DossierUI", "DossierTerminal", "DossierSettings",
        "DossierSlides", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "dossier-bench",
      dependencies: [
        "DossierModel", "DossierUI", "DossierCharts",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Paths the test targets share: fixture corpora and the built products.
    .target(name: "DossierTestSupport", path: "Tests/DossierTestSupport"),
    .testTarget(
      name: "DossierModelTests",
      dependencies: ["DossierModel", "DossierCorpus", "DossierTestSupport"]),
    .testTarget(name: "DossierTUITests", dependencies: ["DossierTUI"]),
    .testTarget(
      name: "DossierUITests",
      dependencies: [
        "DossierUI", "DossierModel", "DossierCharts", "DossierSlides", "DossierCorpus",
        "DossierTestSupport",
      ],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "DossierSlidesTests",
      dependencies: ["DossierSlides", "DossierModel", "DossierCorpus", "DossierTestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "DossierChartsTests",
      dependencies: ["DossierCharts", "DossierModel", "DossierCorpus", "DossierTestSupport"],
      exclude: ["Snapshots"]),
    .testTarget(
      name: "DossierSettingsTests",
      dependencies: ["DossierSettings", "DossierModel", "DossierTestSupport"]),
    .testTarget(
      name: "DossierCLITests", dependencies: ["dossier", "dossier-bench", "DossierTestSupport"]),
    // The explorer run in tmux, and the terminal backend's pure translations.
    .testTarget(
      name: "DossierE2ETests", dependencies: ["dossier", "DossierTerminal", "DossierTestSupport"]),
  ]
)
