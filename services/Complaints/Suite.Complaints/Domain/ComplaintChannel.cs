namespace Suite.Complaints.Domain;

/// <summary>
/// Where the complaint reached the centre. Values start at 1 so that a request that leaves the
/// channel out is caught by validation instead of silently meaning the first channel.
/// </summary>
public enum ComplaintChannel
{
    Chat = 1,
    Phone = 2,
    Email = 3,
    Review = 4,
    PlatformTicket = 5,
}
