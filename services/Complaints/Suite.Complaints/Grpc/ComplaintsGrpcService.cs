using System.Globalization;
using Suite.Contracts;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Suite.Complaints.Data;
using Actor = Suite.Complaints.Api.Actor;
using Suite.Complaints.Domain;
using Suite.Complaints.Intake;
using Suite.ServiceDefaults.Auth;
using Suite.Contracts.Complaints.V1;
using ComplaintMessage = Suite.Contracts.Complaints.V1.Complaint;

namespace Suite.Complaints.Grpc;

/// <summary>Takes complaints from integrators and answers other services' questions about complaints, inside the caller's tenant.</summary>
[Authorize]
public sealed class ComplaintsGrpcService(ComplaintsDbContext db, ComplaintIntake intake) : ComplaintsService.ComplaintsServiceBase
{
    /// <summary>The roles of <see cref="SuiteRoles.ManagementAndIntegrators"/>, as the attribute needs them.</summary>
    private const string FilingRoles = $"{SuiteRoles.TeamLeader},{SuiteRoles.Supervisor},{SuiteRoles.Manager},{SuiteRoles.Admin},{SuiteRoles.Integrator}";

    [Authorize(Roles = FilingRoles)]
    public override async Task<FiledComplaint> FileComplaint(FileComplaintRequest request, ServerCallContext context)
    {
        if (Actor.Of(context.GetHttpContext().User) is not { } filedBy)
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, "Filing a complaint records who did it: the token names no usable subject."));
        }

        var (details, errors) = Read(request);
        if (errors.Count == 0)
        {
            Domain.Complaint? complaint;
            try
            {
                (complaint, errors) = await intake.FileAsync(details, filedBy, context.CancellationToken);
            }
            catch (RpcException scheduling) when (scheduling.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
            {
                // Scheduling's own deadline running out must not read as the caller's: both mean "try again".
                throw new RpcException(new Status(StatusCode.Unavailable, "Scheduling, which checks the agent and knows who was on duty, did not answer; nothing was filed. Try again shortly."));
            }

            if (complaint is not null)
            {
                var reply = new FiledComplaint
                {
                    Complaint = Message(complaint), Major = complaint.Major, Version = complaint.Version.ToString(),
                    AgentId = complaint.AgentId?.ToString() ?? "",
                };
                reply.MajorReasons.AddRange(complaint.MajorReasons.Select(WireNames.Of));
                reply.AgentCandidates.AddRange(complaint.AgentCandidates.Select(candidate => candidate.ToString()));
                return reply;
            }
        }

        throw new RpcException(new Status(StatusCode.InvalidArgument,
            string.Join(" ", errors.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"{pair.Key}: {string.Join(" ", pair.Value)}"))));
    }

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
        reply.Complaints.AddRange(complaints.Select(complaint => Message(complaint.Id, complaint.Category, complaint.Severity, complaint.Status, complaint.FiledAt)));
        return reply;
    }

    /// <summary>Wire names are parsed here; anything unreadable is reported with the rules' own problems.</summary>
    private static (NewComplaint Details, Dictionary<string, string[]> Errors) Read(FileComplaintRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        Guid? agentId = null;
        if (request.AgentId.Length > 0)
        {
            agentId = Guid.TryParse(request.AgentId, out var parsed) ? parsed : Guid.Empty;
        }

        var channel = Parse<ComplaintChannel>(request.Channel, "channel", errors);
        var category = Parse<ComplaintCategory>(request.Category, "category", errors);
        ComplaintSeverity? severity = request.Severity.Length == 0 ? null : Parse<ComplaintSeverity>(request.Severity, "severity", errors);
        var reasons = request.MajorReasons.Select(reason => Parse<MajorReason>(reason, "majorReasons", errors)).ToList();
        DateTimeOffset? servedAt = null;
        if (request.ServedAt.Length > 0)
        {
            if (DateTimeOffset.TryParse(request.ServedAt, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedAt) && HasOffset(request.ServedAt))
            {
                servedAt = parsedAt.ToUniversalTime();
            }
            else
            {
                errors["servedAt"] = [$"'{request.ServedAt}' is not an ISO 8601 instant with an offset."];
            }
        }

        var details = new NewComplaint(
            agentId, channel, request.Platform, request.StoreCode, request.CustomerReference,
            request.OrderReference.Length == 0 ? null : request.OrderReference, category, severity, request.Description,
            request.Attachments.ToList(), reasons, servedAt);
        foreach (var (field, messages) in ComplaintRules.Validate(details))
        {
            errors.TryAdd(field, messages);
        }

        return (details, errors);
    }

    /// <summary>An instant without an offset would be read in the server's zone, which the caller cannot know.</summary>
    private static bool HasOffset(string instant) =>
        instant.IndexOf('T') is var time and > 0
        && (instant.EndsWith('Z') || instant.AsSpan(time).IndexOfAny('+', '-') > 0);

    private static TEnum Parse<TEnum>(string text, string field, Dictionary<string, string[]> errors) where TEnum : struct, Enum
    {
        if (WireNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        errors[field] = [$"'{text}' is not one of {string.Join(", ", WireNames.All<TEnum>())}."];
        return default;
    }

    private static ComplaintMessage Message(Domain.Complaint complaint) =>
        Message(complaint.Id, complaint.Category, complaint.Severity, complaint.Status, complaint.FiledAt);

    private static ComplaintMessage Message(
        Guid id, ComplaintCategory category, ComplaintSeverity severity, ComplaintStatus status, DateTimeOffset filedAt) => new()
    {
        ComplaintId = id.ToString(),
        Category = WireNames.Of(category),
        Severity = WireNames.Of(severity),
        Status = WireNames.Of(status),
        FiledAt = filedAt.UtcDateTime.ToString("O"),
    };
}
