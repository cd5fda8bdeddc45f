/// The exact text `dossier check` prints for the first diagnostic of each case.
let expectedDiagnosticText: [String: String] = [
  "too-deep": #"""
  c/actors.yaml:2:108: error: the values nest more than 100 levels deep [too-deep]
    |
  2 |   name: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
    |                                                                                                            ^
    = hint: records nest a few levels; check for an unclosed bracket or a runaway list

  """#,
  "self-relation": #"""
  c/actors.yaml:7:11: error: actor 'a' is related to itself [self-relation]
    |
  7 |       to: a
    |           ^
    = hint: a relation links two different actors; check the id after 'to'

  """#,
  "myth-cycle": #"""
  c/myths.yaml:3:11: error: myth 'm' is its own parent [myth-cycle]
    |
  3 |   parent: m
    |           ^
    = hint: remove 'parent', or name the claim this one belongs to

  """#,
  "control-character": #"""
  c/actors.yaml:2:10: warning: a control or escape character was removed [control-character]
    |
  2 |   name: A [31m
    |          ^
    = hint: data files hold plain text only

  """#,
  "duplicate-id": #"""
  c/actors.yaml:5:7: error: actor 'a' is defined twice [duplicate-id]
    |
  5 | - id: a
    |       ^
    = hint: the first definition is at c/actors.yaml:1; rename or merge one of them

  """#,
  "duplicate-key": #"""
  c/actors.yaml:3:3: error: key 'name' is given twice in this mapping [duplicate-key]
    |
  3 |   name: B
    |   ^~~~
    = hint: remove one of them

  """#,
  "empty-text": #"""
  c/actors.yaml:2:9: error: 'name' is empty [empty-text]
    |
  2 |   name: ""
    |         ^~
    = hint: write the name

  """#,
  "front-matter": #"""
  c/documents/d.md:1:1: error: a document starts with front matter between '---' lines [front-matter]
    |
  1 | ## Intro
    | ^~~~~~~~
    = hint: add ---, id, source and title, and --- at the top of the file

  """#,
  "invalid-date": #"""
  c/actors.yaml:5:11: error: '2019-02-30' is not a day of the calendar [invalid-date]
    |
  5 |   active: 2019-02-30
    |           ^~~~~~~~~~
    = hint: see 'Dates' in docs/format.md

  """#,
  "invalid-id": #"""
  c/actors.yaml:1:7: error: 'Big_Name' is not a valid id [invalid-id]
    |
  1 | - id: Big_Name
    |       ^~~~~~~~
    = hint: use lower-case letters, digits and hyphens, such as 'big-name'

  """#,
  "invalid-number": #"""
  c/documents/d.md:17:12: error: 'twelve' is not a decimal number [invalid-number]
     |
  17 |   - value: twelve
     |            ^~~~~~
     = hint: write digits only, such as 12500 or 1.5; put words in 'counts' or 'note'

  """#,
  "missing-field": #"""
  c/actors.yaml:1:3: error: an actor needs the field 'summary' [missing-field]
    |
  1 | - id: a
    |   ^
    = hint: add 'summary: …'

  """#,
  "reversed-date": #"""
  c/actors.yaml:5:11: error: the range '2001/1999' ends before it starts [reversed-date]
    |
  5 |   active: 2001/1999
    |           ^~~~~~~~~
    = hint: write the earlier date first

  """#,
  "stance-source-mismatch": #"""
  c/myths.yaml:10:13: warning: this stance of 't' cites the document of 's' [stance-source-mismatch]
     |
  10 |       cite: d
     |             ^
     = hint: cite a passage of the source that takes the stance

  """#,
  "unclosed-block": #"""
  c/documents/d.md:9:1: error: this 'event' block is never closed [unclosed-block]
    |
  9 | ```event
    | ^~~
    = hint: close it with a line '```'

  """#,
  "unexpected-file": #"""
  c/notes.txt: warning: this file is not part of the corpus layout [unexpected-file]
    = hint: a corpus holds corpus.yaml, sources, actors, myths, disagreements, glossary (.yaml) and documents/*.md

  """#,
  "unknown-actor": #"""
  c/actors.yaml:5:20: error: unknown actor 'lukashenko' [unknown-actor]
    |
  5 |   summary: Leads [[lukashenko]].
    |                    ^~~~~~~~~~
    = hint: did you mean 'lukashenka'? ('lukashenko' is a name of Alexander Lukashenka)

  """#,
  "unknown-aspect": #"""
  c/disagreements.yaml:2:11: error: unknown aspect 'number' [unknown-aspect]
    |
  2 |   aspect: number
    |           ^~~~~~
    = hint: use one of: date, figure, reading, name

  """#,
  "unknown-document": #"""
  c/actors.yaml:5:9: error: unknown document 'missing-doc' [unknown-document]
    |
  5 |   cite: missing-doc#intro.2
    |         ^~~~~~~~~~~~~~~~~~~

  """#,
  "unknown-effect": #"""
  c/myths.yaml:8:15: error: unknown effect 'proves' [unknown-effect]
    |
  8 |       effect: proves
    |               ^~~~~~
    = hint: use one of: supports, undermines

  """#,
  "unknown-event": #"""
  c/myths.yaml:7:14: error: unknown event 'zapad-2099' [unknown-event]
    |
  7 |     - event: zapad-2099
    |              ^~~~~~~~~~

  """#,
  "unknown-field": #"""
  c/actors.yaml:5:3: warning: unknown field 'sumary' in an actor [unknown-field]
    |
  5 |   sumary: y
    |   ^~~~~~
    = hint: did you mean 'summary'?

  """#,
  "unknown-kind": #"""
  c/actors.yaml:3:9: error: unknown actor kind 'contry' [unknown-kind]
    |
  3 |   kind: contry
    |         ^~~~~~
    = hint: did you mean 'country'?

  """#,
  "unknown-lane": #"""
  c/documents/d.md:15:7: error: unknown lane 'exercise' [unknown-lane]
     |
  15 | lane: exercise
     |       ^~~~~~~~
     = hint: did you mean 'exercises'?

  """#,
  "unknown-myth": #"""
  c/myths.yaml:3:11: error: unknown myth 'mother' [unknown-myth]
    |
  3 |   parent: mother
    |           ^~~~~~

  """#,
  "unknown-paragraph": #"""
  c/actors.yaml:5:9: error: section 'd#intro' has no paragraph 3 [unknown-paragraph]
    |
  5 |   cite: d#intro.3
    |         ^~~~~~~~~
    = hint: it has 1 paragraph

  """#,
  "unknown-relation": #"""
  c/actors.yaml:6:13: error: unknown relation type 'member' [unknown-relation]
    |
  6 |     - type: member
    |             ^~~~~~
    = hint: use one of: member-of, leads, part-of, subordinate-to, hosts, supplies, owns, operates, produces, successor-of, party-to, allied-with, opposes, located-in, related-to

  """#,
  "unknown-section": #"""
  c/actors.yaml:5:9: error: document 'd' has no section 'intr' [unknown-section]
    |
  5 |   cite: d#intr.1
    |         ^~~~~~~~
    = hint: did you mean 'intro'?

  """#,
  "unknown-source": #"""
  c/documents/d.md:3:9: error: unknown source 'nowhere' [unknown-source]
    |
  3 | source: nowhere
    |         ^~~~~~~

  """#,
  "unknown-stance": #"""
  c/myths.yaml:8:15: error: unknown stance 'maybe' [unknown-stance]
    |
  8 |       stance: maybe
    |               ^~~~~
    = hint: use one of: myth, reality, partly, open

  """#,
  "unknown-verdict": #"""
  c/myths.yaml:3:12: error: unknown verdict 'mith' [unknown-verdict]
    |
  3 |   verdict: mith
    |            ^~~~
    = hint: did you mean 'myth'?

  """#,
  "wrong-type": #"""
  c/actors.yaml:2:9: error: 'name' should be text, found a list [wrong-type]
    |
  2 |   name: [A, B]
    |         ^~~~~~
    = hint: write the value on the line of its key

  """#,
  "yaml-syntax": #"""
  c/actors.yaml:2:10: error: ': ' cannot appear inside unquoted text [yaml-syntax]
    |
  2 |   name: A: B
    |          ^
    = hint: put the whole text in quotes

  """#,
  "yaml-unsupported": #"""
  c/actors.yaml:1:7: error: anchors are not supported [yaml-unsupported]
    |
  1 | - id: &anchor a
    |       ^~~~~~~~~
    = hint: repeat the value instead

  """#,
  "unattested-alias": #"""
  c/actors.yaml:3:13: warning: the alias 'Aleksandr Lukashenko' names no source that spells it so [unattested-alias]
    |
  3 |   aliases: [Aleksandr Lukashenko]
    |             ^~~~~~~~~~~~~~~~~~~~
    = hint: write {name: Aleksandr Lukashenko, sources: [SOURCE]} with the sources that use it, or remove it

  """#,
  "duplicate-citation": #"""
  c/actors.yaml:5:21: warning: 'd#intro.1' is cited twice [duplicate-citation]
    |
  5 |   cite: [d#intro.1, d#intro.1]
    |                     ^~~~~~~~~
    = hint: remove one

  """#,
  "duplicate-relation": #"""
  c/actors.yaml:14:11: warning: 'zapad' already states a relation with 'zapad-2013' ('related-to') [duplicate-relation]
     |
  14 |       to: zapad
     |           ^~~~~
     = hint: an actor's page shows the relations to it as well as its own; keep one of the two (with its dates and note)

  """#,
  "figure-citation": #"""
  c/documents/d.md:23:11: warning: the figure cites 'd#intro.1', which is not among the citations of event 'e' [figure-citation]
     |
  23 |     cite: d#intro.1
     |           ^~~~~~~~~
     = hint: add 'd#intro.1' to the event's 'cite' as well

  """#,
  "repeated-word": #"""
  c/documents/d.md:7:14: warning: the mention shows 'A200 missile', which repeats the word 'missile' after it [repeated-word]
    |
  7 | The 301-mm [[a200]] missile is Chinese.
    |              ^~~~
    = hint: give the mention a shorter label ([[a200|…]]) or drop the word

  """#,
  "mention-wording": #"""
  c/actors.yaml:4:28: warning: 'a Alexander Lukashenka' puts an article before a name [mention-wording]
    |
  4 |   summary: A model for a [[lukashenka]].
    |                            ^~~~~~~~~~
    = hint: reword, or give the mention a label that takes the article

  """#,
  "similar-tag": #"""
  c/actors.yaml:10:21: warning: the tag 'exercise' differs from the tag 'exercises' only by its form [similar-tag]
     |
  10 |   tags: [exercises, exercise]
     |                     ^~~~~~~~
     = hint: use 'exercises' (given 2 times): filters treat them as two tags

  """#,
  "redundant-display": #"""
  c/documents/d.md:12:10: warning: the display 'September 2017' says only what the date says [redundant-display]
     |
  12 | display: September 2017
     |          ^~~~~~~~~~~~~~
     = hint: remove 'display': the date reads 'Sep 2017' in every view and export

  """#,
  "event-order": #"""
  c/documents/d.md:21:8: error: event 'plea' (Jul 2020) comes after 'election', which is dated later (9 Aug 2020) [event-order]
     |
  21 | after: election
     |        ^~~~~~~~
     = hint: correct one of the dates, or remove 'after'

  """#,
]
