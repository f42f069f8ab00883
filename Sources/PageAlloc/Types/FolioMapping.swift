/// What a folio's `mapping` field points at, as far as the model knows it: kept per folio in
/// `MemMap.folioMapping`, keyed by the folio's first pfn.
///
/// Models: `folio->mapping` (include/linux/mm_types.h) of a folio head: NULL, an `anon_vma`
/// with `PAGE_MAPPING_ANON` set in the low bit (`__folio_set_anon()`, mm/rmap.c), or a file's
/// `address_space` (`__filemap_add_folio()`, mm/filemap.c). The model has no anon_vma and one
/// stand-in file, so each kind has one fake pointer value (`MemMap.anonVMAPointer`,
/// `MemMap.fileMappingPointer`).
public enum FolioMapping: Sendable, Equatable {
    /// `mapping == NULL`: not anonymous and in no file (a folio fresh from the allocator).
    case unmapped
    /// An anonymous folio (`folio_test_anon()`).
    case anon
    /// A page-cache folio of the model's file.
    case file
}
