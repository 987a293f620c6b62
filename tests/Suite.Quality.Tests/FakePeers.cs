using Grpc.Core;
using Suite.Contracts.Scheduling.V1;
using Suite.Contracts.Training.V1;

namespace Suite.Quality.Tests;

/// <summary>Answers of a gRPC call made in memory, or its failure, as the generated client would hand them back.</summary>
internal static class FakeCalls
{
    public static AsyncUnaryCall<T> Answer<T>(Func<T> reply)
    {
        Task<T> response;
        try
        {
            response = Task.FromResult(reply());
        }
        catch (RpcException failure)
        {
            response = Task.FromException<T>(failure);
        }

        return new AsyncUnaryCall<T>(response, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });
    }

    public static RpcException Unavailable(string service) => new(new Status(StatusCode.Unavailable, $"{service} is down."));
}

/// <summary>Scheduling's agent list, served two at a time so the roster has to follow page tokens.</summary>
internal sealed class FakeScheduling : SchedulingService.SchedulingServiceClient
{
    private const int PageSize = 2;

    public List<Agent> Agents { get; } = [];

    public bool Down { get; set; }

    public int Calls { get; private set; }

    public Agent Hire(string team, string level, string hiredOn)
    {
        var agent = new Agent
        {
            AgentId = Guid.CreateVersion7().ToString(), TenantId = "tenant-a", Team = team, Level = level, HiredOn = hiredOn,
            DisplayName = $"Agent {Agents.Count + 1}", EmployeeNumber = $"CS-{Agents.Count + 1:D4}",
        };
        Agents.Add(agent);
        return agent;
    }

    public override AsyncUnaryCall<ListAgentsReply> ListAgentsAsync(ListAgentsRequest request, CallOptions options) =>
        FakeCalls.Answer(() =>
        {
            Calls++;
            if (Down)
            {
                throw FakeCalls.Unavailable("Scheduling");
            }

            var offset = request.PageToken.Length == 0 ? 0 : int.Parse(request.PageToken, System.Globalization.CultureInfo.InvariantCulture);
            var matching = Agents.Where(agent => request.Team.Length == 0 || agent.Team == request.Team).ToList();
            var reply = new ListAgentsReply { Total = matching.Count };
            reply.Agents.AddRange(matching.Skip(offset).Take(PageSize));
            reply.NextPageToken = offset + PageSize < matching.Count ? (offset + PageSize).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            return reply;
        });
}

/// <summary>Training's standing of each agent: overdue enrolments and current certifications by skill.</summary>
internal sealed class FakeTraining : TrainingService.TrainingServiceClient
{
    private readonly Dictionary<string, AgentTrainingStatus> _statuses = [];

    public bool Down { get; set; }

    public void Overdue(Agent agent) =>
        StatusOf(agent.AgentId).OverdueEnrolments.Add(new Enrolment { EnrolmentId = Guid.CreateVersion7().ToString(), Status = "in-progress", DueOn = "2026-11-15" });

    public void Certify(Agent agent, string skill) =>
        StatusOf(agent.AgentId).Certifications.Add(new Certification { CertificationId = Guid.CreateVersion7().ToString(), Skill = skill, ValidUntil = "2027-11-01T00:00:00Z" });

    public override AsyncUnaryCall<AgentTrainingStatus> GetAgentTrainingStatusAsync(GetAgentTrainingStatusRequest request, CallOptions options) =>
        FakeCalls.Answer(() => Down ? throw FakeCalls.Unavailable("Training") : StatusOf(request.AgentId));

    private AgentTrainingStatus StatusOf(string agentId)
    {
        lock (_statuses)
        {
            if (!_statuses.TryGetValue(agentId, out var status))
            {
                status = new AgentTrainingStatus { AgentId = agentId };
                _statuses[agentId] = status;
            }

            return status;
        }
    }
}
