namespace Suite.Scheduling.Domain.Rostering;

/// <summary>A break inside a shift template: minutes after the shift starts, its length, and whether it is paid.</summary>
public sealed record ShiftBreak(int OffsetMinutes, int LengthMinutes, bool Paid);
