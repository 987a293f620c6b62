namespace Suite.Scheduling.Domain.TaskLists;

/// <summary>The posts whose daily routine (日清) a centre writes down (seed 003: pre-sales, after-sales, team leader, supervisor).</summary>
public enum TaskRole
{
    PreSales = 1,
    AfterSales = 2,
    TeamLeader = 3,
    Supervisor = 4,
}
