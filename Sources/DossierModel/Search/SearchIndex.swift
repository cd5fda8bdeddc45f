import Foundation

/// Ranked search over every kind of item, alias-aware and diacritic-insensitive.
///
/// Items are tokenised once into an inverted index (token → entries). A query matches an item
/// when every query word matches a word of the item exactly, as a prefix, or (for words of four
/// letters or more) within a small edit distance. Results rank by tier — the whole query equals
/// a name (exact), a name starts with the query (prefix), every word matched whole (word), some
/// word matched only approximately (fuzzy) — then by how many words matched in names.
public struct SearchIndex: Sendable {
  /// What a search entry is.
  public enum Kind: Int, Sendable, CaseIterable, Comparable {
    case actor, event, myth, glossary, source, disagreement, paragraph

    public var label: String {
      switch self {
      case .actor: "Actors"
      case .event: "Events"
      case .myth: "Myths"
      case .glossary: "Glossary"
      case .source: "Sources"
      case .disagreement: "Disagreements"
      case .paragraph: "Passages"
      }
    }

    public static func < (a: Kind, b: Kind) -> Bool { a.rawValue < b.rawValue }
  }

  struct Entry: Sendable {
    var ref: ItemRef
    var kind: Kind
    var title: String
    /// Names, aliases, terms: what an exact or prefix match compares against.
    var names: [String]
    var foldedNames: [String]
    /// Searchable text besides the names.
    var body: String
    /// Actors the item mentions or involves: their names and aliases find the item too.
    var mentioned: [String] = []
  }

  private(set) var entries: [Entry] = []
  /// Per-entry counters reused by every query.
  private let scratch = SearchScratch()
  /// The kind of each entry, apart from the entries for a fast ranking loop.
  private var entryKinds: [Kind] = []
  /// Every folded name with its entry, sorted by name, for exact and prefix name matches.
  private var names: [(name: String, entry: Int32)] = []
  /// Token text → token number.
  private var tokenIDs: [String: Int32] = [:]
  /// Token numbers ordered by their text, for prefix lookups.
  private var sortedTokens: [Int32] = []
  private var tokens: [String] = []
  /// Postings of token t: `postings[offsets[t]..<offsets[t + 1]]`.
  private var offsets: [Int32] = []
  private var postings: [Posting] = []
  /// Token numbers by length in UTF-8 bytes and first byte (`bucket(length, byte)`), for fuzzy
  /// matching: candidates share the query's first byte, which typos seldom hit.
  private var fuzzyBuckets: [Int: [Int32]] = [:]

  private static func bucket(_ length: Int, _ byte: UInt8) -> Int { length << 8 | Int(byte) }
  /// Every token's UTF-8 bytes, one after another: token t is
  /// `tokenBytes[tokenBytesOffsets[t]..<tokenBytesOffsets[t + 1]]`.
  private var tokenBytes: [UInt8] = []
  private var tokenBytesOffsets: [Int32] = [0]

  struct Posting: Sendable {
    var entry: Int32
    var inName: Bool
  }

  /// Indexes every actor, event, myth, glossary entry, source, disagreement and paragraph.
  public init(corpus: Corpus) { self.init(corpus: corpus, parts: nil) }

  /// Indexes `corpus`, tokenising its items in `parts` runs on as many cores (by default two for
  /// a large corpus, one for a small one).
  init(corpus: Corpus, parts: Int?) {
    var entries: [Entry] = []
    entries.reserveCapacity(corpus.actors.count + corpus.events.count * 2)
    func add(
      _ ref: ItemRef, _ kind: Kind, _ title: String, _ names: [String], _ body: String,
      id: String? = nil, mentioned: [String] = []
    ) {
      // An id ("lukashenka", "s-400") is a name too, read with spaces for hyphens.
      var folded = names.map(TextFolding.fold)
      if let id {
        let spaced = id.replacingOccurrences(of: "-", with: " ")
        if !folded.contains(spaced) { folded.append(spaced) }
      }
      entries.append(
        Entry(
          ref: ref, kind: kind, title: title,
          names: names + Array(repeating: "", count: folded.count - names.count),
          foldedNames: folded, body: body, mentioned: mentioned))
    }
    for actor in corpus.actors {
      add(
        .actor(actor.id), .actor, actor.name, [actor.name] + actor.aliases,
        actor.summary.plain + " " + actor.roles.map(\.role).joined(separator: " ") + " "
          + actor.kind.rawValue, id: actor.id)
    }
    for event in corpus.events {
      add(
        .event(event.id), .event, event.title, [event.title],
        [
          event.summary.plain, event.location?.plain ?? "", event.tags.joined(separator: " "),
          event.dateLabel,
        ].joined(separator: " "), mentioned: event.actors + event.summary.mentionedActors)
    }
    for myth in corpus.myths {
      add(
        .myth(myth.id), .myth, myth.claim.plain, [myth.claim.plain],
        myth.conclusion.plain + " " + (myth.heldByText ?? ""),
        mentioned: myth.heldBy + myth.claim.mentionedActors)
    }
    for entry in corpus.glossary {
      add(
        .glossary(entry.id), .glossary, entry.term,
        [entry.term] + (entry.expansion.map { [$0] } ?? []),
        entry.definition.plain, id: entry.id)
    }
    for source in corpus.sources {
      add(
        .source(source.id), .source, source.title, [source.title],
        source.authors.joined(separator: " ") + " " + (source.publisher ?? ""))
    }
    for item in corpus.disagreements {
      add(
        .disagreement(item.id), .disagreement, item.note.plain, [],
        item.note.plain + " " + item.versions.map(\.says.plain).joined(separator: " "))
    }
    for document in corpus.documents {
      for section in document.sections {
        for paragraph in section.paragraphs where !paragraph.preformatted {
          let citation = Citation(
            document: document.id, section: section.id, paragraph: paragraph.number)
          add(
            .paragraph(citation), .paragraph,
            "\(document.id) › \(section.title) ¶\(paragraph.number)", [],
            paragraph.text.plain, mentioned: paragraph.text.mentionedActors)
        }
      }
    }
    self.entries = entries
    for actor in corpus.actors {
      actorNames[actor.id] = ([actor.name] + actor.aliases).map(TextFolding.fold)
      actorTitles[actor.id] = actor.name
    }
    entryKinds = entries.map(\.kind)
    for (e, entry) in entries.enumerated() {
      for name in Set(entry.foldedNames) where !name.isEmpty { names.append((name, Int32(e))) }
    }
    names.sort { $0.name < $1.name }
    buildPostings(actorOrder: corpus.actors.map(\.id), parts: parts)
  }

  /// Every actor's name and aliases, folded.
  private var actorNames: [String: [String]] = [:]
  private var actorTitles: [String: String] = [:]

  private mutating func buildPostings(actorOrder: [String], parts requested: Int?) {
    // Plain loops over locals, no closures: this runs for every word of the corpus.
    var words: [String] = []
    // The words of each actor's names, once: every item that mentions the actor has them.
    var actorTokens: [String: [Int32]] = [:]
    for actor in actorOrder {
      var ids: [Int32] = []
      for name in actorNames[actor] ?? [] {
        SearchIndex.tokenize(folded: name, into: &words)
        for word in words { ids.append(number(word)) }
      }
      actorTokens[actor] = ids
    }
    // The entries in parts (two for a large corpus), one on each core, each numbering the words
    // it adds after the actors' words; the parts' words are then given their final numbers.
    let parts = max(1, min(requested ?? (entries.count < 2000 ? 1 : 2), entries.count))
    let bounds = (0...parts).map { entries.count * $0 / parts }
    let parted = ParallelResults<PostingsPart>(count: parts)
    let (known, all, nameTokens) = (tokenIDs, entries, actorTokens)
    DispatchQueue.concurrentPerform(iterations: parts) { part in
      parted.set(
        part,
        PostingsPart(
          all[bounds[part]..<bounds[part + 1]], known: known, actorTokens: nameTokens))
    }
    // Final numbers for the words each part added, then a counting sort of the parts' postings
    // straight into compressed rows (token by token, entries in order).
    let base = Int32(tokens.count)
    let built = parted.values
    var finals: [[Int32]] = []
    for part in built {
      var final: [Int32] = []
      for word in part.added { final.append(number(word)) }
      finals.append(final)
    }
    @inline(__always) func row(_ token: Int32, _ final: [Int32]) -> Int {
      Int(token < base ? token : final[Int(token - base)])
    }
    var counts = [Int32](repeating: 0, count: tokens.count + 1)
    for (part, final) in zip(built, finals) {
      for item in part.flat { counts[row(item.token, final) + 1] += 1 }
    }
    for i in 1..<counts.count { counts[i] += counts[i - 1] }
    offsets = counts
    var cursor = counts
    postings = [Posting](repeating: Posting(entry: 0, inName: false), count: Int(counts.last!))
    for (part, final) in zip(built, finals) {
      for item in part.flat {
        let token = row(item.token, final)
        postings[Int(cursor[token])] = item.posting
        cursor[token] += 1
      }
    }
    sortedTokens = (0..<Int32(tokens.count)).sorted { tokens[Int($0)] < tokens[Int($1)] }
    for (i, token) in tokens.enumerated() {
      let utf8 = Array(token.utf8)
      fuzzyBuckets[SearchIndex.bucket(utf8.count, utf8[0]), default: []].append(Int32(i))
      tokenBytes.append(contentsOf: token.utf8)
      tokenBytesOffsets.append(Int32(tokenBytes.count))
    }
  }

  /// The number of a word, given the next one if it is new.
  private mutating func number(_ word: String) -> Int32 {
    if let id = tokenIDs[word] { return id }
    let id = Int32(tokens.count)
    tokens.append(word)
    tokenIDs[word] = id
    return id
  }

  /// The postings of a run of entries (numbered as in the whole index), with the words it found
  /// that `known` does not hold, numbered from `known.count` on.
  struct PostingsPart: Sendable {
    var added: [String] = []
    var flat: [(token: Int32, posting: Posting)] = []

    init(
      _ entries: ArraySlice<Entry>, known: [String: Int32],
      actorTokens: [String: [Int32]]
    ) {
      var tokenIDs = known
      let base = known.count
      var words: [String] = []
      /// Per token: 0 when not seen in the current entry, 1 when seen in its text, 2 in a name.
      var seen = [UInt8](repeating: 0, count: base)
      var touched: [Int32] = []
      flat.reserveCapacity(entries.count * 24)
      for e in entries.indices {
        let texts = entries[e].foldedNames.map { ($0, true) } + [(entries[e].body, false)]
        for (text, inName) in texts {
          SearchIndex.tokenize(folded: text, into: &words)
          for word in words {
            let id: Int32
            if let found = tokenIDs[word] {
              id = found
            } else {
              id = Int32(base + added.count)
              added.append(word)
              tokenIDs[word] = id
              seen.append(0)
            }
            let i = Int(id)
            if seen[i] == 0 { touched.append(id) }
            if inName { seen[i] = 2 } else if seen[i] == 0 { seen[i] = 1 }
          }
        }
        for actor in entries[e].mentioned {
          for id in actorTokens[actor] ?? [] where seen[Int(id)] == 0 {
            touched.append(id)
            seen[Int(id)] = 1
          }
        }
        for id in touched {
          flat.append((id, Posting(entry: Int32(e), inName: seen[Int(id)] == 2)))
          seen[Int(id)] = 0
        }
        touched.removeAll(keepingCapacity: true)
      }
    }
  }

  /// Splits text into folded words of letters and digits (case and diacritics removed).
  /// ASCII is folded byte by byte; other characters go through ``TextFolding``.
  static func tokenize(folded text: String, _ body: (String) -> Void) {
    var words: [String] = []
    tokenize(folded: text, into: &words)
    words.forEach(body)
  }

  /// Replaces `words` with the folded words of `text` (see ``tokenize(folded:_:)``). Hot loops
  /// use this form: closures that change captured variables cost an exclusivity check a call.
  static func tokenize(folded text: String, into words: inout [String]) {
    words.removeAll(keepingCapacity: true)
    var text = text
    text.withUTF8 { tokenize(utf8: $0, into: &words) }
  }

  /// The words of UTF-8 text; everything is passed in and out, so that no check runs per word.
  private static func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>, into words: inout [String]) {
    var word: [UInt8] = []
    word.reserveCapacity(32)
    var scalars = String.UnicodeScalarView()
    @inline(__always) func flush(_ word: inout [UInt8], _ words: inout [String]) {
      if !word.isEmpty {
        words.append(String(decoding: word, as: UTF8.self))
        word.removeAll(keepingCapacity: true)
      }
    }
    var i = 0
    let n = bytes.count
    while i < n {
      let b = bytes[i]
      if b < 0x80 {
        if (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
          word.append(b)
        } else if b >= 0x41 && b <= 0x5A {
          word.append(b + 0x20)
        } else {
          flush(&word, &words)
        }
        i += 1
        continue
      }
      // A multi-byte character: decode it, fold it, keep it if it is a letter or digit.
      let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
      let end = min(n, i + length)
      var decoder = UTF8()
      var iterator = UnsafeBufferPointer(rebasing: bytes[i..<end]).makeIterator()
      i = end
      guard case .scalarValue(let scalar) = decoder.decode(&iterator),
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
          || (0x300...0x36F).contains(scalar.value)
      else {
        flush(&word, &words)
        continue
      }
      scalars.removeAll(keepingCapacity: true)
      TextFolding.append(scalar, to: &scalars)
      for folded in scalars {
        if folded.value < 0x80 {
          let v = UInt8(folded.value)
          if (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) { word.append(v) }
        } else {
          word.append(contentsOf: String(folded).utf8)
        }
      }
    }
    flush(&word, &words)
  }

  /// The number of indexed items.
  public var count: Int { entries.count }

  /// Token numbers whose text starts with `prefix`, excluding `prefix` itself.
  private func prefixTokens(_ prefix: String, limit: Int) -> ArraySlice<Int32> {
    var low = 0
    var high = sortedTokens.count
    while low < high {
      let mid = (low + high) / 2
      if tokens[Int(sortedTokens[mid])] < prefix { low = mid + 1 } else { high = mid }
    }
    var end = low
    while end < sortedTokens.count, end - low < limit,
      tokens[Int(sortedTokens[end])].hasPrefix(prefix)
    {
      end += 1
    }
    return sortedTokens[low..<end]
  }

  /// Vocabulary words within a small edit distance of `token` (1, or 2 for eight letters
  /// or more), compared on UTF-8 bytes without allocating.
  private func fuzzyTokens(_ token: String) -> [Int32] {
    let query = Array(token.utf8)
    guard query.count >= 4, query.count < 60 else { return [] }
    let limit = query.count >= 8 ? 2 : 1
    var result: [Int32] = []
    var rows = [Int32](repeating: 0, count: 128)
    query.withUnsafeBufferPointer { a in
      tokenBytes.withUnsafeBufferPointer { bytes in
        rows.withUnsafeMutableBufferPointer { rows in
          // Candidates share the first letter: typos seldom hit it, and it keeps the scan short.
          for length in (query.count - limit)...(query.count + limit) {
            for id in fuzzyBuckets[SearchIndex.bucket(length, query[0])] ?? [] {
              let start = Int(tokenBytesOffsets[Int(id)])
              let end = Int(tokenBytesOffsets[Int(id) + 1])
              let b = UnsafeBufferPointer(rebasing: bytes[start..<end])
              if SearchIndex.within(a, b, limit: limit, rows: rows) { result.append(id) }
            }
          }
        }
      }
    }
    return result
  }

  /// Whether the edit distance of `a` and `b` is at most `limit`, computing only the band of
  /// cells within `limit` of the diagonal. `rows` holds two rows of at least `b.count + 1`.
  static func within(
    _ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit k: Int,
    rows: UnsafeMutableBufferPointer<Int32>
  ) -> Bool {
    let n = a.count
    let m = b.count
    guard abs(n - m) <= k, m + 1 <= rows.count / 2 else { return false }
    let big = Int32(k + 1)
    var prev = rows.baseAddress!
    var cur = prev + (rows.count / 2)
    for j in 0...m { prev[j] = j <= k ? Int32(j) : big }
    for i in 1...n {
      let lo = max(1, i - k)
      let hi = min(m, i + k)
      cur[lo - 1] = lo == 1 ? Int32(i) : big
      var rowMin = cur[lo - 1]
      let ai = a[i - 1]
      var j = lo
      while j <= hi {
        let diagonal = prev[j - 1] + (ai == b[j - 1] ? 0 : 1)
        let up = j <= i - 1 + k ? prev[j] + 1 : big
        let value = min(diagonal, up, cur[j - 1] + 1)
        cur[j] = value
        if value < rowMin { rowMin = value }
        j += 1
      }
      if hi < m { cur[hi + 1] = big }
      if rowMin > big - 1 { return false }
      swap(&prev, &cur)
    }
    return prev[m] <= Int32(k)
  }

  /// Searches for `query`, returning at most `limit` results, best first.
  public func search(_ query: String, limit: Int = 50, kinds: Set<Kind>? = nil) -> SearchResults {
    let folded = TextFolding.fold(query).trimmingSpaces
    var queryTokens: [String] = []
    SearchIndex.tokenize(folded: folded) { queryTokens.append($0) }
    guard !queryTokens.isEmpty else { return SearchResults(query: query, results: [], total: 0) }
    queryTokens = Array(uniqued(queryTokens).prefix(8))

    return scratch.withBuffers(count: entries.count) { matched, worst, nameHits in
      rank(queryTokens, folded: folded, limit: limit, kinds: kinds, matched, worst, nameHits)
    }
  }

  /// Matches every query word (AND) and keeps the best `limit` entries.
  /// `matched[e]` counts the words entry e has matched so far; `worst[e]` is its weakest word
  /// match (3 exact, 2 prefix, 1 fuzzy); `nameHits[e]` counts words matched in a name.
  private func rank(
    _ queryTokens: [String], folded: String, limit: Int, kinds: Set<Kind>?,
    _ matched: UnsafeMutableBufferPointer<UInt8>, _ worst: UnsafeMutableBufferPointer<UInt8>,
    _ nameHits: UnsafeMutableBufferPointer<UInt8>
  ) -> SearchResults {
    // Sources are visited best first (exact, prefix, fuzzy), so an entry's first hit for a
    // word is its best match for that word. Bit 0x80 of worst[e] marks "name hit counted".
    var firstTouched: [Int32] = []
    var candidates: [Int32] = []
    /// The words the first query word matched only approximately, for the snippets.
    var alternates: [String] = []
    defer {
      // Leave the scratch buffers clean for the next query.
      for c in firstTouched {
        matched[Int(c)] = 0
        worst[Int(c)] = 0
        nameHits[Int(c)] = 0
      }
    }
    for (t, token) in queryTokens.enumerated() {
      var sources: [(Int32, UInt8)] = []
      if let exact = tokenIDs[token] { sources.append((exact, 3)) }
      for id in prefixTokens(token, limit: 400) where tokens[Int(id)] != token {
        sources.append((id, 2))
      }
      if sources.isEmpty {
        for id in fuzzyTokens(token) where !tokens[Int(id)].hasPrefix(token) {
          sources.append((id, 1))
          if t == 0 { alternates.append(tokens[Int(id)]) }
        }
      }
      var next: [Int32] = []
      var expected = 0
      for (tokenID, _) in sources {
        expected += Int(offsets[Int(tokenID) + 1] - offsets[Int(tokenID)])
      }
      next.reserveCapacity(min(expected, t == 0 ? entries.count : candidates.count))
      postings.withUnsafeBufferPointer { postings in
        for (tokenID, value) in sources {
          let range = Int(offsets[Int(tokenID)])..<Int(offsets[Int(tokenID) + 1])
          for posting in postings[range] {
            let e = Int(posting.entry)
            let count = matched[e]
            if count == UInt8(t) {
              matched[e] = count + 1
              worst[e] = t == 0 ? value : min(worst[e], value)
              if posting.inName {
                nameHits[e] += 1
                worst[e] |= 0x80
              }
              next.append(posting.entry)
            } else if count == UInt8(t + 1), posting.inName, worst[e] & 0x80 == 0 {
              nameHits[e] += 1
              worst[e] |= 0x80
            }
          }
        }
      }
      for c in next { worst[Int(c)] &= 0x7F }
      if t == 0 { firstTouched = next }
      candidates = next
      if candidates.isEmpty { break }
    }
    let required = UInt8(queryTokens.count)
    // Entries with a name equal to the query (exact) or starting with it (prefix), flagged in
    // bits 0x40 (prefix) and 0x80 (exact) of nameHits, and cleared again at the end.
    var boosted: [Int32] = []
    var low = 0
    var high = names.count
    while low < high {
      let mid = (low + high) / 2
      if names[mid].name < folded { low = mid + 1 } else { high = mid }
    }
    while low < names.count, names[low].name.hasPrefix(folded), boosted.count < 5000 {
      let e = Int(names[low].entry)
      nameHits[e] |= names[low].name == folded ? 0x80 : 0x40
      boosted.append(names[low].entry)
      low += 1
    }
    defer { for e in boosted { nameHits[Int(e)] &= 0x3F } }
    var top: [(key: UInt64, tier: SearchResult.Tier)] = []
    var total = 0
    for c in candidates where matched[Int(c)] == required {
      let e = Int(c)
      let kind = entryKinds[e]
      if let kinds, !kinds.contains(kind) { continue }
      total += 1
      var tier: SearchResult.Tier = worst[e] == 3 ? .word : worst[e] == 2 ? .prefix : .fuzzy
      let flags = nameHits[e] & 0xC0
      let boost: SearchResult.Tier? = flags & 0x80 != 0 ? .exact : flags != 0 ? .prefix : nil
      if let boost,
        tier != .fuzzy || boost == .exact || kind == .actor
          || kind == .glossary
      {
        tier = min(tier, boost)
      }
      let key =
        UInt64(tier.rawValue) << 60 | UInt64(255 - Int(nameHits[e] & 0x3F)) << 48
        | UInt64(kind.rawValue) << 40 | UInt64(e)
      if top.count == limit, let last = top.last, key >= last.key { continue }
      var low = 0
      var high = top.count
      while low < high {
        let mid = (low + high) / 2
        if top[mid].key < key { low = mid + 1 } else { high = mid }
      }
      top.insert((key, tier), at: low)
      if top.count > limit { top.removeLast() }
    }
    let results = top.map { item -> SearchResult in
      let e = Int(item.key & 0xFF_FFFF_FFFF)
      let entry = entries[e]
      return SearchResult(
        ref: entry.ref, kind: entry.kind, title: entry.title, tier: item.tier,
        score: Int(nameHits[e] & 0x3F),
        matched: describeMatch(entry, queryTokens, folded, alternates: alternates),
        entryIndex: e)
    }
    return SearchResults(query: queryTokens.joined(separator: " "), results: results, total: total)
  }

  /// Says what matched: a name, an alias, or a passage of the text with context.
  /// `alternates` are the words that the first query word matched approximately.
  private func describeMatch(
    _ entry: Entry, _ queryTokens: [String], _ folded: String, alternates: [String]
  ) -> String {
    let token = queryTokens.first ?? folded
    let firstWords = [token] + alternates
    for (i, name) in entry.foldedNames.enumerated() {
      var nameTokens: [String] = []
      SearchIndex.tokenize(folded: name) { nameTokens.append($0) }
      let hit = queryTokens.enumerated().allSatisfy { t, q in
        nameTokens.contains { word in
          t == 0 ? firstWords.contains { word.hasPrefix($0) } : word.hasPrefix(q)
        }
      }
      if hit {
        if i == 0 {
          return entry.kind == .actor ? "name" : entry.kind == .glossary ? "term" : "title"
        }
        if entry.names[i].isEmpty { return "id" }
        return entry.kind == .glossary ? "expansion" : "alias \u{201C}\(entry.names[i])\u{201D}"
      }
    }
    let position = SearchIndex.firstWord(in: entry.body, startingWith: firstWords)
    if position == nil {
      for actor in entry.mentioned {
        let names = actorNames[actor] ?? []
        if names.contains(where: { name in firstWords.contains { name.contains($0) } }) {
          return "mentions \(actorTitles[actor] ?? actor)"
        }
      }
    }
    return "text: " + SearchIndex.snippet(entry.body, at: position ?? entry.body.startIndex)
  }

  /// A short extract of `text` around the first word that starts with `token` (folded).
  public static func snippet(_ text: String, around token: String, width: Int = 60) -> String {
    snippet(text, at: firstWord(in: text, startingWith: [token]) ?? text.startIndex, width: width)
  }

  /// A short extract of `text` that shows `position` about a third of the way in.
  static func snippet(_ text: String, at position: String.Index, width: Int = 60) -> String {
    let start =
      text.index(position, offsetBy: -(width / 3), limitedBy: text.startIndex) ?? text.startIndex
    let end = text.index(start, offsetBy: width, limitedBy: text.endIndex) ?? text.endIndex
    var result = String(text[start..<end]).trimmingSpaces
    if start > text.startIndex { result = "\u{2026}" + result }
    if end < text.endIndex { result += "\u{2026}" }
    return result
  }

  /// Where the first word of `text` whose folded form starts with one of `tokens` (folded
  /// words) begins. Words are folded a scalar at a time, only as far as the longest token.
  static func firstWord(in text: String, startingWith tokens: [String]) -> String.Index? {
    let wanted = tokens.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty }
    guard let longest = wanted.map(\.count).max() else { return nil }
    var word: [Unicode.Scalar] = []
    word.reserveCapacity(longest + 4)
    let scalars = text.unicodeScalars
    var i = scalars.startIndex
    while i < scalars.endIndex {
      guard isWordScalar(scalars[i]) else {
        scalars.formIndex(after: &i)
        continue
      }
      let start = i
      word.removeAll(keepingCapacity: true)
      while i < scalars.endIndex, isWordScalar(scalars[i]) {
        if word.count < longest { TextFolding.fold(scalars[i]) { word.append($0) } }
        scalars.formIndex(after: &i)
      }
      if wanted.contains(where: { word.starts(with: $0) }) { return start }
    }
    return nil
  }

  /// Letters, digits and the combining marks that belong to them.
  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x80 {
      return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
    }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
  }

}

/// Removes repeated elements, keeping the first of each.
private func uniqued(_ items: [String]) -> [String] {
  var seen: Set<String> = []
  return items.filter { seen.insert($0).inserted }
}

/// One search hit.
public struct SearchResult: Sendable {
  /// How well the result matched, best first.
  public enum Tier: Int, Sendable, Comparable {
    case exact, prefix, word, fuzzy
    public static func < (a: Tier, b: Tier) -> Bool { a.rawValue < b.rawValue }
    public var label: String {
      switch self {
      case .exact: "exact"
      case .prefix: "prefix"
      case .word: "word"
      case .fuzzy: "fuzzy"
      }
    }
  }

  public var ref: ItemRef
  public var kind: SearchIndex.Kind
  public var title: String
  public var tier: Tier
  public var score: Int
  /// What matched: "name", "alias “Lukashenko”", "text: …context…".
  public var matched: String
  var entryIndex: Int
}

/// The results of one query.
public struct SearchResults: Sendable {
  public var query: String
  /// The best results, at most the requested number.
  public var results: [SearchResult]
  /// How many items matched in all.
  public var total: Int

  /// The results grouped by kind, kinds in a fixed order.
  public var grouped: [(kind: SearchIndex.Kind, results: [SearchResult])] {
    SearchIndex.Kind.allCases.compactMap { kind in
      let items = results.filter { $0.kind == kind }
      return items.isEmpty ? nil : (kind, items)
    }
  }
}

/// Counters for one query at a time, shared by the queries of one index (serialised by a lock).
final class SearchScratch: @unchecked Sendable {
  private let lock = NSLock()
  private var matched: [UInt8] = []
  private var worst: [UInt8] = []
  private var nameHits: [UInt8] = []

  func withBuffers<T>(
    count: Int,
    _ body: (
      UnsafeMutableBufferPointer<UInt8>, UnsafeMutableBufferPointer<UInt8>,
      UnsafeMutableBufferPointer<UInt8>
    ) -> T
  ) -> T {
    lock.lock()
    defer { lock.unlock() }
    if matched.count != count {
      matched = Array(repeating: 0, count: count)
      worst = Array(repeating: 0, count: count)
      nameHits = Array(repeating: 0, count: count)
    }
    return matched.withUnsafeMutableBufferPointer { m in
      worst.withUnsafeMutableBufferPointer { w in
        nameHits.withUnsafeMutableBufferPointer { h in body(m, w, h) }
      }
    }
  }
}
