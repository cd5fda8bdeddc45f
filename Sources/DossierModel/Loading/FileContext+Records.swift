/// Decoding of the YAML records: manifest, sources, actors, myths, disagreements, glossary.
extension FileContext {
  /// The collections a YAML file can hold, by its folder or name.
  enum Collection: String, CaseIterable {
    case sources, actors, myths, disagreements, glossary

    /// The record noun for messages.
    var noun: String {
      switch self {
      case .sources: "a source"
      case .actors: "an actor"
      case .myths: "a myth"
      case .disagreements: "a disagreement"
      case .glossary: "a glossary entry"
      }
    }
  }

  /// Parses a YAML file of a collection: a list of records.
  func parseCollection(_ collection: Collection) {
    let result = YAMLParser.parse(file.bytes)
    report(result.errors)
    guard let root = result.root else { return }
    guard case .sequence(let items) = root.value else {
      report(
        .wrongType, "expected a list of records, found \(root.kindDescription)", at: root,
        hint: "start each record with '- '")
      return
    }
    for item in items {
      switch collection {
      case .sources: decodeSource(item)
      case .actors: decodeActor(item)
      case .myths: decodeMyth(item)
      case .disagreements: decodeDisagreement(item)
      case .glossary: decodeGlossary(item)
      }
    }
  }

  // MARK: Manifest

  func parseManifest() {
    let result = YAMLParser.parse(file.bytes)
    report(result.errors)
    guard let root = result.root, var r = RecordReader(root, "the manifest", in: self) else {
      return
    }
    let id = r.id()?.0 ?? "corpus"
    let title = r.text("title", required: true)?.0 ?? "Untitled corpus"
    let description = r.text("description")?.0
    let language = r.text("language")?.0 ?? "en"
    var eras: [Era] = []
    for node in r.records("eras") {
      guard var e = RecordReader(node, "an era", in: self) else { continue }
      let id = e.id()
      let name = e.text("name", required: true)
      let dates = e.date("dates", required: true)
      let summary = e.text("summary")?.0
      e.finish()
      if let id, let name, let dates {
        eras.append(Era(id: id.0, name: name.0, dates: dates, summary: summary))
      }
    }
    var lanes: [Lane] = []
    var laneIDs: Set<String> = []
    for node in r.records("lanes") {
      guard var l = RecordReader(node, "a lane", in: self) else { continue }
      let id = l.id()
      let name = l.text("name", required: true)
      let short = l.text("short", required: true)
      let summary = l.text("summary")?.0
      l.finish()
      if let (value, node) = short,
        !(1...4).contains(value.count) || value.contains(where: { !$0.isUppercase && !$0.isNumber })
      {
        report(
          .wrongType, "a lane's short label is 1 to 4 capitals, not '\(value)'", at: node,
          hint: "such as 'EXR'")
      }
      if let id, !laneIDs.insert(id.0).inserted {
        report(.duplicateID, "a lane '\(id.0)' is already defined", at: id.1)
        continue
      }
      if let id, let name {
        lanes.append(Lane(id: id.0, name: name.0, short: short?.0 ?? "?", summary: summary))
      }
    }
    if lanes.isEmpty {
      if let node = r.node("lanes"), laneIDs.isEmpty, case .sequence(let items) = node.value,
        items.isEmpty
      {
        // Every event names a lane, so an empty list is reported here once, not at each event.
        report(
          .emptyText, "the manifest lists no lanes; every event needs one", at: node,
          hint: "list the lanes, such as '- {id: exercises, name: Exercises, short: EXR}'")
      } else if r.node("lanes") == nil {
        r.missing("lanes")
      }
    }
    var verdicts: [Verdict] = []
    for node in r.records("verdicts") {
      guard var v = RecordReader(node, "a verdict", in: self) else { continue }
      let id = v.id()
      let label = v.text("label", required: true)
      v.finish()
      if let id, let label { verdicts.append(Verdict(id: id.0, label: label.0)) }
    }
    r.finish()
    let manifest = Manifest(
      id: id, title: title, description: description, language: language, eras: eras,
      lanes: lanes, verdicts: verdicts.isEmpty ? Manifest.defaultVerdicts : verdicts)
    records.manifest = (manifest, span(of: root))
  }

  // MARK: Sources

  func decodeSource(_ node: YAMLNode) {
    guard var r = RecordReader(node, "a source", in: self) else { return }
    let id = r.id()
    let title = r.text("title", required: true)
    let short = r.text("short")?.0
    let authors = r.texts("authors").map(\.0).filter { $0 != "unknown" }
    let publisher = r.text("publisher")?.0
    let dateText = r.text("date")
    let kind = r.choice("kind", Source.Kind.self, diagnostic: .unknownKind, noun: "source kind")
    let url = r.text("url")?.0
    let language = r.text("language")?.0
    let note = r.text("note")?.0
    r.finish()
    var date: EDTFDate?
    if let (text, dateNode) = dateText, text != "unknown" {
      date = parseDate(text, at: dateNode)
    }
    // A source with a bad title or kind is kept (the field is reported once), so that the
    // references to it still resolve.
    guard let id else { return }
    let source = Source(
      id: id.0, title: title?.0 ?? id.0,
      shortTitle: short ?? Source.mainTitle(of: title?.0 ?? id.0), authors: authors,
      publisher: publisher == "unknown" ? nil : publisher, date: date, kind: kind ?? .other,
      url: url == "unknown" ? nil : url, language: language, note: note)
    records.sources.append((source, span(of: id.1)))
  }

  func parseDate(_ text: String, at node: YAMLNode) -> EDTFDate? {
    switch EDTFDate.parse(text) {
    case .success(let date): return date
    case .failure(let error):
      report(
        error.kind == .reversed ? .reversedDate : .invalidDate, error.message, at: node,
        hint: error.kind == .reversed
          ? "write the earlier date first" : "see 'Dates' in docs/format.md")
      return nil
    }
  }

  // MARK: Actors

  func decodeActor(_ node: YAMLNode) {
    guard var r = RecordReader(node, "an actor", in: self) else { return }
    let id = r.id()
    let owner = ItemRef.actor(id?.0 ?? "")
    let name = r.text("name", required: true)
    let (aliases, aliasSources) = decodeAliases(&r, owner: owner)
    let kind = r.choice("kind", Actor.Kind.self, diagnostic: .unknownKind, noun: "actor kind")
    let summary = r.text("summary", required: true)
    var roles: [Actor.Role] = []
    for roleNode in r.records("roles") {
      guard var rr = RecordReader(roleNode, "a role", in: self) else { continue }
      let role = rr.text("role", required: true)
      let dates = rr.date("dates")
      rr.finish()
      if let role { roles.append(Actor.Role(role: role.0, dates: dates)) }
    }
    var relations: [Actor.Relation] = []
    var relationSpans: [SourceSpan] = []
    for relationNode in r.records("relations") {
      guard var rr = RecordReader(relationNode, "a relation", in: self) else { continue }
      let type = rr.choice(
        "type", RelationType.self, diagnostic: .unknownRelation, noun: "relation type")
      let target = rr.text("to", required: true)
      let dates = rr.date("dates")
      let note = rr.text("note")?.0
      rr.finish()
      if let target, let id, target.0 == id.0 {
        report(
          .selfRelation, "actor '\(id.0)' is related to itself", at: target.1,
          hint: "a relation links two different actors; check the id after 'to'")
        continue
      }
      if let target { reference(.actor, target.0, at: target.1, owner: owner) }
      if let type, let target {
        if relations.contains(where: { $0.type == type && $0.target == target.0 }) {
          report(
            .duplicateRelation, "this relation '\(type.rawValue)' to '\(target.0)' is given twice",
            at: relationNode, hint: "remove one of them (merge their dates and notes)")
          continue
        }
        relations.append(Actor.Relation(type: type, target: target.0, dates: dates, note: note))
        relationSpans.append(span(of: target.1))
      }
    }
    let active = r.date("active")
    let tags = tagList(&r)
    let citations = r.citations(owner: owner)
    r.finish()
    // An actor with a bad name or kind is kept (the field is reported once), so that the
    // events, relations and mentions that name it still resolve.
    guard let id else { return }
    let actor = Actor(
      id: id.0, name: name?.0 ?? id.0, aliases: aliases, kind: kind ?? .other,
      summary: summary.map { richText($0.0, at: $0.1.offset, owner: owner) } ?? RichText(plain: ""),
      roles: roles, relations: relations, active: active, tags: tags, citations: citations,
      aliasSources: aliasSources)
    records.actors.append((actor, span(of: id.1)))
    records.relationSpans.append(relationSpans)
  }

  /// The `aliases` of an actor: each a text (which names no source, and is reported) or
  /// `{name: TEXT, sources: [SOURCE, …]}`, the sources that spell the name that way.
  func decodeAliases(_ r: inout RecordReader, owner: ItemRef) -> ([String], [String: [String]]) {
    guard let node = r.node("aliases") else { return ([], [:]) }
    let items: [YAMLNode]
    switch node.value {
    case .sequence(let list): items = list
    case .scalar, .mapping: items = [node]
    case .null: items = []
    }
    var names: [String] = []
    var sources: [String: [String]] = [:]
    for item in items {
      var name: (String, YAMLNode)?
      var attested: [String] = []
      switch item.value {
      case .scalar(let raw):
        let value = r.sanitize(raw.trimmingSpaces, at: item)
        if !value.isEmpty { name = (value, item) }
      case .mapping:
        guard var a = RecordReader(item, "an alias", in: self) else { continue }
        name = a.text("name", required: true)
        for (source, sourceNode) in a.texts("sources") {
          reference(.source, source, at: sourceNode, owner: owner)
          if !attested.contains(source) { attested.append(source) }
        }
        a.finish()
      default:
        report(
          .wrongType,
          "an alias is a name or {name: …, sources: […]}, found \(item.kindDescription)",
          at: item)
      }
      guard let (value, valueNode) = name else { continue }
      if attested.isEmpty {
        report(
          .unattestedAlias, "the alias '\(value)' names no source that spells it so",
          at: valueNode,
          hint:
            "write {name: \(value), sources: [SOURCE]} with the sources that use it, or remove it")
      }
      if !names.contains(value) { names.append(value) }
      if !attested.isEmpty { sources[value, default: []] += attested }
    }
    return (names, sources)
  }

  /// The `tags` of a record, each remembered with its place for the check of similar tags.
  func tagList(_ r: inout RecordReader) -> [String] {
    r.texts("tags").map { value, node in
      records.tags.add(value, at: span(of: node))
      return value
    }
  }

  /// Reads actor ids from a list field and records them for resolution.
  func actorList(
    _ r: inout RecordReader, _ key: String, required: Bool = false, owner: ItemRef
  )
    -> [String]
  {
    r.texts(key, required: required).map { value, node in
      reference(.actor, value, at: node, owner: owner)
      return value
    }
  }

  // MARK: Myths

  func decodeMyth(_ node: YAMLNode) {
    guard var r = RecordReader(node, "a myth", in: self) else { return }
    let id = r.id()
    let owner = ItemRef.myth(id?.0 ?? "")
    let claim = r.text("claim", required: true)
    let heldBy = actorList(&r, "held_by", owner: owner)
    let heldByText = r.text("held_by_text")?.0
    let parent = r.text("parent")
    if let parent { reference(.myth, parent.0, at: parent.1, owner: owner) }
    let verdict = r.text("verdict", required: true)
    if let verdict { reference(.verdict, verdict.0, at: verdict.1, owner: owner) }
    let conclusion = r.text("conclusion", required: true)
    let citations = r.citations(required: true, owner: owner)
    var evidence: [Myth.Evidence] = []
    for item in r.records("evidence") {
      guard var e = RecordReader(item, "an evidence item", in: self) else { continue }
      let event = e.text("event")
      let cite = e.text("cite")
      let effect = e.choice("effect", Myth.Effect.self, diagnostic: .unknownEffect, noun: "effect")
      let note = e.text("note")
      e.finish()
      var target: Myth.Evidence.Target?
      if let event {
        reference(.event, event.0, at: event.1, owner: owner)
        target = .event(event.0)
      }
      if let cite, let citation = citation(cite.0, at: cite.1, owner: owner) {
        if target == nil { target = .citation(citation) }
      }
      if event == nil, cite == nil {
        report(
          .missingField, "an evidence item needs 'event' or 'cite'", at: item,
          hint: "add 'event: ID' or 'cite: DOC#SECTION.N'")
      }
      if let target, let effect,
        evidence.contains(where: { $0.target == target && $0.effect == effect })
      {
        report(
          .duplicateCitation, "this evidence is already listed for the myth as \(effect.rawValue)",
          at: item, hint: "remove one of the two items (merge their notes)")
        continue
      }
      if let target, let effect {
        evidence.append(
          Myth.Evidence(
            target: target, effect: effect,
            note: note.map { richText($0.0, at: $0.1.offset, owner: owner) }))
      }
    }
    var stances: [Myth.Stance] = []
    for item in r.records("stances") {
      guard var s = RecordReader(item, "a stance", in: self) else { continue }
      let source = s.text("source", required: true)
      let stance = s.choice(
        "stance", Myth.Stance.Value.self, diagnostic: .unknownStance, noun: "stance")
      let date = s.date("date")
      let reason = s.text("reason", required: true)
      let cite = s.text("cite")
      s.finish()
      if let source { reference(.source, source.0, at: source.1, owner: owner) }
      var stanceCitation: Citation?
      if let cite, let c = citation(cite.0, at: cite.1, owner: owner) {
        stanceCitation = c
        if let source {
          records.stanceChecks.append((source.0, c, span(of: cite.1)))
        }
      }
      if let source, let stance, let reason {
        stances.append(
          Myth.Stance(
            source: source.0, stance: stance, date: date,
            reason: richText(reason.0, at: reason.1.offset, owner: owner),
            citation: stanceCitation))
      }
    }
    let noStances = r.text("no_stances_reason")?.0
    let tags = tagList(&r)
    r.finish()
    // A myth without a claim or conclusion is kept (the field is reported once), so that its
    // sub-claims still find their parent.
    guard let id, let verdict else {
      // Reported above; references to the myth are not reported again.
      if let id { records.droppedMyths.append(id.0) }
      return
    }
    let myth = Myth(
      id: id.0,
      claim: claim.map { richText($0.0, at: $0.1.offset, owner: owner) }
        ?? RichText(plain: id.0), heldBy: heldBy,
      heldByText: heldByText, parent: parent?.0, verdict: verdict.0,
      conclusion: conclusion.map { richText($0.0, at: $0.1.offset, owner: owner) }
        ?? RichText(plain: ""),
      citations: citations, evidence: evidence, stances: stances, noStancesReason: noStances,
      tags: tags)
    records.myths.append((myth, span(of: id.1)))
  }

  // MARK: Disagreements

  func decodeDisagreement(_ node: YAMLNode) {
    guard var r = RecordReader(node, "a disagreement", in: self) else { return }
    let id = r.id()
    let owner = ItemRef.disagreement(id?.0 ?? "")
    let about = r.text("about")
    let aspect = r.choice(
      "aspect", Disagreement.Aspect.self, diagnostic: .unknownAspect, noun: "aspect")
    let note = r.text("note", required: true)
    var versions: [Disagreement.Version] = []
    let versionNodes = r.records("versions")
    if r.node("versions") == nil { r.missing("versions") }
    for item in versionNodes {
      guard var v = RecordReader(item, "a version", in: self) else { continue }
      let cite = v.text("cite", required: true)
      let says = v.text("says", required: true)
      let event = v.text("event")
      let actor = v.text("actor")
      let myth = v.text("myth")
      v.finish()
      if let event { reference(.event, event.0, at: event.1, owner: owner) }
      if let actor { reference(.actor, actor.0, at: actor.1, owner: owner) }
      if let myth { reference(.myth, myth.0, at: myth.1, owner: owner) }
      guard let cite, let citation = citation(cite.0, at: cite.1, owner: owner), let says else {
        continue
      }
      if versions.contains(where: { $0.citation == citation }) {
        report(
          .duplicateCitation, "another version of this disagreement cites '\(cite.0)'",
          at: cite.1,
          hint:
            "the versions of a disagreement come from different passages; two readings of one passage are one version (or figures and notes of its event)"
        )
      }
      versions.append(
        Disagreement.Version(
          citation: citation, says: richText(says.0, at: says.1.offset, owner: owner),
          event: event?.0, actor: actor?.0, myth: myth?.0))
    }
    if !versionNodes.isEmpty, versionNodes.count < 2 {
      report(
        .missingField, "a disagreement needs at least two versions", at: node,
        hint: "add the other source's version")
    }
    r.finish()
    guard let id, let aspect, let note else { return }
    let disagreement = Disagreement(
      id: id.0, about: about?.0, aspect: aspect,
      note: richText(note.0, at: note.1.offset, owner: owner), versions: versions)
    if let about { reference(.item, about.0, at: about.1, owner: owner) }
    records.disagreements.append((disagreement, span(of: id.1)))
  }

  // MARK: Glossary

  func decodeGlossary(_ node: YAMLNode) {
    guard var r = RecordReader(node, "a glossary entry", in: self) else { return }
    let explicitID = r.text("id")
    let term = r.text("term", required: true)
    let id = explicitID?.0 ?? term.map { Identifier.slug($0.0) } ?? ""
    if let explicitID, !Identifier.isValid(explicitID.0) {
      report(.invalidID, "'\(explicitID.0)' is not a valid id", at: explicitID.1)
    }
    let owner = ItemRef.glossary(id)
    let expansion = r.text("expansion")?.0
    let definition = r.text("definition", required: true)
    let actors = actorList(&r, "actors", owner: owner)
    let citations = r.citations(owner: owner)
    r.finish()
    guard let term, let definition, !id.isEmpty else { return }
    let entry = GlossaryEntry(
      id: id, term: term.0, expansion: expansion,
      definition: richText(definition.0, at: definition.1.offset, owner: owner), actors: actors,
      citations: citations)
    records.glossary.append((entry, span(of: (explicitID ?? term).1)))
  }
}
