using System.Globalization;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Suite.Contracts;
using Suite.Contracts.Training.V1;
using Suite.Training.Data;

namespace Suite.Training.Grpc;

/// <summary>Answers other services' questions about agents' learning, inside the caller's tenant.</summary>
[Authorize]
public sealed class TrainingGrpcService(TrainingDbContext db) : TrainingService.TrainingServiceBase
{
    /// <summary>An agent Training has never enrolled has no enrolments, which is an answer, not NotFound.</summary>
    public override async Task<AgentEnrolments> GetAgentEnrolments(GetAgentEnrolmentsRequest request, ServerCallContext context)
    {
        if (!Guid.TryParse(request.AgentId, out var agentId))
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, $"'{request.AgentId}' is not an agent id."));
        }

        var rows = await db.EnrolmentsOfAsync(agentId, context.CancellationToken);
        var reply = new AgentEnrolments { AgentId = agentId.ToString() };
        reply.Enrolments.AddRange(rows.Select(row => new Contracts.Training.V1.Enrolment
        {
            EnrolmentId = row.Enrolment.Id.ToString(),
            LearningPathId = row.Enrolment.LearningPathId.ToString(),
            LearningPathName = row.LearningPathName,
            Status = WireNames.Of(row.Enrolment.Status),
            EnrolledAt = row.Enrolment.EnrolledAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            DueOn = row.Enrolment.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }));
        return reply;
    }
}
