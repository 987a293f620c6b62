using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Events;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Quality.Messaging;

/// <summary>
/// Puts a complaint upheld against an agent on their appraisal ledger, where the monthly appraisal
/// deducts for it. A complaint not upheld, or upheld against nobody, changes nothing.
/// </summary>
public sealed class DeductOnLedgerWhenComplaintUpheldAgainstAgent(QualityDbContext db, TenantContext tenant, TimeProvider clock)
    : IdempotentConsumer<ComplaintResolved, QualityDbContext>(db, tenant, clock)
{
    protected override async Task ApplyAsync(ComplaintResolved message, CancellationToken cancellationToken)
    {
        if (!message.UpheldAgainstAgent || message.AgentId is not { } agentId)
        {
            return;
        }

        // As for filed complaints: the same resolution may come again under another event id.
        var alreadyOnLedger = await Db.LedgerEntries.AnyAsync(
            entry => entry.Kind == LedgerEntryKind.ComplaintUpheld && entry.SourceId == message.ComplaintId, cancellationToken);
        if (alreadyOnLedger)
        {
            return;
        }

        var complaint = new UpheldComplaint(message.ComplaintId, agentId, message.Category, message.RootCause, message.OccurredAt);
        Db.LedgerEntries.Add(AppraisalLedgerEntry.ForUpheldComplaint(complaint, Clock.GetUtcNow()));
    }
}
