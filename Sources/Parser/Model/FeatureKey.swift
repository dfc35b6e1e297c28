/// Hashes for the features of the tagger and the parser: a string's 64-bit FNV-1a, combined with a template's
/// number and other parts into a 32-bit key that the weights are looked up by.
///
/// Keys are stable across runs and machines (no seeded hashing), so a trained model's keys stay valid.
public enum FeatureKey {
    /// FNV-1a over the bytes of `text`.
    @inlinable
    public static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        return value
    }

    /// FNV-1a over bytes.
    @inlinable
    public static func hash<Bytes: Sequence>(bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        return value
    }

    @inlinable
    static func mix(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x = x &* 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x = x &* 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }

    /// The key of template `template` over one, two or three parts.
    @inlinable
    public static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt32 {
        var value = mix(template &* 0x9E37_79B9_7F4A_7C15 ^ a)
        value = mix(value ^ (b &* 0xBF58_476D_1CE4_E5B9))
        value = mix(value ^ (c &* 0x94D0_49BB_1331_11EB))
        let key = UInt32(truncatingIfNeeded: value >> 32)
        return key == 0 ? 1 : key
    }
}
