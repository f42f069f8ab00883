extension GFP {
    /// The mask as `%pGg` prints it in kernel messages, e.g. `GFP_KERNEL|__GFP_COMP`; empty for
    /// an empty mask.
    ///
    /// Models: `flags_string()` → `format_flags()` (lib/vsprintf.c) over `gfpflag_names`
    /// (mm/debug.c, the `__def_gfpflag_names` table the tracepoints use): names joined by `|`,
    /// and leftover bits as one number in `default_flag_spec` (`SPECIAL|SMALL`, base 16, the
    /// `%#lx` form). It differs from `traceString` only for an empty mask, which prints nothing
    /// here and `none` in a trace.
    public var printkString: String { isEmpty ? "" : traceString }

    /// The mask as the kernel's `%#x` prints it: `0x` and lowercase hex digits, `0x0` for an
    /// empty mask (`number()` in lib/vsprintf.c writes the `0x` prefix of base 16 even for 0).
    public var hexString: String { "0x" + String(rawValue, radix: 16) }
}
