extension Block {
    /// This block with every range inside it moved by `transform`, which maps a (line, column)
    /// of a re-parsed piece to the same place in the note.
    func remapped(_ transform: (Int, Int) -> (Int, Int)) -> Block {
        let (startLine, startColumn) = transform(range.startLine, range.startColumn)
        let (endLine, endColumn) = transform(range.endLine, range.endColumn)
        let range = SourceRange(startLine: startLine, startColumn: startColumn, endLine: endLine, endColumn: endColumn)
        func map(_ blocks: [Block]) -> [Block] { blocks.map { $0.remapped(transform) } }
        switch kind {
        case .document(let children):
            return Block(.document(map(children)), range: range)
        case .blockQuote(let children):
            return Block(.blockQuote(map(children)), range: range)
        case .list(let listKind, let tight, let items):
            return Block(.list(listKind, tight: tight, items: map(items)), range: range)
        case .item(let task, let children):
            return Block(.item(task: task, map(children)), range: range)
        case .customBlock(let onEnter, let onExit, let children):
            return Block(.customBlock(onEnter: onEnter, onExit: onExit, map(children)), range: range)
        case .codeBlock, .htmlBlock, .paragraph, .heading, .thematicBreak, .table:
            return Block(kind, range: range)
        }
    }
}
