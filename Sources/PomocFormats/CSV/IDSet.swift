import Pomoc

/// The hash of record ids for the duplicate check, seeded per run.
///
/// A keyed multiply-fold hash (the construction of wyhash, which Go's runtime uses against
/// hash flooding of its maps): 16 bytes at a time, each step a 64 × 64 → 128-bit product of
/// the data mixed with secret keys, folded to 64 bits. The keys come from a 64-bit seed
/// drawn from `SystemRandomNumberGenerator` for each run, so ids crafted to collide cannot
/// be prepared in advance; and a collision only ever costs time, because equal hashes are
/// always confirmed byte for byte. One run uses one value for the scan on disk and for the
/// set in memory, so both see the same hashes. (The standard `Hasher` is seeded too, but
/// costs 10 % of `pomoc evaluate FILE`; this costs about 1 %.) Never 0.
package struct IDHasher: Sendable {
  /// The per-run seed.
  package let seed: UInt64
  @usableFromInline let key0: UInt64
  @usableFromInline let key1: UInt64
  @usableFromInline let key2: UInt64
  /// Every id gets this hash (tests force collisions with it).
  @usableFromInline let fixed: UInt64

  /// A hasher with a fresh random seed.
  package init() {
    var generator = SystemRandomNumberGenerator()
    self.init(seed: generator.next())
  }

  /// A hasher with a chosen seed (the keys are derived from it with SplitMix64).
  package init(seed: UInt64) {
    self.seed = seed
    var state = seed
    func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    // Odd keys with both halves non-zero keep every product informative.
    key0 = next() | 0x0000_0001_0000_0001
    key1 = next() | 0x0000_0001_0000_0001
    key2 = next() | 0x0000_0001_0000_0001
    fixed = 0
  }

  private init(fixed: UInt64) {
    seed = 0
    key0 = 1
    key1 = 1
    key2 = 1
    self.fixed = fixed == 0 ? 1 : fixed
  }

  /// A "hash" that gives every id the same value: each id then collides with every other,
  /// which tests use to prove that collisions never change a verdict.
  package static func constant(_ value: UInt64) -> IDHasher { IDHasher(fixed: value) }

  @inlinable @inline(__always)
  static func fold(_ a: UInt64, _ b: UInt64) -> UInt64 {
    let product = a.multipliedFullWidth(by: b)
    return product.high ^ product.low
  }

  @inlinable @inline(__always)
  static func load64(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
    UInt64(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
  }

  @inlinable @inline(__always)
  static func load32(_ base: UnsafePointer<UInt8>, _ offset: Int) -> UInt64 {
    UInt64(UInt32(littleEndian: UnsafeRawPointer(base + offset).loadUnaligned(as: UInt32.self)))
  }

  /// The id's hash; never 0. Bytes are read as wyhash reads them: up to 16 bytes in two
  /// (possibly overlapping) words, longer ids 16 bytes per step with an overlapping tail;
  /// the length is mixed in last, so overlapping reads never make two ids equal.
  @inlinable @inline(__always)
  package func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    if fixed != 0 { return fixed }
    let count = bytes.count
    var state = seed ^ key0
    var a: UInt64 = 0
    var b: UInt64 = 0
    if let base = bytes.baseAddress, count > 0 {
      if count <= 16 {
        if count >= 4 {
          let step = (count >> 3) << 2
          a = (Self.load32(base, 0) &<< 32) | Self.load32(base, step)
          b = (Self.load32(base, count - 4) &<< 32) | Self.load32(base, count - 4 - step)
        } else {
          a = (UInt64(base[0]) &<< 16) | (UInt64(base[count >> 1]) &<< 8) | UInt64(base[count - 1])
        }
      } else {
        var index = 0
        while count - index > 16 {
          state = Self.fold(Self.load64(base, index) ^ key1, Self.load64(base, index + 8) ^ state)
          index += 16
        }
        a = Self.load64(base, count - 16)
        b = Self.load64(base, count - 8)
      }
    }
    state = Self.fold(a ^ key1, b ^ state)
    let value = Self.fold(state ^ key2, UInt64(truncatingIfNeeded: count) ^ key0)
    return value == 0 ? 1 : value
  }
}

/// The set of record ids seen in one input, for `duplicate_id`, kept as raw bytes.
///
/// Open addressing over 64-bit hashes (``IDHasher``, seeded per run), one 16-byte slot per
/// id (hash + where its bytes lie in one arena), so an id costs its bytes plus 23 to 46
/// bytes (as the table fills from 35 % to 70 %), no `String` and no allocation per record, and one cache miss per insert. Equal
/// hashes are always confirmed by comparing the bytes: a hash collision can never turn a
/// unique id into a duplicate.
package struct IDSet {
  private struct Slot {
    /// 0 for an empty slot (hashes are forced non-zero).
    var hash: UInt64
    /// Offset in the arena (high 40 bits) and length (low 24 bits).
    var location: UInt64
  }

  private var arena: [UInt8] = []
  private var slots = [Slot](repeating: Slot(hash: 0, location: 0), count: 1024)
  /// Ids too long for a 24-bit length (over 16 MiB): kept apart.
  private var longIDs = Set<[UInt8]>()
  private(set) var count = 0
  /// The hash of this run.
  package let hasher: IDHasher

  /// - Parameter hasher: the run's hash (a fresh random seed by default).
  package init(hasher: IDHasher = IDHasher()) { self.hasher = hasher }

  /// Bytes held: the ids themselves and the slots (for the documented memory bound).
  package var heldBytes: Int { arena.capacity + slots.capacity * MemoryLayout<Slot>.stride }

  /// Inserts `id`; returns `false` if it was already present.
  package mutating func insert(_ id: UnsafeBufferPointer<UInt8>) -> Bool {
    guard id.count < 1 << 24 else { return longIDs.insert(Array(id)).inserted }
    let hash = hasher.hash(id)
    let inserted: Bool = arena.withUnsafeBufferPointer { arenaBytes in
      slots.withUnsafeMutableBufferPointer { slots in
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while slots[index].hash != 0 {
          if slots[index].hash == hash && Int(slots[index].location & 0xFF_FFFF) == id.count {
            let start = Int(slots[index].location >> 24)
            if bytesEqual(UnsafeBufferPointer(rebasing: arenaBytes[start..<(start + id.count)]), id) { return false }
          }
          index = (index + 1) & mask
        }
        slots[index] = Slot(hash: hash, location: UInt64(arenaBytes.count) << 24 | UInt64(id.count))
        return true
      }
    }
    guard inserted else { return false }
    arena.append(contentsOf: id)
    count += 1
    if count * 10 >= slots.count * 7 { grow() }
    return true
  }

  private mutating func grow() {
    let old = slots
    slots = [Slot](repeating: Slot(hash: 0, location: 0), count: old.count * 2)
    slots.withUnsafeMutableBufferPointer { slots in
      let mask = slots.count - 1
      for slot in old where slot.hash != 0 {
        var index = Int(truncatingIfNeeded: slot.hash ^ (slot.hash >> 29)) & mask
        while slots[index].hash != 0 { index = (index + 1) & mask }
        slots[index] = slot
      }
    }
  }
}
