import PageAlloc

/// A call path as a tree, with runs of identical sibling calls folded into one node with a
/// count (`__rmqueue ×63`).
struct CallTree: Equatable {
    var function: String
    var count: Int
    var children: [CallTree]

    /// Builds the forest of a step's calls from their depths, folding repeats.
    static func forest(_ calls: [CallRecord]) -> [CallTree] {
        var index = 0
        return fold(build(calls, &index, depth: calls.first?.depth ?? 0))
    }

    private static func build(_ calls: [CallRecord], _ index: inout Int, depth: Int) -> [CallTree] {
        var nodes: [CallTree] = []
        while index < calls.count && calls[index].depth >= depth {
            if calls[index].depth > depth {
                let children = build(calls, &index, depth: calls[index].depth)
                if nodes.isEmpty { nodes.append(CallTree(function: "…", count: 1, children: [])) }
                nodes[nodes.count - 1].children += children
                continue
            }
            nodes.append(CallTree(function: calls[index].function, count: 1, children: []))
            index += 1
        }
        return nodes
    }

    private static func fold(_ nodes: [CallTree]) -> [CallTree] {
        var out: [CallTree] = []
        for var node in nodes {
            node.children = fold(node.children)
            if let last = out.last, last.function == node.function, last.children == node.children {
                out[out.count - 1].count += node.count
            } else {
                out.append(node)
            }
        }
        return out
    }

    /// Nested HTML lists with each kernel function as code, linked to its `symbols.html` entry;
    /// a name may wrap after an inner `_`, never inside a word.
    static func html(_ forest: [CallTree], highlighter: Highlighter = Highlighter()) -> String {
        guard !forest.isEmpty else { return "" }
        var out = "<ul>"
        for node in forest {
            out += "<li><code>" + highlighter.name(node.function, wrappable: true) + "</code>"
            if node.count > 1 { out += " <span class=\"repeat\">×\(node.count)</span>" }
            out += html(node.children, highlighter: highlighter) + "</li>"
        }
        return out + "</ul>"
    }

    /// The call path as indented text, one function per line.
    static func text(_ forest: [CallTree], indent: String = "") -> String {
        forest.map { node in
            indent + node.function + (node.count > 1 ? " ×\(node.count)" : "") + "\n"
                + text(node.children, indent: indent + "  ")
        }.joined()
    }
}
