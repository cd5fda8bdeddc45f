@_spi(Fuzzing) import DossierModel

/// libFuzzer entry point: the input, as text, is split into runs and `[[id|label]]` mentions;
/// the segments are made and must spell the text as a reader sees it, then labels are filled in
/// and the segments made again. A crash or a mismatch is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMentions(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  var rich = RichText.parse(text)
  precondition(spelled(rich.segments) == rich.plain, "segments do not spell the text")
  precondition(rich.mentionedActors.count <= size / 4 + 1, "more mentions than room for them")
  rich.resolveLabels { $0.utf8.count % 2 == 0 ? nil : "Label \($0)" }
  precondition(spelled(rich.segments) == rich.plain, "labels broke the segments")
  precondition(RichText(segments: rich.segments) == rich, "segments do not round trip")
  return 0
}

/// The text of the segments one after the other, mentions by their labels.
func spelled(_ segments: [RichText.Segment]) -> String {
  var text = ""
  for segment in segments {
    switch segment {
    case .text(let run): text += run
    case .mention(_, let label): text += label
    }
  }
  return text
}
