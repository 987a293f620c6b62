namespace Suite.Complaints.Domain.Sla;

/// <summary>
/// One clock as of a moment. <see cref="WarningAt"/> and <see cref="DueAt"/> are the instants at which
/// 75% and 100% of the target are used up: in the past once crossed, unknown (null) while paused
/// before crossing them, because no one knows when the clock will run again.
/// </summary>
public sealed record SlaReading(TimeSpan Target, TimeSpan Elapsed, DateTimeOffset? WarningAt, DateTimeOffset? DueAt, SlaState State);

/// <summary>The three clocks of a complaint; the next-update clock only while an update is owed.</summary>
public sealed record SlaStatus(SlaReading FirstResponse, SlaReading? NextUpdate, SlaReading Resolution);
