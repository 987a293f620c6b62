namespace Suite.Complaints.Domain;

/// <summary>
/// Where a complaint stands in its handling. Every complaint is filed as <see cref="New"/>; the
/// others are the workflow's states, named now so that stored values and the API do not change later.
/// </summary>
public enum ComplaintStatus
{
    New = 1,
    Acknowledged = 2,
    Investigating = 3,
    AwaitingCustomer = 4,
    AwaitingDepartment = 5,
    Resolved = 6,
    Closed = 7,
    Reopened = 8,
}
