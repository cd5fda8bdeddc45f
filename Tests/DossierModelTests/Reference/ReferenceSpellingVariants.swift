/// The first round's spelling folding (on strings), kept as the reference the byte one must agree with.
///
/// British and American spellings folded to one form before stemming, so that "defence" finds
/// "defense", "organisation" finds "organization" and "manoeuvre" finds "maneuver".
///
/// Both the indexed text and the query go through the same folding, so a rule only has to be
/// consistent, not correct English: "exercise" becoming "exercize" is harmless because every
/// "exercise" does. Rules that would merge two different words ("four" and "for") are kept to
/// word lists.
enum ReferenceSpellingVariants {
  /// The folded spelling of a lower-case ASCII word.
  static func fold(_ word: String) -> String {
    if let mapped = words[word] { return mapped }
    var w = word
    if w.count >= 5 { w = foldSuffixes(w) }
    for (british, american) in ourStems where w.hasPrefix(british) {
      return american + w.dropFirst(british.count)
    }
    return w
  }

  /// -ise/-ize, -yse/-yze, -ogue/-og and -ence/-ense endings.
  private static func foldSuffixes(_ word: String) -> String {
    for (suffix, replacement) in suffixes where word.hasSuffix(suffix) {
      return word.dropLast(suffix.count) + replacement
    }
    return word
  }

  private static let suffixes: [(String, String)] = [
    ("isations", "izations"), ("isation", "ization"), ("ising", "izing"), ("ised", "ized"),
    ("isers", "izers"), ("iser", "izer"), ("ises", "izes"), ("ise", "ize"),
    ("ysing", "yzing"), ("ysed", "yzed"), ("yses", "yzes"), ("yse", "yze"),
    ("ogues", "ogs"), ("ogue", "og"),
  ]

  /// Words whose -our is -or in American spelling, with everything made from them
  /// ("neighbourhood", "favourable", "labourers").
  private static let ourStems: [(String, String)] = [
    "arbour", "ardour", "armour", "behaviour", "candour", "clamour", "colour", "demeanour",
    "endeavour", "favour", "flavour", "harbour", "honour", "humour", "labour", "neighbour",
    "odour", "parlour", "rancour", "rigour", "rumour", "saviour", "savour", "splendour",
    "tumour", "valour", "vapour", "vigour",
  ].map { ($0, String($0.dropLast(2)) + "r") }

  /// Single words: -re/-er, doubled l, -ence/-ense and other pairs.
  static let words: [String: String] = {
    var table: [String: String] = [:]
    let pairs: [(String, String)] = [
      ("defence", "defense"), ("defences", "defenses"), ("offence", "offense"),
      ("offences", "offenses"), ("licence", "license"), ("licences", "licenses"),
      ("pretence", "pretense"), ("centre", "center"), ("centres", "centers"),
      ("centred", "centered"), ("theatre", "theater"), ("theatres", "theaters"),
      ("metre", "meter"), ("metres", "meters"), ("kilometre", "kilometer"),
      ("kilometres", "kilometers"), ("litre", "liter"), ("litres", "liters"),
      ("fibre", "fiber"), ("calibre", "caliber"), ("sombre", "somber"), ("spectre", "specter"),
      ("manoeuvre", "maneuver"), ("manoeuvres", "maneuvers"), ("manoeuvred", "maneuvered"),
      ("manoeuvring", "maneuvering"), ("programme", "program"), ("programmes", "programs"),
      ("travelled", "traveled"), ("travelling", "traveling"), ("traveller", "traveler"),
      ("cancelled", "canceled"), ("cancelling", "canceling"), ("modelling", "modeling"),
      ("modelled", "modeled"), ("labelled", "labeled"), ("labelling", "labeling"),
      ("fuelled", "fueled"), ("fuelling", "fueling"), ("signalled", "signaled"),
      ("signalling", "signaling"), ("levelled", "leveled"), ("channelled", "channeled"),
      ("counselling", "counseling"), ("totalled", "totaled"), ("enrolment", "enrollment"),
      ("fulfil", "fulfill"), ("fulfilment", "fulfillment"), ("judgement", "judgment"),
      ("ageing", "aging"), ("grey", "gray"), ("sceptic", "skeptic"), ("sceptical", "skeptical"),
      ("scepticism", "skepticism"), ("mould", "mold"), ("plough", "plow"), ("tyre", "tire"),
      ("cheque", "check"), ("aluminium", "aluminum"), ("storey", "story"),
      ("paralyse", "paralyze"), ("practise", "practice"), ("practised", "practiced"),
    ]
    for (british, american) in pairs { table[british] = american }
    return table
  }()
}
