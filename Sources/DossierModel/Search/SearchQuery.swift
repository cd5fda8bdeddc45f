/// A parsed query and the one matcher every search uses: the global search, each list's `/`
/// filter, the reader's find and `dossier search`.
///
/// Words are folded and stemmed like the indexed text (``SearchTokenizer``); "quoted words" form
/// a phrase; the last word also matches as a prefix while the user is typing (it is not
/// followed by a space). Common English words ("what", "the", "did") are dropped outside
/// phrases unless nothing else is left. A word written with a hyphen ("West-2013") is a phrase.
public struct SearchQuery: Sendable, Equatable {
  /// One thing the query asks for.
  public enum Clause: Sendable, Equatable {
    /// A word: its term, its folded form, and whether it may be the start of a longer word.
    case word(term: String, folded: String, prefix: Bool)
    /// Words that must follow one another (terms).
    case phrase([String])

    /// The terms of the clause, in order.
    public var terms: [String] {
      switch self {
      case .word(let term, _, _): [term]
      case .phrase(let terms): terms
      }
    }
  }

  /// The text as typed.
  public var text: String
  public var clauses: [Clause]

  /// Parses `text`. With `prefixLast`, the last word matches as a prefix unless the text ends
  /// with a space or a closing quote.
  public init(_ text: String, prefixLast: Bool = true) {
    self.text = text
    var clauses: [Clause] = []
    var dropped: [Clause] = []
    var inQuote = false
    var chunk = ""
    func close(quoted: Bool, last: Bool) {
      defer { chunk = "" }
      if quoted {
        let terms = SearchTokenizer.terms(chunk)
        if terms.count == 1 {
          clauses.append(.word(term: terms[0], folded: terms[0], prefix: false))
        } else if !terms.isEmpty {
          clauses.append(.phrase(terms))
        }
        return
      }
      let words = chunk.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
      for (i, piece) in words.enumerated() {
        var folded: [String] = []
        SearchTokenizer.scan(String(piece)) { _, word in folded.append(word) }
        let isLast = last && i == words.count - 1
        if folded.count == 1 {
          let clause = Clause.word(
            term: SearchTokenizer.term(ofFolded: folded[0]), folded: folded[0],
            prefix: isLast && prefixLast)
          if SearchQuery.stopWords.contains(folded[0]) {
            dropped.append(clause)
          } else {
            clauses.append(clause)
          }
        } else if folded.count > 1 {
          clauses.append(.phrase(folded.map(SearchTokenizer.term(ofFolded:))))
        }
      }
    }
    for character in text {
      if character == "\"" || character == "\u{201C}" || character == "\u{201D}" {
        close(quoted: inQuote, last: false)
        inQuote.toggle()
      } else {
        chunk.append(character)
      }
    }
    let endsOpen = !(text.last?.isWhitespace ?? true) && !(text.last == "\"" && !inQuote)
    close(quoted: inQuote, last: endsOpen)
    if clauses.isEmpty { clauses = dropped }
    self.clauses = clauses
  }

  /// Whether the query asks for nothing (empty, or only punctuation).
  public var isEmpty: Bool { clauses.isEmpty }

  /// Whether `text` matches every clause.
  public func matches(_ text: SearchText) -> Bool {
    !clauses.isEmpty && clauses.allSatisfy { text.contains($0) }
  }

  /// How many clauses `text` matches.
  public func matchCount(_ text: SearchText) -> Int { clauses.count { text.contains($0) } }

  /// Whether `text` (a title, a paragraph) matches every clause: the same answer as
  /// `matches(SearchText(text))`, in one pass over the text that stops at the first point where
  /// every clause has matched (``PassageMatcher``), fast enough for a 15 MB paragraph on every
  /// keystroke.
  public func matches(_ text: String) -> Bool {
    let matcher = PassageMatcher(self)
    return matcher.isSupported && text.utf8.count >= PassageMatcher.shortest
      ? matcher.matches(text) : matches(SearchText(text))
  }

  /// The byte ranges of the words of `text` that match a clause, in order, for highlighting:
  /// the same as `highlights(in: SearchTokenizer.tokens(text))`, in one pass over the text.
  public func highlights(in text: String) -> [Range<Int>] {
    let matcher = PassageMatcher(self)
    return matcher.isSupported && text.utf8.count >= PassageMatcher.shortest
      ? matcher.highlights(in: text) : highlights(in: SearchTokenizer.tokens(text))
  }

  /// Whether `text` matches every clause, and the byte ranges of its words that match a clause
  /// (none when it does not match): ``matches(_:)-(String)`` and ``highlights(in:)-(String)``
  /// in one pass over the text, for the reader's find on each key.
  public func find(in text: String) -> (matches: Bool, highlights: [Range<Int>]) {
    let matcher = PassageMatcher(self)
    if matcher.isSupported && text.utf8.count >= PassageMatcher.shortest {
      let found = matcher.find(in: text)
      return found.matches ? found : (false, [])
    }
    guard matches(SearchText(text)) else { return (false, []) }
    return (true, highlights(in: SearchTokenizer.tokens(text)))
  }

  /// The ranges of the tokens that match a clause (a phrase only where it is complete).
  public func highlights(in tokens: [SearchTokenizer.Token]) -> [Range<Int>] {
    var marked = [Bool](repeating: false, count: tokens.count)
    for clause in clauses {
      switch clause {
      case .word:
        for (i, token) in tokens.enumerated() where SearchText.matches(clause, token) {
          marked[i] = true
        }
      case .phrase(let terms):
        guard terms.count <= tokens.count else { continue }
        for start in 0...(tokens.count - terms.count) {
          if terms.indices.allSatisfy({ tokens[start + $0].term == terms[$0] }) {
            for i in start..<(start + terms.count) { marked[i] = true }
          }
        }
      }
    }
    return tokens.indices.filter { marked[$0] }.map { tokens[$0].range }
  }

  /// English words too common to search for, dropped outside phrases.
  public static let stopWords: Set<String> = [
    "a", "about", "after", "all", "an", "and", "any", "are", "as", "at", "be", "been", "before",
    "but", "by", "can", "could", "did", "do", "does", "during", "each", "for", "from", "had",
    "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "many", "much", "of", "on",
    "or", "so", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
    "this", "those", "to", "was", "we", "were", "what", "when", "where", "which", "while", "who",
    "whom", "why", "will", "with", "would", "you",
  ]
}

/// The searchable words of an item or a passage, tokenised once so that a list can be filtered
/// on every keystroke without tokenising its items again.
public struct SearchText: Sendable {
  /// Terms in order (a field boundary is an empty term, so no phrase spans two fields).
  var terms: [String]
  /// Folded words in the same order, for prefix matches.
  var folded: [String]
  /// The distinct terms, for word matches.
  var termSet: Set<String>

  /// The words of one text.
  public init(_ text: String) { self.init(fields: [text]) }

  /// The words of several fields (name, aliases, body, tags) that must not run into each other.
  public init(fields: [String]) {
    var terms: [String] = []
    var folded: [String] = []
    for field in fields {
      if !terms.isEmpty {
        terms.append("")
        folded.append("")
      }
      for token in SearchTokenizer.tokens(field) {
        terms.append(token.term)
        folded.append(token.folded)
      }
    }
    self.terms = terms
    self.folded = folded
    self.termSet = Set(terms)
  }

  /// The words of an item: its name, aliases and involved actors' names, body and tags.
  public init(_ fields: SearchFields) {
    self.init(
      fields: [fields.name] + fields.aliases + fields.involved + [fields.body] + fields.tags)
  }

  /// Whether the text has the clause.
  func contains(_ clause: SearchQuery.Clause) -> Bool {
    switch clause {
    case .word(let term, let word, let prefix):
      if termSet.contains(term) { return true }
      guard prefix else { return false }
      return folded.contains { $0.hasPrefix(word) } || terms.contains { $0.hasPrefix(term) }
    case .phrase(let wanted):
      guard let first = wanted.first, termSet.contains(first), wanted.count <= terms.count else {
        return false
      }
      for start in 0...(terms.count - wanted.count) where terms[start] == first {
        if wanted.indices.allSatisfy({ terms[start + $0] == wanted[$0] }) { return true }
      }
      return false
    }
  }

  /// Whether one token matches a word clause.
  static func matches(_ clause: SearchQuery.Clause, _ token: SearchTokenizer.Token) -> Bool {
    guard case .word(let term, let word, let prefix) = clause else { return false }
    return token.term == term
      || (prefix && (token.folded.hasPrefix(word) || token.term.hasPrefix(term)))
  }
}
