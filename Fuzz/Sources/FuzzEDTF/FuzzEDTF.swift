import DossierModel

/// libFuzzer entry point: the input, as text, is parsed as an EDTF date; a date that parses is
/// displayed, compared with itself and parsed again from its own text. A crash (an overflow on
/// a huge year, an index out of range) is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEDTF(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  switch EDTFDate.parse(text) {
  case .success(let date):
    precondition(!(date < date), "a date sorts before itself")
    _ = date.description
    if case .failure = EDTFDate.parse(date.text) { preconditionFailure("its own text fails") }
  case .failure(let error):
    precondition(!error.message.isEmpty)
  }
  return 0
}
