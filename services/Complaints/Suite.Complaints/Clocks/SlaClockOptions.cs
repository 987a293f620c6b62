namespace Suite.Complaints.Clocks;

/// <summary>How the SLA clock runner looks at open complaints (configuration section Complaints:SlaClock).</summary>
public sealed class SlaClockOptions
{
    public const string Section = "Complaints:SlaClock";

    /// <summary>How often every open complaint is looked at: a breach is escalated at most this late.</summary>
    public TimeSpan Period { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Open time after a breach before it goes one step further up (supervisor, then manager).</summary>
    public TimeSpan StepUp { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Complaints read per query: small enough for one IN list of ids on every provider.</summary>
    public int BatchSize { get; set; } = 500;
}
