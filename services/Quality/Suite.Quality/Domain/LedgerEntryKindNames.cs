namespace Suite.Quality.Domain;

/// <summary>The names of ledger entry kinds on the wire (gRPC), the same kebab-case as the REST API.</summary>
public static class LedgerEntryKindNames
{
    public static string Of(LedgerEntryKind kind) => kind switch
    {
        LedgerEntryKind.ComplaintFiled => "complaint-filed",
        LedgerEntryKind.ComplaintUpheld => "complaint-upheld",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a ledger entry kind."),
    };
}
