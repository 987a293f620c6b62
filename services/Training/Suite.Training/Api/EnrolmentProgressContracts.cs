namespace Suite.Training.Api;

/// <summary>One course of an enrolment's path, and whether (and in which version) the agent completed it.</summary>
public sealed record ProgressCourse(int Position, Guid CourseId, string Title, bool Completed, int? CompletedVersion, DateTimeOffset? CompletedAt);

public sealed record EnrolmentProgressResponse(EnrolmentResponse Enrolment, int CoursesCompleted, int CoursesOnPath, IReadOnlyList<ProgressCourse> Courses);
