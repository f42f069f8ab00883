/// Recorded outputs of the diagrams, one constant per file, written by `Golden.check`.
enum Goldens {}
