namespace Suite.Complaints.Domain;

/// <summary>
/// Which status a complaint may move to from which. A complaint is resolved only with an outcome and
/// a root cause, so <see cref="ComplaintStatus.Resolved"/> is reached through resolution, never a bare move.
/// </summary>
public static class ComplaintWorkflow
{
    private static readonly Dictionary<ComplaintStatus, ComplaintStatus[]> Allowed = new()
    {
        [ComplaintStatus.New] = [ComplaintStatus.Acknowledged, ComplaintStatus.Investigating, ComplaintStatus.Resolved],
        [ComplaintStatus.Acknowledged] =
            [ComplaintStatus.Investigating, ComplaintStatus.AwaitingCustomer, ComplaintStatus.AwaitingDepartment, ComplaintStatus.Resolved],
        [ComplaintStatus.Investigating] = [ComplaintStatus.AwaitingCustomer, ComplaintStatus.AwaitingDepartment, ComplaintStatus.Resolved],
        [ComplaintStatus.AwaitingCustomer] = [ComplaintStatus.Investigating, ComplaintStatus.AwaitingDepartment, ComplaintStatus.Resolved],
        [ComplaintStatus.AwaitingDepartment] = [ComplaintStatus.Investigating, ComplaintStatus.AwaitingCustomer, ComplaintStatus.Resolved],
        // The customer may come back before the complaint is filed away, or after: both reopen it.
        [ComplaintStatus.Resolved] = [ComplaintStatus.Closed, ComplaintStatus.Reopened],
        [ComplaintStatus.Closed] = [ComplaintStatus.Reopened],
        [ComplaintStatus.Reopened] =
            [ComplaintStatus.Investigating, ComplaintStatus.AwaitingCustomer, ComplaintStatus.AwaitingDepartment, ComplaintStatus.Resolved],
    };

    public static bool CanMove(ComplaintStatus from, ComplaintStatus to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);

    public static IReadOnlyList<ComplaintStatus> NextFrom(ComplaintStatus from) =>
        Allowed.TryGetValue(from, out var targets) ? targets : [];

    /// <summary>Statuses in which the customer is waiting on the centre, so the resolution clock runs.</summary>
    public static bool ResolutionClockRuns(ComplaintStatus status) =>
        status is ComplaintStatus.New or ComplaintStatus.Acknowledged or ComplaintStatus.Investigating or ComplaintStatus.Reopened;

    /// <summary>Statuses in which the centre owes the customer a progress update.</summary>
    public static bool UpdatesAreOwed(ComplaintStatus status) =>
        status is ComplaintStatus.Acknowledged or ComplaintStatus.Investigating or ComplaintStatus.Reopened;

    public static bool IsOpen(ComplaintStatus status) => status is not (ComplaintStatus.Resolved or ComplaintStatus.Closed);
}
