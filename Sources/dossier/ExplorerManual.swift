import DossierUI

/// The explorer's keys (from the same table as its `?` help) and the environment it reads, for
/// `dossier explore --help` and the man page generated from it.
enum ExplorerManual {
  static let text: String = {
    var out = "Keys (press ? in the explorer for the same list):\n"
    for (key, description) in HelpText.lines {
      if description.isEmpty {
        out += "\n\(key)\n"
      } else {
        out += "  \(key.padding(toLength: max(key.count, 20), withPad: " ", startingAt: 0))  "
        out += description + "\n"
      }
    }
    out += """

      Environment:
        XDG_CONFIG_HOME, DOSSIER_CONFIG  where config.toml is read (see dossier config)
        XDG_DATA_HOME                    where briefings and notes are kept
        XDG_STATE_HOME                   where the last view and item of each corpus are kept
        XDG_CACHE_HOME                   where the search index is cached
        DOSSIER_THEME, DOSSIER_START_VIEW, DOSSIER_AUTO_ADVANCE, DOSSIER_PRESENTER_FONT,
        DOSSIER_PANE_SPLIT               settings, between the flags and the config file
        NO_COLOR                         the monochrome theme
        TERM                             the terminal; dumb prints the corpus summary
        LANG, LC_ALL, LC_CTYPE           a locale that is not UTF-8 draws in ASCII
        EDITOR                           where notes are written and problems opened
      """
    return out
  }()
}
