/// Escaping for HTML text, attribute values and URLs, byte for byte as cmark does it.
public enum HTML {
    /// Escapes `&`, `<`, `>` and `"` (cmark's `escape_html`): safe in text and in double-quoted attributes.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Escapes a URL for an `href` or `src` attribute (cmark's `houdini_escape_href`): characters
    /// outside a safe ASCII set are percent-encoded byte by byte, `&` and `'` become entities.
    public static func escapeURL(_ url: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(url.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in url.utf8 {
            if isURLSafe(byte) {
                result.append(byte)
            } else if byte == UInt8(ascii: "&") {
                result += "&amp;".utf8
            } else if byte == UInt8(ascii: "'") {
                result += "&#x27;".utf8
            } else {
                result += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// cmark 0.30's `HREF_SAFE` table: letters, digits and `-_.+!*(),%#@?=;:/$~`.
    private static func isURLSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default:
            "-_.+!*(),%#@?=;:/$~".utf8.contains(byte)
        }
    }
}
