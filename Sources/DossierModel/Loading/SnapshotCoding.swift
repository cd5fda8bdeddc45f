import Foundation

/// A value kept in a corpus snapshot (``CorpusSnapshot``): written field by field in a compact
/// binary form and read back in the same order.
protocol SnapshotCodable {
  func write(to out: inout SnapshotWriter)
  init(from input: inout SnapshotReader) throws
}

/// Writes snapshot values into a byte array: integers as variable-length (zigzag) numbers,
/// strings and byte arrays with their length first, optionals with a flag.
struct SnapshotWriter {
  var bytes: [UInt8] = []

  mutating func put<T: SnapshotCodable>(_ value: T) { value.write(to: &self) }

  mutating func int(_ value: Int) {
    var v = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
    while v >= 0x80 {
      bytes.append(UInt8(v & 0x7F) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  /// What `body` writes, as one block with its length first (``SnapshotReader/raw()`` reads
  /// it), so that blocks can be read apart.
  mutating func block(_ body: (inout SnapshotWriter) -> Void) {
    var inner = SnapshotWriter()
    body(&inner)
    inner.bytes.withUnsafeBytes { raw($0) }
  }

  mutating func raw(_ values: UnsafeRawBufferPointer) {
    int(values.count)
    bytes.append(contentsOf: values)
  }
}

/// Reads what a ``SnapshotWriter`` wrote; any read past the end, or a value out of range,
/// throws (the snapshot is then not used).
struct SnapshotReader {
  struct Corrupt: Error {}

  private let base: UnsafeRawBufferPointer
  private(set) var offset: Int

  init(_ bytes: UnsafeRawBufferPointer, at offset: Int = 0) {
    base = bytes
    self.offset = offset
  }

  var isAtEnd: Bool { offset == base.count }

  mutating func get<T: SnapshotCodable>(_ type: T.Type = T.self) throws -> T {
    try T(from: &self)
  }

  mutating func int() throws -> Int {
    var v: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      guard offset < base.count, shift < 64 else { throw Corrupt() }
      let byte = base[offset]
      offset += 1
      v |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { break }
      shift += 7
    }
    return Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
  }

  /// A count or index: a number from 0 to `limit`.
  mutating func count(limit: Int = Int(Int32.max)) throws -> Int {
    let n = try int()
    guard n >= 0, n <= limit else { throw Corrupt() }
    return n
  }

  /// The next `count` bytes, without a copy (valid while the snapshot's bytes are).
  mutating func raw() throws -> UnsafeRawBufferPointer {
    let n = try count(limit: base.count - offset)
    defer { offset += n }
    return UnsafeRawBufferPointer(rebasing: base[offset..<(offset + n)])
  }
}

extension Int: SnapshotCodable {
  func write(to out: inout SnapshotWriter) { out.int(self) }
  init(from input: inout SnapshotReader) throws { self = try input.int() }
}

extension Int32: SnapshotCodable {
  func write(to out: inout SnapshotWriter) { out.int(Int(self)) }
  init(from input: inout SnapshotReader) throws {
    guard let value = Int32(exactly: try input.int()) else { throw SnapshotReader.Corrupt() }
    self = value
  }
}

extension Bool: SnapshotCodable {
  func write(to out: inout SnapshotWriter) { out.int(self ? 1 : 0) }
  init(from input: inout SnapshotReader) throws { self = try input.int() != 0 }
}

extension Double: SnapshotCodable {
  func write(to out: inout SnapshotWriter) { out.int(Int(Int64(bitPattern: bitPattern))) }
  init(from input: inout SnapshotReader) throws {
    self = Double(bitPattern: UInt64(bitPattern: Int64(try input.int())))
  }
}

extension String: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    var copy = self
    copy.withUTF8 { out.raw(UnsafeRawBufferPointer($0)) }
  }
  init(from input: inout SnapshotReader) throws {
    self = String(decoding: try input.raw().bindMemory(to: UInt8.self), as: UTF8.self)
  }
}

extension Array: SnapshotCodable where Element: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.int(count)
    for element in self { element.write(to: &out) }
  }
  init(from input: inout SnapshotReader) throws {
    let n = try input.count()
    self = []
    reserveCapacity(n)
    for _ in 0..<n { append(try Element(from: &input)) }
  }
}

extension Optional: SnapshotCodable where Wrapped: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    if let self {
      out.int(1)
      self.write(to: &out)
    } else {
      out.int(0)
    }
  }
  init(from input: inout SnapshotReader) throws {
    self = try input.int() == 0 ? nil : Wrapped(from: &input)
  }
}

extension Dictionary: SnapshotCodable where Key: SnapshotCodable, Value: SnapshotCodable {
  func write(to out: inout SnapshotWriter) {
    out.int(count)
    for (key, value) in self {
      key.write(to: &out)
      value.write(to: &out)
    }
  }
  init(from input: inout SnapshotReader) throws {
    let n = try input.count()
    self.init(minimumCapacity: n)
    for _ in 0..<n {
      let key = try Key(from: &input)
      self[key] = try Value(from: &input)
    }
  }
}

/// Enumerations kept by their raw text.
protocol SnapshotRawText: SnapshotCodable, RawRepresentable where RawValue == String {}

extension SnapshotRawText {
  func write(to out: inout SnapshotWriter) { rawValue.write(to: &out) }
  init(from input: inout SnapshotReader) throws {
    guard let value = Self(rawValue: try String(from: &input)) else {
      throw SnapshotReader.Corrupt()
    }
    self = value
  }
}
