namespace Suite.Training.Domain;

/// <summary>The names of enrolment statuses on the wire (gRPC), the same kebab-case as the REST API.</summary>
public static class EnrolmentStatusNames
{
    public static string Of(EnrolmentStatus status) => status switch
    {
        EnrolmentStatus.NotStarted => "not-started",
        EnrolmentStatus.InProgress => "in-progress",
        EnrolmentStatus.Completed => "completed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an enrolment status."),
    };
}
