using Microsoft.EntityFrameworkCore;
using Suite.Contracts.Events;
using Suite.Quality.Data;
using Suite.Quality.Domain;
using Suite.ServiceDefaults.Messaging;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Quality.Messaging;

/// <summary>
/// Puts a complaint filed against an agent on that agent's appraisal ledger. A complaint that names no
/// agent (a logistics or product complaint, say) is nobody's appraisal matter and changes nothing.
/// </summary>
public sealed class RecordComplaintOnLedgerWhenComplaintFiled(QualityDbContext db, TenantContext tenant, TimeProvider clock)
    : IdempotentConsumer<ComplaintFiled, QualityDbContext>(db, tenant, clock)
{
    protected override async Task ApplyAsync(ComplaintFiled message, CancellationToken cancellationToken)
    {
        if (message.AgentId is not { } agentId)
        {
            return;
        }

        // The inbox only knows event ids; Complaints may report the same complaint again under a new
        // one (a replayed outbox row, a re-sent fact). Should two such events race past this check, the
        // unique index refuses the second insert and its retry lands here and finds the entry.
        var alreadyOnLedger = await Db.LedgerEntries.AnyAsync(
            entry => entry.Kind == LedgerEntryKind.ComplaintFiled && entry.SourceId == message.ComplaintId, cancellationToken);
        if (alreadyOnLedger)
        {
            return;
        }

        var complaint = new FiledComplaint(
            message.ComplaintId, agentId, message.Category, message.Severity, message.StoreCode, message.OccurredAt);
        Db.LedgerEntries.Add(AppraisalLedgerEntry.ForFiledComplaint(complaint, Clock.GetUtcNow()));
    }
}
