/// The few `printf` conversions the kernel's printers use, on Swift values.
///
/// Models: the `%Nd`, `%Ns`, `%-Ns` and `%d.%03d` conversions of `seq_printf()`
/// (lib/vsprintf.c) as mm/vmstat.c uses them: right- or left-justified in a minimum field
/// width, never truncated; and the `%#lx`, `%0Nlx` and `%x` conversions of `dump_page()`.
enum CFormat {
    /// `%<width>d` / `%<width>lu` / `%<width>s`: `text` right-justified in `width` columns.
    static func right(_ text: String, _ width: Int) -> String { text.leftPadded(to: width) }

    /// `%<width>d` of an integer.
    static func right(_ value: Int, _ width: Int) -> String { right(String(value), width) }

    /// `%-<width>s`: `text` left-justified in `width` columns.
    static func left(_ text: String, _ width: Int) -> String { text.rightPadded(to: width) }

    /// `"%<width>d.%03d"` of `index / 1000` and `index % 1000` with C's truncating division,
    /// as the debugfs fragmentation files print a thousandths index.
    static func thousandths(_ index: Int, width: Int) -> String {
        right(index / 1000, width) + "." + zeroPadded(index % 1000, 3)
    }

    /// `%0<width>d`: zeros between the sign and the digits up to `width` columns.
    static func zeroPadded(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        let zeros = max(0, width - sign.count - digits.count)
        return sign + String(repeating: "0", count: zeros) + digits
    }

    /// `%#lx` / `%#x` as the kernel's `number()` prints it: `0x` and lowercase digits, and `0x0`
    /// for zero (where C libraries print a bare `0`).
    static func alternateHex(_ value: UInt64) -> String { "0x" + String(value, radix: 16) }

    /// `%0<width>lx`: lowercase hex digits, zero-padded to `width` columns.
    static func zeroPaddedHex(_ value: UInt64, _ width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// `%p` of a kernel pointer as printk prints it by default: NULL (and error pointers) as
    /// their 16 hex digits, any other pointer hashed to 32 bits and zero-padded to 16 digits
    /// (`ptr_to_id()` → `__ptr_to_hashval()`, lib/vsprintf.c:785-841). The kernel's hash is
    /// siphash with a key drawn at boot, so it differs at every boot; the model uses a fixed
    /// stand-in so that its output is stable: the high 32 bits of the pointer times 2^64 / φ
    /// (Fibonacci hashing).
    static func hashedPointer(_ pointer: UInt64) -> String {
        guard pointer != 0, pointer < UInt64(bitPattern: -4095) else { return zeroPaddedHex(pointer, 16) }
        return zeroPaddedHex((pointer &* 0x9E37_79B9_7F4A_7C15) >> 32, 16)
    }
}
