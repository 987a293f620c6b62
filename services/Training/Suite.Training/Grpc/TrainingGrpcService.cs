using System.Globalization;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Suite.Contracts;
using Suite.Contracts.Training.V1;
using Suite.Training.Data;
using Suite.Training.Domain;

namespace Suite.Training.Grpc;

/// <summary>Answers other services' questions about agents' learning, inside the caller's tenant.</summary>
[Authorize]
public sealed class TrainingGrpcService(TrainingDbContext db, TimeProvider clock) : TrainingService.TrainingServiceBase
{
    /// <summary>An agent Training has never enrolled has no enrolments, which is an answer, not NotFound.</summary>
    public override async Task<AgentEnrolments> GetAgentEnrolments(GetAgentEnrolmentsRequest request, ServerCallContext context)
    {
        var agentId = ParseAgentId(request.AgentId);
        var rows = await db.EnrolmentsOfAsync(agentId, context.CancellationToken);
        var reply = new AgentEnrolments { AgentId = agentId.ToString() };
        reply.Enrolments.AddRange(rows.Select(ToMessage));
        return reply;
    }

    /// <summary>
    /// Like enrolments, an agent Training knows nothing about has an empty status: Training does not own
    /// agents, so it cannot tell an unknown agent from one who has not trained yet.
    /// </summary>
    public override async Task<AgentTrainingStatus> GetAgentTrainingStatus(GetAgentTrainingStatusRequest request, ServerCallContext context)
    {
        var agentId = ParseAgentId(request.AgentId);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var cancellationToken = context.CancellationToken;

        var completions = await db.CompletionsOfAsync(agentId, cancellationToken);
        var certifications = await db.Certifications.AsNoTracking()
            .Where(certification => certification.AgentId == agentId && certification.SupersededAt == null && certification.ValidUntil > now)
            .OrderBy(certification => certification.ValidUntil).ThenBy(certification => certification.Id)
            .ToListAsync(cancellationToken);
        var overdue = (await db.EnrolmentsOfAsync(agentId, cancellationToken))
            .Where(row => row.Enrolment.IsOverdueOn(today));

        var reply = new AgentTrainingStatus { AgentId = agentId.ToString() };
        reply.Completions.AddRange(completions.Select(completion => new Contracts.Training.V1.CourseCompletion
        {
            CourseId = completion.CourseId.ToString(),
            CourseTitle = completion.CourseTitle,
            CourseVersion = completion.CourseVersion,
            CompletedAt = Instant(completion.CompletedAt),
            ScorePercent = completion.ScorePercent.ToString(CultureInfo.InvariantCulture),
        }));
        reply.Certifications.AddRange(certifications.Select(certification => new Contracts.Training.V1.Certification
        {
            CertificationId = certification.Id.ToString(),
            CourseId = certification.CourseId.ToString(),
            Skill = certification.Skill,
            GrantedAt = Instant(certification.GrantedAt),
            ValidUntil = Instant(certification.ValidUntil),
        }));
        reply.OverdueEnrolments.AddRange(overdue.Select(ToMessage));
        return reply;
    }

    private static Guid ParseAgentId(string agentId) => Guid.TryParse(agentId, out var parsed)
        ? parsed
        : throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{agentId}' is not an agent id."));

    private static string Instant(DateTimeOffset instant) => instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static Contracts.Training.V1.Enrolment ToMessage(AgentEnrolment row) => new()
    {
        EnrolmentId = row.Enrolment.Id.ToString(),
        LearningPathId = row.Enrolment.LearningPathId.ToString(),
        LearningPathName = row.LearningPathName,
        Status = WireNames.Of(row.Enrolment.Status),
        EnrolledAt = Instant(row.Enrolment.EnrolledAt),
        DueOn = row.Enrolment.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
