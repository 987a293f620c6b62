using Suite.ServiceDefaults.Data;

namespace Suite.Quality.Domain;

/// <summary>
/// One fact on an agent's appraisal ledger (a complaint filed against them, later evaluations and
/// upheld complaints), which the monthly appraisal weighs. A source fact is on the ledger once per kind.
/// </summary>
public sealed class AppraisalLedgerEntry : ITenantOwned
{
    /// <summary>Room for the longest complaint summary, with margin for the kinds still to come.</summary>
    public const int MaxSummaryLength = 400;

    private AppraisalLedgerEntry()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public Guid AgentId { get; private set; }

    public LedgerEntryKind Kind { get; private set; }

    /// <summary>The id of the fact in the service that owns it (for a complaint, the complaint id).</summary>
    public Guid SourceId { get; private set; }

    public string Summary { get; private set; } = "";

    public string? Severity { get; private set; }

    public string? Category { get; private set; }

    public string? StoreCode { get; private set; }

    /// <summary>When the fact happened (a complaint: when it was filed), which decides the appraisal month.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>When Quality learnt of it.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    public static AppraisalLedgerEntry ForFiledComplaint(FiledComplaint complaint, DateTimeOffset now)
    {
        var category = ComplaintLedgerRules.Label(complaint.Category, ComplaintLedgerRules.MaxCategoryLength);
        var severity = ComplaintLedgerRules.Label(complaint.Severity, ComplaintLedgerRules.MaxSeverityLength);
        var storeCode = ComplaintLedgerRules.Label(complaint.StoreCode, ComplaintLedgerRules.MaxStoreCodeLength);
        return new AppraisalLedgerEntry
        {
            Id = Guid.CreateVersion7(now),
            AgentId = complaint.AgentId,
            Kind = LedgerEntryKind.ComplaintFiled,
            SourceId = complaint.ComplaintId,
            Summary = ComplaintLedgerRules.Summarise(category, severity, storeCode),
            Severity = severity,
            Category = category,
            StoreCode = storeCode,
            // Instants are stored and compared in UTC; another service may send its own offset.
            OccurredAt = complaint.FiledAt.ToUniversalTime(),
            RecordedAt = now,
        };
    }

    public static AppraisalLedgerEntry ForUpheldComplaint(UpheldComplaint complaint, DateTimeOffset now)
    {
        var category = ComplaintLedgerRules.Label(complaint.Category, ComplaintLedgerRules.MaxCategoryLength);
        var rootCause = ComplaintLedgerRules.Label(complaint.RootCause, ComplaintLedgerRules.MaxRootCauseLength);
        return new AppraisalLedgerEntry
        {
            Id = Guid.CreateVersion7(now),
            AgentId = complaint.AgentId,
            Kind = LedgerEntryKind.ComplaintUpheld,
            SourceId = complaint.ComplaintId,
            Summary = ComplaintLedgerRules.SummariseUpheld(category, rootCause),
            Category = category,
            OccurredAt = complaint.ResolvedAt.ToUniversalTime(),
            RecordedAt = now,
        };
    }
}
