/// One small corpus per diagnostic id, used by the exact-text tests.
let diagnosticCases: [(id: String, files: [String: String])] = [
  ("too-deep", ["actors.yaml": "- id: a\n  name: " + String(repeating: "[", count: 120) + "\n"]),
  (
    "self-relation",
    [
      "actors.yaml":
        "- id: a\n  name: A\n  kind: country\n  summary: x\n  relations:\n    - type: ally\n      to: a\n"
    ]
  ),
  (
    "myth-cycle",
    [
      "myths.yaml":
        "- id: m\n  claim: C.\n  parent: m\n  verdict: myth\n  conclusion: X.\n  cite: d\n",
      "documents/d.md": "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
    ]
  ),
  ("yaml-syntax", ["actors.yaml": "- id: a\n  name: A: B\n  kind: country\n  summary: x\n"]),
  ("yaml-unsupported", ["actors.yaml": "- id: &anchor a\n"]),
  (
    "duplicate-key",
    ["actors.yaml": "- id: a\n  name: A\n  name: B\n  kind: country\n  summary: x\n"]
  ),
  ("wrong-type", ["actors.yaml": "- id: a\n  name: [A, B]\n  kind: country\n  summary: x\n"]),
  ("missing-field", ["actors.yaml": "- id: a\n  name: A\n  kind: country\n"]),
  (
    "unknown-field",
    ["actors.yaml": "- id: a\n  name: A\n  kind: country\n  summary: x\n  sumary: y\n"]
  ),
  ("empty-text", ["actors.yaml": "- id: a\n  name: \"\"\n  kind: country\n  summary: x\n"]),
  ("invalid-id", ["actors.yaml": "- id: Big_Name\n  name: A\n  kind: country\n  summary: x\n"]),
  (
    "duplicate-id",
    [
      "actors.yaml":
        "- id: a\n  name: A\n  kind: country\n  summary: x\n- id: a\n  name: B\n  kind: country\n  summary: y\n"
    ]
  ),
  (
    "invalid-date",
    ["actors.yaml": "- id: a\n  name: A\n  kind: country\n  summary: x\n  active: 2019-02-30\n"]
  ),
  (
    "reversed-date",
    ["actors.yaml": "- id: a\n  name: A\n  kind: country\n  summary: x\n  active: 2001/1999\n"]
  ),
  (
    "invalid-number",
    [
      "documents/d.md":
        "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n\n```event\nid: e\ndate: 2009\ntitle: E\nsummary: S.\nactors: [a]\nlane: exercises\nfigures:\n  - value: twelve\n    unit: troops\n```\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
      "actors.yaml": "- id: a\n  name: A\n  kind: country\n  summary: x\n",
    ]
  ),
  (
    "unknown-actor",
    [
      "actors.yaml":
        "- id: lukashenka\n  name: Alexander Lukashenka\n  aliases: [Lukashenko]\n  kind: person\n  summary: Leads [[lukashenko]].\n"
    ]
  ),
  (
    "unknown-event",
    [
      "myths.yaml":
        "- id: m\n  claim: C.\n  verdict: myth\n  conclusion: X.\n  cite: d\n  evidence:\n    - event: zapad-2099\n      effect: supports\n",
      "documents/d.md": "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
    ]
  ),
  ("unknown-source", ["documents/d.md": "---\nid: d\nsource: nowhere\ntitle: D\n---\n\nText.\n"]),
  (
    "unknown-myth",
    [
      "myths.yaml":
        "- id: m\n  claim: C.\n  parent: mother\n  verdict: myth\n  conclusion: X.\n  cite: d\n",
      "documents/d.md": "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
    ]
  ),
  (
    "unknown-document",
    [
      "actors.yaml":
        "- id: a\n  name: A\n  kind: country\n  summary: x\n  cite: missing-doc#intro.2\n"
    ]
  ),
  (
    "unknown-section",
    [
      "actors.yaml": "- id: a\n  name: A\n  kind: country\n  summary: x\n  cite: d#intr.1\n",
      "documents/d.md": "---\nid: d\nsource: s\ntitle: D\n---\n\n## Intro\n\nText.\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
    ]
  ),
  (
    "unknown-paragraph",
    [
      "actors.yaml": "- id: a\n  name: A\n  kind: country\n  summary: x\n  cite: d#intro.3\n",
      "documents/d.md": "---\nid: d\nsource: s\ntitle: D\n---\n\n## Intro\n\nText.\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
    ]
  ),
  ("unknown-kind", ["actors.yaml": "- id: a\n  name: A\n  kind: contry\n  summary: x\n"]),
  (
    "unknown-lane",
    [
      "documents/d.md":
        "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n\n```event\nid: e\ndate: 2009\ntitle: E\nsummary: S.\nactors: [a]\nlane: exercise\n```\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
      "actors.yaml": "- id: a\n  name: A\n  kind: country\n  summary: x\n",
    ]
  ),
  (
    "unknown-verdict",
    [
      "myths.yaml": "- id: m\n  claim: C.\n  verdict: mith\n  conclusion: X.\n  cite: d\n",
      "documents/d.md": "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
    ]
  ),
  (
    "unknown-relation",
    [
      "actors.yaml":
        "- id: a\n  name: A\n  kind: country\n  summary: x\n  relations:\n    - type: member\n      to: a\n"
    ]
  ),
  (
    "unknown-stance",
    [
      "myths.yaml":
        "- id: m\n  claim: C.\n  verdict: myth\n  conclusion: X.\n  cite: d\n  stances:\n    - source: s\n      stance: maybe\n      reason: R.\n",
      "documents/d.md": "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
    ]
  ),
  (
    "unknown-effect",
    [
      "myths.yaml":
        "- id: m\n  claim: C.\n  verdict: myth\n  conclusion: X.\n  cite: d\n  evidence:\n    - cite: d\n      effect: proves\n",
      "documents/d.md": "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
    ]
  ),
  (
    "unknown-aspect",
    [
      "disagreements.yaml":
        "- id: x\n  aspect: number\n  note: N.\n  versions:\n    - cite: d\n      says: A.\n    - cite: d\n      says: B.\n",
      "documents/d.md": "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
    ]
  ),
  (
    "stance-source-mismatch",
    [
      "myths.yaml":
        "- id: m\n  claim: C.\n  verdict: myth\n  conclusion: X.\n  cite: d\n  stances:\n    - source: t\n      stance: myth\n      reason: R.\n      cite: d\n",
      "documents/d.md": "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n- id: t\n  title: T\n  kind: report\n",
    ]
  ),
  ("front-matter", ["documents/d.md": "## Intro\n\nNo front matter.\n"]),
  (
    "unclosed-block",
    [
      "documents/d.md": "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n\n```event\nid: e\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
    ]
  ),
  (
    "control-character",
    ["actors.yaml": "- id: a\n  name: A\u{1B}[31m\n  kind: country\n  summary: x\n"]
  ),
  ("unexpected-file", ["notes.txt": "hello\n"]),
  (
    "unattested-alias",
    [
      "actors.yaml":
        "- id: lukashenka\n  name: Alexander Lukashenka\n  aliases: [Aleksandr Lukashenko]\n  kind: person\n  summary: x\n"
    ]
  ),
  (
    "duplicate-citation",
    [
      "actors.yaml":
        "- id: a\n  name: A\n  kind: country\n  summary: x\n  cite: [d#intro.1, d#intro.1]\n",
      "documents/d.md": "---\nid: d\nsource: s\ntitle: D\n---\n\n## Intro\n\nText.\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
    ]
  ),
  (
    "duplicate-relation",
    [
      "actors.yaml":
        "- id: zapad\n  name: Zapad exercises\n  kind: exercise\n  summary: x\n  relations:\n    - type: related-to\n      to: zapad-2013\n- id: zapad-2013\n  name: Zapad-2013\n  kind: exercise\n  summary: y\n  relations:\n    - type: part-of\n      to: zapad\n"
    ]
  ),
  (
    "figure-citation",
    [
      "documents/d.md":
        "---\nid: d\nsource: s\ntitle: D\n---\n\n## Intro\n\nText.\n\nMore.\n\n```event\nid: e\ndate: 2019-12-07\ntitle: E\nsummary: S.\nactors: [a]\nlane: exercises\nfigures:\n  - value: 3\n    unit: roadmaps\n    cite: d#intro.1\n```\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
      "actors.yaml": "- id: a\n  name: A\n  kind: country\n  summary: x\n",
    ]
  ),
  (
    "repeated-word",
    [
      "documents/d.md":
        "---\nid: d\nsource: s\ntitle: D\n---\n\nThe 301-mm [[a200]] missile is Chinese.\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
      "actors.yaml": "- id: a200\n  name: A200 missile\n  kind: weapon-system\n  summary: x\n",
    ]
  ),
  (
    "mention-wording",
    [
      "actors.yaml":
        "- id: tito\n  name: Tito\n  kind: person\n  summary: A model for a [[lukashenka]].\n- id: lukashenka\n  name: Alexander Lukashenka\n  kind: person\n  summary: x\n"
    ]
  ),
  (
    "similar-tag",
    [
      "actors.yaml":
        "- id: a\n  name: A\n  kind: country\n  summary: x\n  tags: [exercises]\n- id: b\n  name: B\n  kind: country\n  summary: y\n  tags: [exercises, exercise]\n"
    ]
  ),
  (
    "redundant-display",
    [
      "documents/d.md":
        "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n\n```event\nid: e\ndate: 2017-09\ndisplay: September 2017\ntitle: E\nsummary: S.\nactors: [a]\nlane: exercises\n```\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
      "actors.yaml": "- id: a\n  name: A\n  kind: country\n  summary: x\n",
    ]
  ),
  (
    "event-order",
    [
      "documents/d.md":
        "---\nid: d\nsource: s\ntitle: D\n---\n\nText.\n\n```event\nid: election\ndate: 2020-08-09\ntitle: Election\nsummary: S.\nactors: [a]\nlane: exercises\n```\n\n```event\nid: plea\ndate: 2020-07\nafter: election\ntitle: Plea\nsummary: S.\nactors: [a]\nlane: exercises\n```\n",
      "sources.yaml": "- id: s\n  title: S\n  kind: report\n",
      "actors.yaml": "- id: a\n  name: A\n  kind: country\n  summary: x\n",
    ]
  ),
]
