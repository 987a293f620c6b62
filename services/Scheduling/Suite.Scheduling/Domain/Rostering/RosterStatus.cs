namespace Suite.Scheduling.Domain.Rostering;

/// <summary>A draft may be edited; a published roster is what agents work; a newer publication of the same queues and days supersedes it.</summary>
public enum RosterStatus
{
    Draft = 1,
    Published = 2,
    Superseded = 3,
}
