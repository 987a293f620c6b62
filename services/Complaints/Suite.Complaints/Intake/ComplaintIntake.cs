using Microsoft.EntityFrameworkCore;
using Suite.Complaints.Agents;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Contracts;
using Suite.Contracts.Events;
using Suite.ServiceDefaults.Tenancy;

namespace Suite.Complaints.Intake;

/// <summary>Files complaints the same way whether they arrive over REST or gRPC.</summary>
public sealed class ComplaintIntake(ComplaintsDbContext db, IAgentDirectory agents, ITenantContext tenant, TimeProvider clock)
{
    /// <summary>
    /// Validates, checks the agent with Scheduling, assesses severity and writes the complaint, its first
    /// audit entry and ComplaintFiled together. Returns the problems per field instead when refused.
    /// </summary>
    public async Task<(Complaint? Complaint, Dictionary<string, string[]> Errors)> FileAsync(
        NewComplaint details, string filedBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var errors = ComplaintRules.Validate(details);
        ComplaintRules.ValidateServedAt(details, now, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        // Asked before anything is staged (the agent, or who was on duty): when Scheduling cannot answer, the RpcException propagates
        // (a 503 over REST, UNAVAILABLE over gRPC) and nothing has been written.
        if (details.AgentId is { } agentId && !await agents.ExistsAsync(agentId, cancellationToken))
        {
            return (null, new Dictionary<string, string[]> { ["agentId"] = [$"No agent with id {agentId} exists in this tenant."] });
        }

        var duty = details.ServedAt is { } servedAt
            ? await agents.OnDutyAsync(details.StoreCode.Trim(), servedAt, cancellationToken)
            : null;
        var platform = ComplaintRules.NormalisePlatform(details.Platform);
        var customer = details.CustomerReference.Trim();
        var since = now - SeverityRules.RepeatWindow;
        var earlier = await db.Complaints.CountAsync(
            complaint => complaint.Platform == platform && complaint.CustomerReference == customer && complaint.FiledAt >= since,
            cancellationToken);
        var severity = SeverityRules.Assess(details.Category, details.Severity, details.MajorReasons ?? [], earlier);

        var (complaint, filed) = Complaint.File(details, severity, filedBy, now);
        db.Complaints.Add(complaint);
        db.AuditEntries.Add(filed);
        if (duty is not null)
        {
            db.AuditEntries.Add(complaint.AssignFromDuty(duty.Agents, duty.StoreKnown, filedBy, now));
        }

        db.AddEvent(new ComplaintFiled(
            Guid.CreateVersion7(now), tenant.TenantId, now, complaint.Id, complaint.AgentId,
            WireNames.Of(complaint.Category), WireNames.Of(complaint.Severity), complaint.StoreCode));
        await db.SaveChangesAsync(cancellationToken);
        return (complaint, errors);
    }
}
