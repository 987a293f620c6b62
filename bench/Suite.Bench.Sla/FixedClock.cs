namespace Suite.Bench.Sla;

/// <summary>A clock that stands still, so every pass reads the same complaints at the same instant.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
