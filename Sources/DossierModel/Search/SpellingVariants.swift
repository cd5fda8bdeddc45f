/// British and American spellings folded to one form before stemming, so that "defence" finds
/// "defense", "organisation" finds "organization" and "manoeuvre" finds "maneuver".
///
/// Both the indexed text and the query go through the same folding, so a rule only has to be
/// consistent, not correct English: "exercise" becoming "exercize" is harmless because every
/// "exercise" does. Rules that would merge two different words ("four" and "for") are kept to
/// word lists.
enum SpellingVariants {
  /// The folded spelling of a lower-case ASCII word.
  static func fold(_ word: String) -> String {
    String(decoding: fold(bytes: Array(word.utf8)), as: UTF8.self)
  }

  /// The folded spelling of a lower-case ASCII word, as bytes (tested in place: the rules as
  /// strings cost more than the stemming that follows).
  static func fold(bytes word: [UInt8]) -> [UInt8] {
    if let mapped = wordBytes[word] { return mapped }
    var w = word
    if w.count >= 5 {
      for (suffix, replacement) in suffixBytes where w.ends(with: suffix) {
        w.removeLast(suffix.count)
        w.append(contentsOf: replacement)
        break
      }
    }
    for (british, american) in ourStemBytes where w.starts(with: british) {
      return american + w.dropFirst(british.count)
    }
    return w
  }

  private static let wordBytes: [[UInt8]: [UInt8]] = Dictionary(
    uniqueKeysWithValues: words.map { (Array($0.key.utf8), Array($0.value.utf8)) })
  private static let suffixBytes = suffixes.map { (Array($0.0.utf8), Array($0.1.utf8)) }
  private static let ourStemBytes = ourStems.map { (Array($0.0.utf8), Array($0.1.utf8)) }

  /// -ise/-ize, -yse/-yze, -ogue/-og and -ence/-ense endings.
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

extension Array where Element == UInt8 {
  /// Whether the bytes end with `suffix`.
  fileprivate func ends(with suffix: [UInt8]) -> Bool {
    guard suffix.count <= count else { return false }
    let start = count - suffix.count
    for i in 0..<suffix.count where self[start + i] != suffix[i] { return false }
    return true
  }
}
