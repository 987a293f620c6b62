namespace Suite.Training.Domain;

/// <summary>A cause that a rule of the tenant's table maps to a course.</summary>
public sealed record RemedialMatch(string Cause, Guid CourseId, string Reason, int DueAfterDays);
