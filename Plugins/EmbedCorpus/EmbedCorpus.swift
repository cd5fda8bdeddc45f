import Foundation
import PackagePlugin

/// Embeds every file of the package's `data/` folder into the target as Swift source, so that the
/// bundled corpus travels inside the binary and is found from any working directory.
@main
struct EmbedCorpus: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let data = context.package.directoryURL.appending(path: "data")
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedCorpusFiles.swift")
    var inputs: [URL] = []
    if let walker = FileManager.default.enumerator(
      at: data, includingPropertiesForKeys: [.isRegularFileKey])
    {
      for case let url as URL in walker
      where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        inputs.append(url)
      }
    }
    return [
      .buildCommand(
        displayName: "Embedding the bundled corpus (\(inputs.count) files)",
        executable: try context.tool(named: "dossier-embed").url,
        arguments: [data.path, output.path],
        inputFiles: inputs.sorted { $0.path < $1.path },
        outputFiles: [output]
      )
    ]
  }
}
