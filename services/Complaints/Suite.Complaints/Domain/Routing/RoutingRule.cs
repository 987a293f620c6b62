using Suite.ServiceDefaults.Data;

namespace Suite.Complaints.Domain.Routing;

/// <summary>
/// Which department answers a topic and how much open time it has to answer. Tenant data: a tenant's rule
/// replaces the default for its topic (<see cref="RoutingDefaults"/>).
/// </summary>
public sealed class RoutingRule : ITenantOwned
{
    private RoutingRule()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    public HandOffTopic Topic { get; private set; }

    /// <summary>A department name ("product", "operations", "design", or any the centre has): data, not code.</summary>
    public string Department { get; private set; } = "";

    public int AnswerWithinMinutes { get; private set; }

    public static RoutingRule Create(HandOffTopic topic, string department, int answerWithinMinutes, DateTimeOffset now)
    {
        var rule = new RoutingRule { Id = Guid.CreateVersion7(now), Topic = topic };
        rule.Change(department, answerWithinMinutes);
        return rule;
    }

    public void Change(string department, int answerWithinMinutes)
    {
        Department = RoutingRules.NormaliseDepartment(department);
        AnswerWithinMinutes = answerWithinMinutes;
    }
}

/// <summary>A topic's department and answer time, whether the tenant's own or the default.</summary>
public sealed record DepartmentRoute(HandOffTopic Topic, string Department, int AnswerWithinMinutes, bool IsDefault);
