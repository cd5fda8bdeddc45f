import ArgumentParser

/// The `dossier` command: the explorer and its subcommands.
struct DossierCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dossier",
    abstract: "Explore a corpus of annotated documents: actors, timeline, myths and documents.",
    discussion: """
      Without a subcommand, dossier opens the explorer on the bundled corpus (Belarus and Russia: \
      defence integration in the Union State), or on the corpus given with --data.
      """,
    version: DossierVersion.current,
    subcommands: [
      Explore.self, Brief.self, Check.self, Export.self, Timeline.self, Actors.self, Myths.self,
      Search.self, Show.self, Open.self, Config.self,
    ],
    defaultSubcommand: Explore.self
  )
}

enum DossierVersion {
  static let current = "0.1.0"
}
