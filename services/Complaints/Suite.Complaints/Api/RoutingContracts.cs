using Suite.Complaints.Domain.Routing;

namespace Suite.Complaints.Api;

/// <summary>The body of PUT /api/complaints/routing-rules/{topic}.</summary>
public sealed record RoutingRuleRequest(string? Department, int AnswerWithinMinutes);

/// <summary>The body of POST /api/complaints/complaints/{id}/hand-offs; the topic defaults from the complaint's category.</summary>
public sealed record HandOffRequest(HandOffTopic? Topic, string? Question, Guid? ExpectedVersion);

/// <summary>The body of POST /api/complaints/hand-offs/{id}/answer.</summary>
public sealed record HandOffAnswerRequest(string? Answer);

public sealed record HandOffResponse(
    Guid Id, Guid ComplaintId, HandOffTopic Topic, string Department, string Question, DateTimeOffset RequestedAt, string RequestedBy,
    DateTimeOffset? DueAt, string? Answer, DateTimeOffset? AnsweredAt, string? AnsweredBy, bool Overdue)
{
    public static HandOffResponse From(HandOff handOff, DateTimeOffset now) => new(
        handOff.Id, handOff.ComplaintId, handOff.Topic, handOff.Department, handOff.Question, handOff.RequestedAt, handOff.RequestedBy,
        handOff.DueAt, handOff.Answer, handOff.AnsweredAt, handOff.AnsweredBy, handOff.Overdue(now));
}
