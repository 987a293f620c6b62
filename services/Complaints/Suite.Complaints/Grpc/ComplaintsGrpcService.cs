using Suite.Contracts;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Suite.Complaints.Data;
using Suite.Complaints.Domain;
using Suite.Contracts.Complaints.V1;
using ComplaintMessage = Suite.Contracts.Complaints.V1.Complaint;

namespace Suite.Complaints.Grpc;

/// <summary>Answers other services' questions about complaints, inside the caller's tenant.</summary>
[Authorize]
public sealed class ComplaintsGrpcService(ComplaintsDbContext db) : ComplaintsService.ComplaintsServiceBase
{
    /// <summary>
    /// Complaints does not own agents, so an agent it has no complaints against (or that does not
    /// exist) gets an empty list rather than NOT_FOUND: "no complaints" is what appraisal needs to know.
    /// </summary>
    public override async Task<AgentComplaints> GetAgentComplaints(GetAgentComplaintsRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.AgentId, out var agentId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{request.AgentId}' is not an agent id."));
        }

        var complaints = await db.Complaints.AsNoTracking()
            .Where(complaint => complaint.AgentId == agentId)
            .OrderByDescending(complaint => complaint.FiledAt).ThenByDescending(complaint => complaint.Id)
            .Select(complaint => new { complaint.Id, complaint.Category, complaint.Severity, complaint.Status, complaint.FiledAt })
            .ToListAsync(context.CancellationToken);

        var reply = new AgentComplaints { AgentId = agentId.ToString() };
        reply.Complaints.AddRange(complaints.Select(complaint => new ComplaintMessage
        {
            ComplaintId = complaint.Id.ToString(),
            Category = WireNames.Of(complaint.Category),
            Severity = WireNames.Of(complaint.Severity),
            Status = WireNames.Of(complaint.Status),
            FiledAt = complaint.FiledAt.UtcDateTime.ToString("O"),
        }));
        return reply;
    }
}
