using Microsoft.AspNetCore.Http.HttpResults;
using Suite.Complaints.Domain;
using Suite.Contracts;

namespace Suite.Complaints.Api;

/// <summary>The problems the complaint endpoints answer with, worded once.</summary>
internal static class ComplaintProblems
{
    public static ProblemHttpResult NotFound(Guid id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Complaint not found.", detail: $"No complaint has id {id}.");

    public static ProblemHttpResult Stale(Complaint complaint, Guid expected) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The complaint has changed since you read it.",
        detail: $"Your change was based on version {expected}; it is now at version {complaint.Version}. Reload it and apply your change again.",
        extensions: new Dictionary<string, object?> { ["currentVersion"] = complaint.Version });

    public static ProblemHttpResult IllegalMove(ComplaintStatus from, ComplaintStatus to) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "The complaint cannot make that move.",
        detail: $"A complaint cannot move from {WireNames.Of(from)} to {WireNames.Of(to)}; from {WireNames.Of(from)} it can move to "
                + (ComplaintWorkflow.NextFrom(from) is { Count: > 0 } next ? string.Join(", ", next.Select(WireNames.Of)) : "nothing") + ".",
        extensions: new Dictionary<string, object?> { ["from"] = WireNames.Of(from), ["to"] = WireNames.Of(to) });

    public static ProblemHttpResult NoSubject(string action) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "The token names no usable subject.",
        detail: $"{action} records who did it: the token's 'sub' claim must be 1 to {ComplaintRules.MaxFiledByLength} characters.");
}
