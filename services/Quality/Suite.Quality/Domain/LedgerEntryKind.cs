namespace Suite.Quality.Domain;

/// <summary>
/// What put an entry on an agent's appraisal ledger. Stored by name, so new kinds can be added
/// anywhere in the list; numbering starts at 1 so that an unset value is never a valid kind.
/// </summary>
public enum LedgerEntryKind
{
    ComplaintFiled = 1,

    /// <summary>A complaint resolved as upheld against the agent: the appraisal deducts for it.</summary>
    ComplaintUpheld,
}
