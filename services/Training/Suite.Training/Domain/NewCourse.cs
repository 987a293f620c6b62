namespace Suite.Training.Domain;

/// <summary>What a training lead enters to set up a course, before any courseware is published.</summary>
public sealed record NewCourse(string Title, string Description, CourseCategory Category);
