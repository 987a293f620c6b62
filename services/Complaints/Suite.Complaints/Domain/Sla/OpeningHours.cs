namespace Suite.Complaints.Domain.Sla;

/// <summary>One stretch of a weekday on which a store's complaints desk works, in the store's local time.</summary>
/// <param name="Close">Up to 24:00, so a desk can work until midnight; never past it.</param>
public sealed record OpeningHours(DayOfWeek Day, TimeSpan Open, TimeSpan Close);
