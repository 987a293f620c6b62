using Grpc.Core;
using Suite.Contracts.Scheduling.V1;

namespace Suite.Complaints.Tests;

/// <summary>
/// Scheduling's generated gRPC client with canned answers, for questions a real Scheduling cannot be
/// set up to answer in a test (who was on duty) or for Scheduling going down between two calls.
/// </summary>
public sealed class FakeSchedulingClient : SchedulingService.SchedulingServiceClient
{
    private readonly List<Metadata?> _teamLeaderCalls = [];

    public bool Down { get; set; }

    /// <summary>A Scheduling deployed before WhoWasOnDuty existed.</summary>
    public bool WithoutWhoWasOnDuty { get; set; }

    public Guid? TeamLeader { get; set; }

    public List<Guid> OnDuty { get; } = [];

    public bool StoreKnown { get; set; } = true;

    public List<WhoWasOnDutyRequest> DutyQuestions { get; } = [];

    /// <summary>The headers each GetTeamLeader call carried: the SLA clock's own token.</summary>
    public IReadOnlyList<Metadata?> TeamLeaderCalls => _teamLeaderCalls;

    public override AsyncUnaryCall<Agent> GetAgentAsync(GetAgentRequest request, CallOptions options) =>
        Answer(() => new Agent { AgentId = request.AgentId, TenantId = "any" });

    public override AsyncUnaryCall<Agent> GetTeamLeaderAsync(GetTeamLeaderRequest request, CallOptions options)
    {
        _teamLeaderCalls.Add(options.Headers);
        return Answer(() => TeamLeader is { } leader
            ? new Agent { AgentId = leader.ToString() }
            : throw new RpcException(new Status(StatusCode.NotFound, "The agent's team has no leader.")));
    }

    public override AsyncUnaryCall<WhoWasOnDutyReply> WhoWasOnDutyAsync(WhoWasOnDutyRequest request, CallOptions options)
    {
        DutyQuestions.Add(request);
        return Answer(() =>
        {
            if (WithoutWhoWasOnDuty)
            {
                throw new RpcException(new Status(StatusCode.Unimplemented, "Method is unimplemented."));
            }

            if (!StoreKnown)
            {
                throw new RpcException(new Status(StatusCode.NotFound, "No such store."));
            }

            var reply = new WhoWasOnDutyReply();
            reply.Agents.AddRange(OnDuty.Select(id => new Agent { AgentId = id.ToString() }));
            return reply;
        });
    }

    private AsyncUnaryCall<T> Answer<T>(Func<T> answer)
    {
        Task<T> response;
        try
        {
            response = Down
                ? Task.FromException<T>(new RpcException(new Status(StatusCode.Unavailable, "Scheduling is down.")))
                : Task.FromResult(answer());
        }
        catch (RpcException exception)
        {
            response = Task.FromException<T>(exception);
        }

        return new AsyncUnaryCall<T>(response, Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => new Metadata(), () => { });
    }
}
