import DossierModel

/// libFuzzer entry point: the input is parsed as one YAML text, whole and as the range after
/// its first line (as an event block inside a document is), and every node is visited. A
/// crash, a hang or a stack overflow (deep nesting) is a bug; every problem must be an error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let whole = YAMLParser.parse(bytes)
  var count = 0
  if let root = whole.root { count += visit(root, size: size) }
  for error in whole.errors {
    precondition(error.offset >= 0 && error.offset <= size, "error outside the text")
    precondition(!error.message.isEmpty)
  }
  if let firstBreak = bytes.firstIndex(of: 0x0A) {
    let part = YAMLParser.parse(bytes, range: (firstBreak + 1)..<size)
    if let root = part.root { count += visit(root, size: size) }
  }
  return count < 0 ? 1 : 0
}

/// Counts the nodes below `node` without recursion (a deep tree must not need a deep stack
/// here either), checking that every offset lies inside the text.
func visit(_ node: YAMLNode, size: Int) -> Int {
  var stack = [node]
  var count = 0
  while let next = stack.popLast() {
    count += 1
    precondition(next.offset >= 0 && next.offset <= size, "node outside the text")
    switch next.value {
    case .null, .scalar: break
    case .sequence(let items): stack += items
    case .mapping(let entries): stack += entries.map(\.value)
    }
  }
  return count
}
