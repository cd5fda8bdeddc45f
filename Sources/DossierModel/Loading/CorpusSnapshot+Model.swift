import Foundation

// Every value of a loaded corpus, field by field in declaration order. A field added to the
// model must be added here too: `CorpusSnapshotTests` compares every stored property of a
// corpus read back with the original (by reflection), so a forgotten field fails it.

extension Corpus: SnapshotCodable {
  /// Four blocks, each with its length first, read back on several cores at once: the files,
  /// the events, the other records with the diagnostics, and the indexes.
  func write(to out: inout SnapshotWriter) {
    out.put(root)
    out.block { $0.put(files) }
    out.block { $0.put(events) }
    out.block {
      $0.put(manifest)
      $0.put(sources)
      $0.put(actors)
      $0.put(documents)
      $0.put(myths)
      $0.put(disagreements)
      $0.put(glossary)
      $0.put(diagnostics)
    }
    out.block { $0.put(index) }
  }

  init(from r: inout SnapshotReader) throws {
    let root: String = try r.get()
    let blocks = try (0..<4).map { _ in try r.raw() }
    final class Parts: @unchecked Sendable {
      var files: [SourceFile] = []
      var events: [Event] = []
      var records:
        (
          Manifest, [Source], [Actor], [Document], [Myth], [Disagreement], [GlossaryEntry],
          [Diagnostic]
        )?
      var index = CorpusIndex()
      var failed = false
    }
    let parts = Parts()
    nonisolated(unsafe) let raw = blocks
    DispatchQueue.concurrentPerform(iterations: 4) { block in
      var b = SnapshotReader(raw[block])
      do {
        switch block {
        case 0: parts.files = try b.get()
        case 1: parts.events = try b.get()
        case 2:
          parts.records = (
            try b.get(), try b.get(), try b.get(), try b.get(), try b.get(), try b.get(),
            try b.get(), try b.get()
          )
        default: parts.index = try b.get()
        }
        if !b.isAtEnd { parts.failed = true }
      } catch {
        parts.failed = true
      }
    }
    guard !parts.failed, let records = parts.records else { throw SnapshotReader.Corrupt() }
    self.init(
      root: root, files: parts.files, manifest: records.0, sources: records.1,
      actors: records.2, documents: records.3, events: parts.events, myths: records.4,
      disagreements: records.5, glossary: records.6, diagnostics: records.7,
      index: parts.index)
  }
}

extension SourceFile: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(path)
    bytes.withUnsafeBytes { out.raw($0) }
    // Line starts are made again from the bytes.
  }
  init(from r: inout SnapshotReader) throws {
    let path: String = try r.get()
    self.init(path: path, bytes: [UInt8](try r.raw()))
  }
}

extension Manifest: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(id)
    out.put(title)
    out.put(description)
    out.put(language)
    out.put(eras)
    out.put(lanes)
    out.put(verdicts)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(
      id: try r.get(), title: try r.get(), description: try r.get(), language: try r.get(),
      eras: try r.get(), lanes: try r.get(), verdicts: try r.get())
  }
}

extension Era: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(id)
    out.put(name)
    out.put(dates)
    out.put(summary)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(id: try r.get(), name: try r.get(), dates: try r.get(), summary: try r.get())
  }
}

extension Lane: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(id)
    out.put(name)
    out.put(short)
    out.put(summary)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(id: try r.get(), name: try r.get(), short: try r.get(), summary: try r.get())
  }
}

extension Verdict: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(id)
    out.put(label)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(id: try r.get(), label: try r.get())
  }
}

extension Source.Kind: SnapshotRawText {}

extension Source: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(id)
    out.put(title)
    out.put(shortTitle)
    out.put(authors)
    out.put(publisher)
    out.put(date)
    out.put(kind)
    out.put(url)
    out.put(language)
    out.put(note)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(
      id: try r.get(), title: try r.get(), shortTitle: try r.get(), authors: try r.get(),
      publisher: try r.get(),
      date: try r.get(), kind: try r.get(), url: try r.get(), language: try r.get(),
      note: try r.get())
  }
}

extension Actor.Kind: SnapshotRawText {}
extension RelationType: SnapshotRawText {}

extension Actor.Role: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(role)
    out.put(dates)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(role: try r.get(), dates: try r.get())
  }
}

extension Actor.Relation: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(type)
    out.put(target)
    out.put(dates)
    out.put(note)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(type: try r.get(), target: try r.get(), dates: try r.get(), note: try r.get())
  }
}

extension Actor: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(id)
    out.put(name)
    out.put(aliases)
    out.put(kind)
    out.put(summary)
    out.put(roles)
    out.put(relations)
    out.put(active)
    out.put(tags)
    out.put(citations)
    out.put(aliasSources)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(
      id: try r.get(), name: try r.get(), aliases: try r.get(), kind: try r.get(),
      summary: try r.get(), roles: try r.get(), relations: try r.get(), active: try r.get(),
      tags: try r.get(), citations: try r.get(), aliasSources: try r.get())
  }
}

extension RichText: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(plain)
    out.int(mentions.count)
    for mention in mentions {
      out.put(mention.start)
      out.put(mention.end)
      out.put(mention.id)
    }
  }
  init(from r: inout SnapshotReader) throws {
    let plain: String = try r.get()
    let n = try r.count()
    var mentions: [Mention] = []
    mentions.reserveCapacity(n)
    for _ in 0..<n {
      mentions.append(Mention(start: try r.get(), end: try r.get(), id: try r.get()))
    }
    self.init(plain: plain, mentions: mentions)
  }
}

extension Document: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(id)
    out.put(sourceID)
    out.put(title)
    out.put(summary)
    out.put(sections)
    out.put(file)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(
      id: try r.get(), sourceID: try r.get(), title: try r.get(), summary: try r.get(),
      sections: try r.get(), file: try r.get())
  }
}

extension Section: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(id)
    out.put(title)
    out.put(level)
    out.put(paragraphs)
    out.put(offset)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(
      id: try r.get(), title: try r.get(), level: try r.get(), paragraphs: try r.get(),
      offset: try r.get())
  }
}

extension Paragraph: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(number)
    out.put(text)
    out.put(preformatted)
    out.put(events)
    out.put(offset)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(
      number: try r.get(), text: try r.get(), preformatted: try r.get(), events: try r.get(),
      offset: try r.get())
  }
}

extension Event: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(id)
    out.put(date)
    out.put(display)
    out.put(title)
    out.put(summary)
    out.put(actors)
    out.put(associated)
    out.put(lane)
    out.put(tags)
    out.put(location)
    out.put(figures)
    out.put(after)
    out.put(citations)
    out.put(span)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(
      id: try r.get(), date: try r.get(), display: try r.get(), title: try r.get(),
      summary: try r.get(), actors: try r.get(), associated: try r.get(), lane: try r.get(),
      tags: try r.get(), location: try r.get(), figures: try r.get(), after: try r.get(),
      citations: try r.get(), span: try r.get())
  }
}

extension Figure: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(value)
    out.put(max)
    out.put(unit)
    out.put(counts)
    out.put(approximate)
    out.put(note)
    out.put(citation)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(
      value: try r.get(), max: try r.get(), unit: try r.get(), counts: try r.get(),
      approximate: try r.get(), note: try r.get(), citation: try r.get())
  }
}

extension Citation: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(document)
    out.put(section)
    out.put(paragraph)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(document: try r.get(), section: try r.get(), paragraph: try r.get())
  }
}

extension SourceSpan: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(file)
    out.put(offset)
    out.put(length)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(file: try r.get(), offset: try r.get(), length: try r.get())
  }
}

extension EDTFDate.Point: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(year)
    out.put(month)
    out.put(day)
    out.int(precision.rawValue)
    out.put(uncertain)
    out.put(approximate)
  }
  init(from r: inout SnapshotReader) throws {
    let year: Int = try r.get()
    let month: Int? = try r.get()
    let day: Int? = try r.get()
    guard let precision = Precision(rawValue: try r.int()) else { throw SnapshotReader.Corrupt() }
    self.init(
      year: year, month: month, day: day, precision: precision, uncertain: try r.get(),
      approximate: try r.get())
  }
}

extension EDTFDate.Bound: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    switch self {
    case .point(let point):
      out.int(0)
      out.put(point)
    case .open: out.int(1)
    case .unknown: out.int(2)
    }
  }
  init(from r: inout SnapshotReader) throws {
    switch try r.int() {
    case 0: self = .point(try r.get())
    case 1: self = .open
    case 2: self = .unknown
    default: throw SnapshotReader.Corrupt()
    }
  }
}

extension EDTFDate: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    switch value {
    case .single(let point):
      out.int(0)
      out.put(point)
    case .range(let start, let end):
      out.int(1)
      out.put(start)
      out.put(end)
    }
    out.put(text)
  }
  init(from r: inout SnapshotReader) throws {
    let value: Value
    switch try r.int() {
    case 0: value = .single(try r.get())
    case 1: value = .range(try r.get(), try r.get())
    default: throw SnapshotReader.Corrupt()
    }
    self.init(value: value, text: try r.get())
  }
}

extension Myth.Effect: SnapshotRawText {}
extension Myth.Stance.Value: SnapshotRawText {}

extension Myth.Evidence: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    switch target {
    case .event(let id):
      out.int(0)
      out.put(id)
    case .citation(let citation):
      out.int(1)
      out.put(citation)
    }
    out.put(effect)
    out.put(note)
  }
  init(from r: inout SnapshotReader) throws {
    let target: Target
    switch try r.int() {
    case 0: target = .event(try r.get())
    case 1: target = .citation(try r.get())
    default: throw SnapshotReader.Corrupt()
    }
    self.init(target: target, effect: try r.get(), note: try r.get())
  }
}

extension Myth.Stance: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(source)
    out.put(stance)
    out.put(date)
    out.put(reason)
    out.put(citation)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(
      source: try r.get(), stance: try r.get(), date: try r.get(), reason: try r.get(),
      citation: try r.get())
  }
}

extension Myth: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(id)
    out.put(claim)
    out.put(heldBy)
    out.put(heldByText)
    out.put(parent)
    out.put(verdict)
    out.put(conclusion)
    out.put(citations)
    out.put(evidence)
    out.put(stances)
    out.put(noStancesReason)
    out.put(tags)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(
      id: try r.get(), claim: try r.get(), heldBy: try r.get(), heldByText: try r.get(),
      parent: try r.get(), verdict: try r.get(), conclusion: try r.get(),
      citations: try r.get(), evidence: try r.get(), stances: try r.get(),
      noStancesReason: try r.get(), tags: try r.get())
  }
}

extension Disagreement.Aspect: SnapshotRawText {}

extension Disagreement.Version: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(citation)
    out.put(says)
    out.put(event)
    out.put(actor)
    out.put(myth)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(
      citation: try r.get(), says: try r.get(), event: try r.get(), actor: try r.get(),
      myth: try r.get())
  }
}

extension Disagreement: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(id)
    out.put(about)
    out.put(aspect)
    out.put(note)
    out.put(versions)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(
      id: try r.get(), about: try r.get(), aspect: try r.get(), note: try r.get(),
      versions: try r.get())
  }
}

extension GlossaryEntry: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(id)
    out.put(term)
    out.put(expansion)
    out.put(definition)
    out.put(actors)
    out.put(citations)
  }
  init(from r: inout SnapshotReader) throws {
    self.init(
      id: try r.get(), term: try r.get(), expansion: try r.get(), definition: try r.get(),
      actors: try r.get(), citations: try r.get())
  }
}

extension DiagnosticID: SnapshotRawText {}
extension Severity: SnapshotRawText {}

extension Diagnostic: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(id)
    out.put(severity)
    out.put(message)
    out.put(span)
    out.put(hint)
    out.put(path)
  }
  init(from r: inout SnapshotReader) throws {
    let id: DiagnosticID = try r.get()
    let severity: Severity = try r.get()
    self.init(
      id, severity, try r.get(), at: try r.get(), hint: try r.get(), path: try r.get())
  }
}

extension ItemRef: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    switch self {
    case .actor(let id): out.int(0); out.put(id)
    case .event(let id): out.int(1); out.put(id)
    case .myth(let id): out.int(2); out.put(id)
    case .source(let id): out.int(3); out.put(id)
    case .document(let id): out.int(4); out.put(id)
    case .section(let document, let section):
      out.int(5)
      out.put(document)
      out.put(section)
    case .paragraph(let citation): out.int(6); out.put(citation)
    case .glossary(let id): out.int(7); out.put(id)
    case .disagreement(let id): out.int(8); out.put(id)
    case .diagnostic(let n): out.int(9); out.put(n)
    }
  }
  init(from r: inout SnapshotReader) throws {
    switch try r.int() {
    case 0: self = .actor(try r.get())
    case 1: self = .event(try r.get())
    case 2: self = .myth(try r.get())
    case 3: self = .source(try r.get())
    case 4: self = .document(try r.get())
    case 5: self = .section(document: try r.get(), section: try r.get())
    case 6: self = .paragraph(try r.get())
    case 7: self = .glossary(try r.get())
    case 8: self = .disagreement(try r.get())
    case 9: self = .diagnostic(try r.get())
    default: throw SnapshotReader.Corrupt()
    }
  }
}

/// An incoming relation: the other actor and the relation.
private struct IncomingRelation: SnapshotCodable {
  var from: String
  var relation: Actor.Relation
  func write(to out: inout SnapshotWriter) {
    out.put(from)
    out.put(relation)
  }
  init(from: String, relation: Actor.Relation) {
    self.from = from
    self.relation = relation
  }
  init(from r: inout SnapshotReader) throws {
    self.init(from: try r.get(), relation: try r.get())
  }
}

extension CorpusIndex: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.put(actorByID)
    out.put(eventByID)
    out.put(mythByID)
    out.put(sourceByID)
    out.put(documentByID)
    out.put(disagreementByID)
    out.put(glossaryByID)
    out.put(actorsByFoldedName)
    out.put(eventsByActor)
    out.put(mythsByActor)
    out.put(mentions)
    out.put(
      incomingRelations.mapValues {
        $0.map { IncomingRelation(from: $0.from, relation: $0.relation) }
      })
    out.put(eventsByLane)
    out.put(mythChildren)
    out.put(backlinks)
    out.put(disagreementsByItem)
  }
  init(from r: inout SnapshotReader) throws {
    self.init()
    actorByID = try r.get()
    eventByID = try r.get()
    mythByID = try r.get()
    sourceByID = try r.get()
    documentByID = try r.get()
    disagreementByID = try r.get()
    glossaryByID = try r.get()
    actorsByFoldedName = try r.get()
    eventsByActor = try r.get()
    mythsByActor = try r.get()
    mentions = try r.get()
    let incoming: [String: [IncomingRelation]] = try r.get()
    incomingRelations = incoming.mapValues { $0.map { ($0.from, $0.relation) } }
    eventsByLane = try r.get()
    mythChildren = try r.get()
    backlinks = try r.get()
    disagreementsByItem = try r.get()
  }
}
