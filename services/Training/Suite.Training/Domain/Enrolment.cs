using Suite.ServiceDefaults.Data;

namespace Suite.Training.Domain;

/// <summary>One agent on one learning path; an agent is enrolled in a given path at most once.</summary>
public sealed class Enrolment : ITenantOwned
{
    public const string OnboardingOnHireReason = "onboarding on hire";

    private Enrolment()
    {
    }

    public Guid Id { get; private set; }

    public string TenantId { get; private set; } = "";

    /// <summary>The agent as Scheduling knows them; Training keeps only the id.</summary>
    public Guid AgentId { get; private set; }

    public Guid LearningPathId { get; private set; }

    public DateTimeOffset EnrolledAt { get; private set; }

    public DateOnly DueOn { get; private set; }

    public EnrolmentStatus Status { get; private set; }

    /// <summary>Why the agent was enrolled, for the supervisor reading the agent's record later.</summary>
    public string Reason { get; private set; } = "";

    /// <summary>Enrols a new hire in an onboarding path, due that path's number of days after the hire date.</summary>
    public static Enrolment OnHire(Guid agentId, LearningPath onboarding, DateOnly hiredOn, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AgentId = agentId,
        LearningPathId = onboarding.Id,
        EnrolledAt = now,
        DueOn = onboarding.DueOnFor(hiredOn),
        Status = EnrolmentStatus.NotStarted,
        Reason = OnboardingOnHireReason,
    };

    /// <summary>Enrols an agent in a path a supervisor chose for them (an advanced path, a re-certification), due as the caller worked out.</summary>
    public static Enrolment Assign(Guid agentId, LearningPath path, DateOnly dueOn, string reason, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AgentId = agentId,
        LearningPathId = path.Id,
        EnrolledAt = now,
        DueOn = dueOn,
        Status = EnrolmentStatus.NotStarted,
        Reason = reason,
    };

    /// <summary>
    /// Whether a course completion counts towards this enrolment: any completion does, except on a
    /// re-certification path, which only counts passes since the agent was (re-)enrolled in it.
    /// </summary>
    public bool Counts(LearningPathKind pathKind, DateTimeOffset completedAt) =>
        pathKind != LearningPathKind.Recertification || completedAt >= EnrolledAt;

    /// <summary>Not finished and past its due date.</summary>
    public bool IsOverdueOn(DateOnly today) => Status != EnrolmentStatus.Completed && DueOn < today;

    /// <summary>
    /// Starts a completed path over (an agent re-certifying takes the re-certification path once per
    /// cycle); only completions from now on count towards it again.
    /// </summary>
    public void Reopen(DateOnly dueOn, string reason, DateTimeOffset now)
    {
        if (Status != EnrolmentStatus.Completed)
        {
            throw new InvalidOperationException($"Enrolment {Id} is {Status}, not completed; it cannot be reopened.");
        }

        EnrolledAt = now;
        DueOn = dueOn;
        Status = EnrolmentStatus.NotStarted;
        Reason = reason;
    }

    /// <summary>
    /// Moves the enrolment on as the agent completes the path's courses; it never moves back (a course
    /// added to the path later does not reopen a completed enrolment). True when this completed it.
    /// </summary>
    public bool RecordProgress(int coursesCompleted, int coursesOnPath)
    {
        if (Status == EnrolmentStatus.Completed || coursesCompleted <= 0)
        {
            return false;
        }

        Status = coursesCompleted >= coursesOnPath ? EnrolmentStatus.Completed : EnrolmentStatus.InProgress;
        return Status == EnrolmentStatus.Completed;
    }
}
