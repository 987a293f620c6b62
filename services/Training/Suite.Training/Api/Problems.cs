using Microsoft.AspNetCore.Http.HttpResults;

namespace Suite.Training.Api;

/// <summary>The 403, 404 and 409 answers every Training endpoint gives the same way.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string what, object id) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: $"{what} not found.", detail: $"No {what.ToLowerInvariant()} has id {id}.");

    public static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Not yours to see or do.", detail: detail);

    public static ProblemHttpResult Conflict(string title, string detail, IDictionary<string, object?>? extensions = null) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict, title: title, detail: detail, extensions: extensions);
}
